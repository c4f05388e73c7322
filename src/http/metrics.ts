/**
 * Prometheus metrics (prom-client): requests and latency by GraphQL operation, errors by code,
 * database connections in use, and the query caches' size and evictions. Served at /metrics to
 * holders of METRICS_TOKEN only. Operation names are the client's to choose: the first
 * MAX_OPERATION_LABELS seen get their own series, later ones are counted as `other`, so that a
 * caller sending ever new names cannot grow the registry without end.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { CacheStats } from '../core/bounded-cache';
import type { QueryCaches } from './query-caches';

export const MAX_OPERATION_LABELS = 200;

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

  private readonly operations = new Set<string>();
  private caches: Record<string, CacheStats> = {};

  constructor(dataSource: DataSource) {
    const caches = () => Object.entries(this.caches);
    new Gauge({
      name: 'tdkt_query_cache_entries',
      help: 'Query documents kept, by cache (parsed documents, compiled queries).',
      labelNames: ['cache'],
      registers: [this.registry],
      collect() {
        for (const [cache, kept] of caches()) this.set({ cache }, kept.entries);
      },
    });
    new Gauge({
      name: 'tdkt_query_cache_bytes',
      help: 'Estimated bytes the query caches hold, by cache.',
      labelNames: ['cache'],
      registers: [this.registry],
      collect() {
        for (const [cache, kept] of caches()) this.set({ cache }, kept.bytes);
      },
    });
    const evictionsCounted: Record<string, number> = {};
    new Counter({
      name: 'tdkt_query_cache_evictions_total',
      help: 'Query documents dropped from the caches to make room, by cache.',
      labelNames: ['cache'],
      registers: [this.registry],
      collect() {
        for (const [cache, kept] of caches()) {
          this.inc({ cache }, kept.evictions - (evictionsCounted[cache] ?? 0));
          evictionsCounted[cache] = kept.evictions;
        }
      },
    });
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

  /** The series label for an operation name: itself while few are known, else `other`. */
  operationLabel(operation: string): string {
    if (this.operations.has(operation)) return operation;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(operation);
    return operation;
  }

  /** Reports the sizes and evictions of these query caches. */
  observeQueryCaches(caches: QueryCaches): void {
    this.caches = { documents: caches.documents, compiled: caches.compiled };
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
