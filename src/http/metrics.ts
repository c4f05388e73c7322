/**
 * Prometheus metrics (prom-client): requests and latency by GraphQL operation, errors by code, and
 * database connections in use. Served at /metrics to holders of METRICS_TOKEN only.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'tdkt_http_requests_total',
    help: 'HTTP requests by route, GraphQL operation and status.',
    labelNames: ['route', 'operation', 'status'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'tdkt_http_request_duration_seconds',
    help: 'HTTP request latency by route and GraphQL operation.',
    labelNames: ['route', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'tdkt_graphql_errors_total',
    help: 'GraphQL errors answered, by code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tdkt_' });
    new Gauge({
      name: 'tdkt_db_pool_connections_in_use',
      help: 'Database connections checked out of the pool (MySQL; the embedded SQLite file has one).',
      registers: [this.registry],
      collect() {
        this.set(connectionsInUse(dataSource));
      },
    });
  }
}

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
}

function connectionsInUse(dataSource: DataSource): number {
  if (!dataSource.isInitialized) return 0;
  const pool = (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  if (!pool?._allConnections || !pool._freeConnections) return dataSource.options.type === 'better-sqlite3' ? 1 : 0;
  return pool._allConnections.length - pool._freeConnections.length;
}
