/**
 * The change feed's placement, in SQL: committed change_log rows get their place (batchNo) in the
 * feed, batch after batch, under the lock of the single change_feed_state row. Rows of a
 * transaction still in flight are invisible here (MySQL: FOR UPDATE SKIP LOCKED; SQLite: writers
 * are serialised), so they are placed in a later batch when they commit and a reader past the
 * current batch still receives them. Readers never place anything: see changes-sequencer.ts for
 * when this runs, and loaders/changes-feed.ts for the read.
 */
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/data-source';
import { inTransaction } from '../db/transaction';

/** The most rows one placement takes: a backlog (a bulk load) is placed in several batches. */
export const PLACEMENT_BATCH = 5000;
const IN_LIST_CHUNK = 1000;

/**
 * Whether a committed change waits for its place: one indexed read, so an idle sequencer never
 * takes the state row's lock (several service processes poll this on a timer).
 */
export async function hasUnplacedChanges(dataSource: DataSource): Promise<boolean> {
  const rows = (await dataSource.query('SELECT id FROM change_log WHERE batchNo IS NULL LIMIT 1')) as unknown[];
  return rows.length > 0;
}

/** Places up to PLACEMENT_BATCH committed, unplaced changes in one new batch. Returns how many it placed. */
export async function placeCommittedChanges(dataSource: DataSource): Promise<number> {
  if (!(await hasUnplacedChanges(dataSource))) return 0;
  const mysql = engineOf(dataSource) === 'mysql';
  // READ COMMITTED: no gap locks, so writers' triggers never wait on the sequencer.
  return inTransaction(
    dataSource,
    async (manager) => {
      const [state] = (await manager.query(
        `SELECT lastBatchNo FROM change_feed_state WHERE id = 1${mysql ? ' FOR UPDATE' : ''}`,
      )) as Array<{ lastBatchNo: string | number }>;
      const pending = (await manager.query(
        `SELECT id FROM change_log WHERE batchNo IS NULL ORDER BY id LIMIT ${PLACEMENT_BATCH}` +
          (mysql ? ' FOR UPDATE SKIP LOCKED' : ''),
      )) as Array<{ id: string | number }>;
      if (pending.length === 0 || !state) return 0;
      const batchNo = (BigInt(state.lastBatchNo) + 1n).toString();
      for (let i = 0; i < pending.length; i += IN_LIST_CHUNK) {
        const ids = pending.slice(i, i + IN_LIST_CHUNK).map((r) => String(r.id));
        await manager.query(`UPDATE change_log SET batchNo = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [
          batchNo,
          ...ids,
        ]);
      }
      await manager.query('UPDATE change_feed_state SET lastBatchNo = ? WHERE id = 1', [batchNo]);
      return pending.length;
    },
    'READ COMMITTED',
  );
}
