/**
 * The change feed's cursors: the feed's identity, the position of one change (batchNo, id) and the
 * instant that change was written. The reader checks all three against the change at that position,
 * so a cursor from another feed, past the feed's end, forged, or from before the database was
 * restored is refused rather than silently skipping what comes after it: a restored database can
 * number new changes again with positions a consumer has already passed, but not with the same
 * instants.
 */
import { RequestRefusal } from '../core/request-errors';

export interface FeedCursor {
  feedId: string;
  batchNo: string;
  id: string;
  /** changedAt of the change at this position, in milliseconds since 1970. */
  stamp: string;
}

export type FeedRefusalReason = 'FEED_CURSOR_INVALID' | 'FEED_RESET';

const RESYNC = 'resynchronise from the start of the feed by omitting "after"';
const POSITIVE_BIGINT = /^[1-9][0-9]{0,18}$/;
const BIGINT_MAX = 9223372036854775807n;
const FEED_ID = /^[0-9A-Za-z-]{1,64}$/;
const STAMP = /^[0-9]{1,15}$/;

/** A cursor refused with HTTP 400 BAD_USER_INPUT and the feed's own reason. */
export function feedRefusal(reason: FeedRefusalReason, message: string): RequestRefusal {
  return new RequestRefusal('BAD_USER_INPUT', message, 'after', { reason, httpStatus: 400 });
}

export const cursorRefusals = {
  malformed: () =>
    feedRefusal(
      'FEED_CURSOR_INVALID',
      `"after" is not a cursor of the change feed: pass an endCursor or edge cursor the feed returned, or ${RESYNC}`,
    ),
  anonymous: () =>
    feedRefusal(
      'FEED_RESET',
      `"after" is a change feed cursor without the feed's identity (issued before cursors carried it), so ` +
        `where it points cannot be checked: ${RESYNC}`,
    ),
  otherFeed: () =>
    feedRefusal(
      'FEED_RESET',
      `"after" was issued by another change feed: this database's feed was recreated (or the cursor comes from ` +
        `another database), and its numbering started again: ${RESYNC}`,
    ),
  unknownPosition: () =>
    feedRefusal(
      'FEED_CURSOR_INVALID',
      `"after" names no change of this change feed: it points past the feed's last change, or to a change the ` +
        `database no longer holds (restored from a backup since): ${RESYNC}`,
    ),
};

export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.feedId, cursor.batchNo, cursor.id, cursor.stamp]), 'utf8').toString(
    'base64url',
  );
}

function isPosition(part: unknown): part is string {
  return typeof part === 'string' && POSITIVE_BIGINT.test(part) && BigInt(part) <= BIGINT_MAX;
}

/** The cursor's parts, checked for shape only; whether its position is in the feed is the reader's to tell. */
export function decodeFeedCursor(cursor: string): FeedCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorRefusals.malformed();
  }
  if (!Array.isArray(parts)) throw cursorRefusals.malformed();
  // The feed's cursors before it had an identity: [batchNo, id].
  if (parts.length === 2 && parts.every(isPosition)) throw cursorRefusals.anonymous();
  const [feedId, batchNo, id, stamp] = parts as unknown[];
  if (
    parts.length !== 4 ||
    typeof feedId !== 'string' ||
    !FEED_ID.test(feedId) ||
    !isPosition(batchNo) ||
    !isPosition(id) ||
    typeof stamp !== 'string' ||
    !STAMP.test(stamp)
  )
    throw cursorRefusals.malformed();
  return { feedId, batchNo, id, stamp };
}
