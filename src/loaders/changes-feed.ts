/**
 * Reading the change feed: one read-only statement per poll, an index range over (batchNo, id)
 * from the cursor's position, joined to the feed's single state row for its identity. The range
 * starts at the cursor's own change (>=), so the same statement proves the cursor names a change
 * of this feed; only a refused cursor costs a second read, to tell which refusal it is.
 */
import type { DataSource } from 'typeorm';
import { cursorRefusals, encodeFeedCursor, type FeedCursor } from './changes-cursor';

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'PURGE';

export interface ChangeRow {
  id: string;
  batchNo: string;
  entity: string;
  entityId: number;
  operation: ChangeOperation;
  changedAt: Date;
}

export interface FeedPage {
  /** Up to `size` changes after the cursor, in feed order. */
  rows: ChangeRow[];
  hasNextPage: boolean;
  /** The cursor of each row. */
  cursorOf(row: ChangeRow): string;
  /** Where to continue: the last row's cursor, or the given cursor's when nothing follows it. */
  endCursor: string | null;
}

interface RawChange {
  id: string | number;
  batchNo: string | number;
  entity: string;
  entityId: number | string;
  operation: ChangeOperation;
  changedAt: Date | string;
  feedId: string;
}

const COLUMNS = 'c.id, c.batchNo, c.entity, c.entityId, c.operation, c.changedAt, s.feedId';
// CROSS JOIN keeps SQLite from scanning change_log first; MySQL reads the state row as a constant anyway.
const FROM = 'FROM change_feed_state s CROSS JOIN change_log c';
const ORDER = 'ORDER BY c.batchNo, c.id LIMIT ?';

function toChangeRow(r: RawChange): ChangeRow {
  return {
    id: String(r.id),
    batchNo: String(r.batchNo),
    entity: r.entity,
    entityId: Number(r.entityId),
    operation: r.operation,
    // SQLite keeps UTC text without a zone; MySQL's driver (timezone Z) returns a Date.
    changedAt: r.changedAt instanceof Date ? r.changedAt : new Date(`${r.changedAt.replace(' ', 'T')}Z`),
  };
}

/** The instant a change was written, as its cursor carries it. */
const stampOf = (row: ChangeRow): string => String(row.changedAt.getTime());

function cursorMaker(feedId: string): (row: ChangeRow) => string {
  return (row) => encodeFeedCursor({ feedId, batchNo: row.batchNo, id: row.id, stamp: stampOf(row) });
}

function pageOf(rows: ChangeRow[], size: number, feedId: string | null, cursorRow: ChangeRow | null): FeedPage {
  const page = rows.slice(0, size);
  // An empty feed read from its start has no identity to hand out yet, and nothing to continue from.
  const cursorOf = feedId === null ? () => '' : cursorMaker(feedId);
  const last = page[page.length - 1] ?? cursorRow;
  return { rows: page, hasNextPage: rows.length > size, cursorOf, endCursor: last ? cursorOf(last) : null };
}

/** Placed changes after `after`, in feed order; refuses a cursor that names no change of this feed. */
export async function readFeedPage(dataSource: DataSource, after: FeedCursor | null, size: number): Promise<FeedPage> {
  if (!after) {
    const raw = (await dataSource.query(`SELECT ${COLUMNS} ${FROM} WHERE s.id = 1 AND c.batchNo IS NOT NULL ${ORDER}`, [
      size + 1,
    ])) as RawChange[];
    return pageOf(raw.map(toChangeRow), size, raw[0]?.feedId ?? null, null);
  }
  const raw = (await dataSource.query(
    `SELECT ${COLUMNS} ${FROM} WHERE s.id = 1 AND s.feedId = ? ` +
      `AND (c.batchNo > ? OR (c.batchNo = ? AND c.id >= ?)) ${ORDER}`,
    [after.feedId, after.batchNo, after.batchNo, after.id, size + 2],
  )) as RawChange[];
  const [first, ...rest] = raw.map(toChangeRow);
  if (!first || first.id !== after.id || first.batchNo !== after.batchNo || stampOf(first) !== after.stamp)
    throw await refusalFor(dataSource, after);
  return pageOf(rest, size, after.feedId, first);
}

/** Why a cursor names no change: another feed's, or a position this feed does not hold. */
async function refusalFor(dataSource: DataSource, after: FeedCursor): Promise<Error> {
  const [state] = (await dataSource.query('SELECT feedId FROM change_feed_state WHERE id = 1')) as Array<{
    feedId: string;
  }>;
  return state?.feedId === after.feedId ? cursorRefusals.unknownPosition() : cursorRefusals.otherFeed();
}
