/**
 * Runs a block of tests once per database engine: always on SQLite (in memory unless asked for a
 * file), and also on MySQL when TEST_MYSQL_URL is set (mysql://root@127.0.0.1:3306). Each block
 * gets its own fresh database built by the real migrations, and drops it afterwards.
 *
 *   describeEachEngine('units', (ctx) => {
 *     it('reads', async () => {
 *       const { result, count } = await ctx.countStatements(() => ctx.dataSource.query('SELECT 1'));
 *       expect(count).toBe(1);
 *     });
 *   });
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../src/config';
import { createDataSource, type Engine } from '../../src/db/data-source';
import { createTestDatabase, dropTestDatabase, mysqlUrlFor, testMysqlUrl, uniqueDatabaseName } from './mysql-admin';
import { countWith, StatementCounter, type Counted } from './statement-counter';

export type { Engine } from '../../src/db/data-source';

export interface EngineContext {
  readonly engine: Engine;
  /** The block's DataSource: initialised and migrated in beforeAll, so read it inside tests and hooks. */
  readonly dataSource: DataSource;
  /** How to reach the same database again (another DataSource, or `start()` with DATABASE_URL). */
  readonly database: DatabaseConfig;
  /** DATABASE_URL for that database; with in-memory SQLite it would open a different, empty one. */
  readonly databaseUrl: string;
  /** Every statement the block's DataSource has sent. */
  readonly statements: StatementCounter;
  /** Runs `work` and tells how many statements it sent. */
  countStatements<T>(work: () => Promise<T>): Promise<Counted<T>>;
}

export interface EngineOptions {
  /** Build the schema with the real migrations before the tests (default true). */
  migrate?: boolean;
  /** SQLite in memory (default), or a file in a temporary folder, so a second connection can share it. */
  sqlite?: 'memory' | 'file';
}

/** The engines this run covers, in order. */
export function enginesUnderTest(): Engine[] {
  return testMysqlUrl() ? ['sqlite', 'mysql'] : ['sqlite'];
}

interface Prepared {
  database: DatabaseConfig;
  databaseUrl: string;
  cleanUp(): Promise<void>;
}

async function prepareSqlite(mode: 'memory' | 'file'): Promise<Prepared> {
  if (mode === 'memory') {
    return {
      database: parseDatabaseUrl('sqlite::memory:'),
      databaseUrl: 'sqlite::memory:',
      cleanUp: async () => undefined,
    };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'tdkt-test-'));
  const databaseUrl = `sqlite:${path.join(folder, 'test.sqlite')}`;
  return {
    database: parseDatabaseUrl(databaseUrl),
    databaseUrl,
    cleanUp: () => rm(folder, { recursive: true, force: true }),
  };
}

async function prepareMysql(serverUrl: string): Promise<Prepared> {
  const name = uniqueDatabaseName(expect.getState().testPath);
  await createTestDatabase(serverUrl, name);
  const databaseUrl = mysqlUrlFor(serverUrl, name);
  return { database: parseDatabaseUrl(databaseUrl), databaseUrl, cleanUp: () => dropTestDatabase(serverUrl, name) };
}

export function describeEachEngine(
  title: string,
  define: (ctx: EngineContext) => void,
  options: EngineOptions = {},
): void {
  for (const engine of enginesUnderTest()) {
    describe(`${title} [${engine}]`, () => {
      const statements = new StatementCounter();
      let prepared: Prepared | undefined;
      let dataSource: DataSource | undefined;

      beforeAll(async () => {
        prepared =
          engine === 'mysql' ? await prepareMysql(testMysqlUrl()!) : await prepareSqlite(options.sqlite ?? 'memory');
        dataSource = createDataSource(prepared.database, { logger: statements, poolSize: 4 });
        await dataSource.initialize();
        if (options.migrate ?? true) await dataSource.runMigrations({ transaction: 'each' });
        statements.reset();
      });

      afterAll(async () => {
        // A test may have destroyed the DataSource on purpose (readiness when the database is gone).
        if (dataSource?.isInitialized) await dataSource.destroy();
        await prepared?.cleanUp();
      });

      const ready = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) throw new Error(`ctx.${what} is only there inside tests and hooks, after beforeAll`);
        return value;
      };

      define({
        engine,
        statements,
        get dataSource() {
          return ready(dataSource, 'dataSource');
        },
        get database() {
          return ready(prepared, 'database').database;
        },
        get databaseUrl() {
          return ready(prepared, 'databaseUrl').databaseUrl;
        },
        countStatements: (work) => countWith(statements, work),
      });
    });
  }
}
