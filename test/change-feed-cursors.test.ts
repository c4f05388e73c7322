/**
 * The change feed's cursors are checked: forged, foreign, future and malformed cursors are refused
 * with 400 BAD_USER_INPUT and the feed's reason (FEED_CURSOR_INVALID, FEED_RESET), in words about
 * the feed; a cursor from before the feed was recreated or the database restored never skips.
 */
import { randomUUID } from 'node:crypto';
import { seedArticle } from '../src/seed/article';
import { changeSequencerFor } from '../src/services/changes-sequencer';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

const CHANGES = `query($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    pageInfo { endCursor hasNextPage }
    nodes { typeName databaseId operation }
  }
}`;

interface Page {
  changes: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Array<{ operation: string }> };
}

const encode = (parts: unknown): string => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
const decode = (cursor: string): string[] => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

describeEachEngine('change feed cursors', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const place = () => changeSequencerFor(ctx.dataSource).nudge();

  async function drain(after: string | null): Promise<{ count: number; cursor: string | null }> {
    let cursor = after;
    let count = 0;
    for (;;) {
      const { changes } = await client.data<Page>(CHANGES, { after: cursor, first: 100 });
      count += changes.nodes.length;
      cursor = changes.pageInfo.endCursor;
      if (!changes.pageInfo.hasNextPage) return { count, cursor };
    }
  }

  /** The refusal of `after`, which must be a 400 BAD_USER_INPUT with the feed's reason. */
  async function refusal(after: string): Promise<{ reason: unknown; message: string }> {
    const result = await client.run(CHANGES, { after, first: 10 });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/change feed/);
    expect(error?.message).not.toMatch(/orderBy/);
    return { reason: error?.extensions?.reason, message: error?.message ?? '' };
  }

  const renameUnit = (name: string) =>
    ctx.dataSource.query("UPDATE units SET name = ?, version = version + 1 WHERE code = 'SO_YTE'", [name]);

  let end = '';
  let feedId = '';
  let lastPart: string[] = [];

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    await place();
    end = (await drain(null)).cursor!;
    lastPart = decode(end);
    feedId = lastPart[0]!;
  });

  it('hands out cursors that carry the feed identity stored with the feed', async () => {
    const [state] = await ctx.dataSource.query('SELECT feedId, lastBatchNo FROM change_feed_state');
    expect(feedId).toBe(state.feedId);
    expect(feedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lastPart[1]).toBe(String(state.lastBatchNo));
  });

  it('refuses malformed cursors and non-numeric or negative parts as FEED_CURSOR_INVALID', async () => {
    const [, batchNo, id, stamp] = lastPart;
    const malformed = [
      'bm90LWEtY3Vyc29y',
      '1e30',
      encode(['abc', 'def']),
      encode(['-5', '0']),
      encode(['1e30', '1']),
      encode([feedId, 'abc', id, stamp]),
      encode([feedId, '-5', id, stamp]),
      encode([feedId, batchNo, '0', stamp]),
      encode([feedId, '1e30', id, stamp]),
      encode([feedId, '99999999999999999999', id, stamp]),
      encode([feedId, '9223372036854775808', id, stamp]),
      encode([feedId, batchNo, id, '-1']),
      encode([feedId, Number(batchNo), id, stamp]),
      encode([feedId, batchNo, id]),
      encode({ feedId, batchNo, id, stamp }),
    ];
    for (const after of malformed) expect((await refusal(after)).reason).toBe('FEED_CURSOR_INVALID');
  });

  it('refuses a cursor past the end of the feed, even one carrying its identity', async () => {
    const [, batchNo, id, stamp] = lastPart;
    const future = [
      encode([feedId, String(BigInt(batchNo!) + 1n), id, stamp]),
      encode([feedId, batchNo, String(BigInt(id!) + 1n), stamp]),
      encode([feedId, '999999999', '1', stamp]),
      encode([feedId, '9223372036854775807', '9223372036854775807', stamp]),
    ];
    for (const after of future) {
      const { reason, message } = await refusal(after);
      expect(reason).toBe('FEED_CURSOR_INVALID');
      expect(message).toMatch(/resynchronise from the start/);
    }
  });

  it('refuses a cursor without the feed identity, or of another feed, as FEED_RESET', async () => {
    const [, batchNo, id, stamp] = lastPart;
    for (const after of [encode(['999999999', '1']), encode([batchNo, id]), encode([randomUUID(), batchNo, id, stamp])])
      expect((await refusal(after)).reason).toBe('FEED_RESET');
  });

  it('keeps the place of a valid cursor when nothing follows it, and continues from it', async () => {
    const { changes } = await client.data<Page>(CHANGES, { after: end, first: 10 });
    expect(changes.nodes).toEqual([]);
    expect(changes.pageInfo.endCursor).toBe(end);
    await renameUnit('Sở Y tế tỉnh');
    await place();
    const next = await drain(end);
    expect(next.count).toBe(1);
    end = next.cursor!;
  });

  it('refuses a cursor from before a restore, whose position the restored feed numbered again', async () => {
    // The backup: the feed as it is now.
    const [{ lastBatchNo }] = await ctx.dataSource.query('SELECT lastBatchNo FROM change_feed_state');
    const [{ maxId }] = await ctx.dataSource.query('SELECT MAX(id) AS maxId FROM change_log');
    await renameUnit('Sở Y tế (trước khôi phục)');
    await place();
    const lost = await drain(end);
    expect(lost.count).toBe(1);

    // The restore: the change after the backup is gone, and ids and batches are handed out again.
    await ctx.dataSource.query('DELETE FROM change_log WHERE id > ?', [maxId]);
    await ctx.dataSource.query('UPDATE change_feed_state SET lastBatchNo = ?', [lastBatchNo]);
    if (ctx.engine === 'mysql')
      await ctx.dataSource.query(`ALTER TABLE change_log AUTO_INCREMENT = ${Number(maxId) + 1}`);
    else await ctx.dataSource.query("UPDATE sqlite_sequence SET seq = ? WHERE name = 'change_log'", [maxId]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await renameUnit('Sở Y tế (sau khôi phục)');
    await place();
    // The new change sits where the lost one was: only its instant tells them apart.
    const [lostBatch, lostId] = decode(lost.cursor!).slice(1);
    const [again] = await ctx.dataSource.query('SELECT batchNo, id FROM change_log WHERE id = ?', [lostId]);
    expect([String(again.batchNo), String(again.id)]).toEqual([lostBatch, lostId]);

    expect((await refusal(lost.cursor!)).reason).toBe('FEED_CURSOR_INVALID');
    // A cursor from before the backup point still reads on, and sees the new change.
    expect((await drain(end)).count).toBe(1);
  });

  it('refuses every earlier cursor once the feed is recreated (its numbering starts again)', async () => {
    const before = (await drain(null)).cursor!;
    // Down to before the feed identity's migration (later ones go first), then up again.
    for (;;) {
      const [last] = await ctx.dataSource.query('SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1');
      await ctx.dataSource.undoLastMigration();
      if (last.name === 'FeedIdentity1764000000007') break;
    }
    await ctx.dataSource.runMigrations();
    const [{ feedId: newFeedId }] = await ctx.dataSource.query('SELECT feedId FROM change_feed_state');
    expect(newFeedId).not.toBe(feedId);
    const { reason, message } = await refusal(before);
    expect(reason).toBe('FEED_RESET');
    expect(message).toMatch(/recreated/);
    // Read again from the start: the whole feed, with the new identity.
    const { changes } = await client.data<Page>(CHANGES, { after: null, first: 1 });
    expect(decode(changes.pageInfo.endCursor!)[0]).toBe(newFeedId);
  });
});
