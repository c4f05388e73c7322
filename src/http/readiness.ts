/**
 * Whether this replica should receive traffic: it is not stopping, the database answers and its
 * schema is the one the code expects. Cheap enough to run on every probe.
 */
import { MigrationExecutor, type DataSource } from 'typeorm';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: 'current' | 'pending' | 'unknown';
}

/** What /readyz answers: 200 when ready, else 503 with what is wrong. */
export interface ReadinessReply {
  statusCode: 200 | 503;
  body: { status: 'ready' | 'unavailable' | 'stopping' } & Partial<Omit<Readiness, 'ready'>>;
}

export async function readinessReply(dataSource: DataSource, stopping: boolean): Promise<ReadinessReply> {
  // At once and without the database: the load balancer must stop sending before the listener closes.
  if (stopping) return { statusCode: 503, body: { status: 'stopping' } };
  const { ready, database, migrations } = await checkReadiness(dataSource);
  return ready
    ? { statusCode: 200, body: { status: 'ready', database, migrations } }
    : { statusCode: 503, body: { status: 'unavailable', database, migrations } };
}

/** The migrations the code has that the database has not applied, by name. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  // Not dataSource.showMigrations(): that one creates the migrations table when it is missing and
  // logs every migration on each call; a probe should only read.
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  return pending.map((migration) => migration.name);
}

export async function checkReadiness(dataSource: DataSource): Promise<Readiness> {
  if (!dataSource.isInitialized) return { ready: false, database: 'down', migrations: 'unknown' };
  try {
    await dataSource.query('SELECT 1');
  } catch {
    return { ready: false, database: 'down', migrations: 'unknown' };
  }
  try {
    return (await pendingMigrations(dataSource)).length === 0
      ? { ready: true, database: 'up', migrations: 'current' }
      : { ready: false, database: 'up', migrations: 'pending' };
  } catch {
    return { ready: false, database: 'up', migrations: 'unknown' };
  }
}
