/**
 * The change feed's two halves, in SQL: the sequencer, which gives committed change_log rows their
 * place (batchNo) in the feed, and the reader, which pages through placed rows in (batchNo, id)
 * order. Rows of a transaction still in flight are invisible to the sequencer (MySQL: FOR UPDATE
 * SKIP LOCKED; SQLite: writers are serialised), so they are placed in a later batch when they
 * commit and a reader past the current batch still receives them.
 */
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/data-source';
import { inTransaction } from '../db/transaction';

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'PURGE';

export interface ChangeRow {
  id: string;
  batchNo: string;
  entity: string;
  entityId: number;
  operation: ChangeOperation;
  changedAt: Date;
}

export interface FeedPosition {
  batchNo: string;
  id: string;
}

const SEQUENCE_BATCH = 5000;
const IN_LIST_CHUNK = 1000;

/** Places every committed, unplaced change in one new batch. Returns how many it placed. */
export async function sequencePendingChanges(dataSource: DataSource): Promise<number> {
  const mysql = engineOf(dataSource) === 'mysql';
  // READ COMMITTED: no gap locks, so writers' triggers never wait on the sequencer.
  return inTransaction(
    dataSource,
    async (manager) => {
      const [state] = (await manager.query(
        `SELECT lastBatchNo FROM change_feed_state WHERE id = 1${mysql ? ' FOR UPDATE' : ''}`,
      )) as Array<{ lastBatchNo: string | number }>;
      const pending = (await manager.query(
        `SELECT id FROM change_log WHERE batchNo IS NULL ORDER BY id LIMIT ` +
          `${SEQUENCE_BATCH}${mysql ? ' FOR UPDATE SKIP LOCKED' : ''}`,
      )) as Array<{ id: string | number }>;
      if (pending.length === 0) return 0;
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

/** Placed changes after `after`, in feed order; `limit + 1` rows are read to tell if more follow. */
export async function readChanges(
  dataSource: DataSource,
  after: FeedPosition | null,
  limit: number,
): Promise<ChangeRow[]> {
  const where = after ? 'batchNo IS NOT NULL AND (batchNo > ? OR (batchNo = ? AND id > ?))' : 'batchNo IS NOT NULL';
  const params = after ? [after.batchNo, after.batchNo, after.id] : [];
  const rows = (await dataSource.query(
    `SELECT id, batchNo, entity, entityId, operation, changedAt FROM change_log WHERE ${where} ORDER BY batchNo, ` +
      `id LIMIT ?`,
    [...params, limit],
  )) as Array<{
    id: string | number;
    batchNo: string | number;
    entity: string;
    entityId: number | string;
    operation: ChangeOperation;
    changedAt: Date | string;
  }>;
  return rows.map((r) => ({
    id: String(r.id),
    batchNo: String(r.batchNo),
    entity: r.entity,
    entityId: Number(r.entityId),
    operation: r.operation,
    // SQLite keeps UTC text without a zone; MySQL's driver (timezone Z) returns a Date.
    changedAt: r.changedAt instanceof Date ? r.changedAt : new Date(`${r.changedAt.replace(' ', 'T')}Z`),
  }));
}
