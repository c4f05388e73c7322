/**
 * One way to run a write transaction. TypeORM's SQLite drivers share a single connection, so two
 * concurrent transactions would interleave on it; on SQLite, write transactions queue behind one
 * another instead (one mutex per DataSource).
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { engineOf } from './data-source';

const queues = new WeakMap<DataSource, Promise<unknown>>();

export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  if (engineOf(dataSource) !== 'sqlite') {
    return isolation ? dataSource.transaction(isolation, work) : dataSource.transaction(work);
  }
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  queues.set(dataSource, run);
  return run;
}
