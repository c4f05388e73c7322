/**
 * The DataSource for either engine: MySQL (production) or the embedded SQLite file (the default).
 * Schema changes come only from the migrations; `synchronize` is never on.
 */
import 'reflect-metadata';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from '../entities';
import { migrations } from '../../migrations';

export interface DataSourceExtras {
  /** A TypeORM logger, e.g. one that counts statements in tests. */
  logger?: Logger;
  /** MySQL connection pool size. */
  poolSize?: number;
}

export function dataSourceOptions(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSourceOptions {
  const common = {
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: extras.logger,
    logging: extras.logger ? ('all' as const) : false,
  };
  if (db.kind === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.file,
      enableWAL: db.file !== ':memory:',
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: db.url,
    // utf8mb4 on the connection so names in any script round-trip; tables are utf8mb4 too.
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // DATE columns as 'YYYY-MM-DD' strings: no time zone may shift a day.
    dateStrings: ['DATE'],
    // DECIMAL and BIGINT as strings: VND must never pass through a JS number.
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: extras.poolSize ?? 10,
    // trace: off — mysql2 would otherwise capture a stack trace on every query, in case it fails (a
    // measurable share of a simple request's CPU); a failed query still reports its SQL and error.
    extra: { connectTimeout: 5000, trace: false },
  };
}

export function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  return new DataSource(dataSourceOptions(db, extras));
}

export type Engine = 'mysql' | 'sqlite';

export function engineOf(dataSource: DataSource): Engine {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}
