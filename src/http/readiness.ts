/**
 * Whether this replica should receive traffic: the database answers and its schema is the one the
 * code expects. Cheap enough to run on every probe.
 */
import { MigrationExecutor, type DataSource } from 'typeorm';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: 'current' | 'pending' | 'unknown';
}

export async function checkReadiness(dataSource: DataSource): Promise<Readiness> {
  if (!dataSource.isInitialized) return { ready: false, database: 'down', migrations: 'unknown' };
  try {
    await dataSource.query('SELECT 1');
  } catch {
    return { ready: false, database: 'down', migrations: 'unknown' };
  }
  try {
    // Not dataSource.showMigrations(): that one creates the migrations table when it is missing and
    // logs every migration on each call; a probe should only read.
    const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
    return pending.length === 0
      ? { ready: true, database: 'up', migrations: 'current' }
      : { ready: false, database: 'up', migrations: 'pending' };
  } catch {
    return { ready: false, database: 'up', migrations: 'unknown' };
  }
}
