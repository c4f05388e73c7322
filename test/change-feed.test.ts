import { seedArticle } from '../src/seed/article';
import { changeSequencerFor } from '../src/services/changes-sequencer';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

interface ChangePage {
  changes: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      typeName: string;
      recordId: string;
      databaseId: number;
      operation: string;
      record: { id: string; deletedAt?: string | null } | null;
    }>;
  };
}

const CHANGES = `query($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    pageInfo { endCursor hasNextPage }
    nodes { typeName recordId databaseId operation record { id ... on Unit { deletedAt } } }
  }
}`;

describeEachEngine('the change feed', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  /** Places what has committed, as the service does after each write and on its timer. */
  const place = () => changeSequencerFor(ctx.dataSource).nudge();

  /** Reads the feed from `after` to its end, page by page; returns what it read and where it stopped. */
  async function drain(after: string | null, first = 40) {
    const seen: ChangePage['changes']['nodes'] = [];
    let cursor = after;
    for (;;) {
      const { changes } = await client.data<ChangePage>(CHANGES, { after: cursor, first });
      seen.push(...changes.nodes);
      cursor = changes.pageInfo.endCursor;
      if (!changes.pageInfo.hasNextPage) return { seen, cursor };
    }
  }

  let cursor: string | null = null;

  it('starts with every seeded record as created, paged in a stable order', async () => {
    await seedArticle(ctx.dataSource);
    await place();
    const { seen, cursor: end } = await drain(null);
    const [{ n }] = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM change_log');
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen.map((c) => `${c.typeName}:${c.databaseId}`)).size).toBe(seen.length);
    expect(seen.every((c) => c.operation === 'CREATE')).toBe(true);
    expect(seen.filter((c) => c.typeName === 'Unit')).toHaveLength(8);
    // Reading again from the start gives the same order.
    expect((await drain(null, 25)).seen.map((c) => c.recordId)).toEqual(seen.map((c) => c.recordId));
    cursor = end;
  });

  it('reports updates, soft deletes as tombstones, and restores, after the cursor', async () => {
    await ctx.dataSource.query("UPDATE units SET shortName = 'Sở YT', version = version + 1 WHERE code = 'SO_YTE'");
    await ctx.dataSource.query("UPDATE units SET deletedAt = CURRENT_TIMESTAMP WHERE code = 'SO_KHCN'");
    await place();
    const { seen, cursor: end } = await drain(cursor);
    expect(seen.map((c) => [c.typeName, c.operation])).toEqual([
      ['Unit', 'UPDATE'],
      ['Unit', 'DELETE'],
    ]);
    expect(seen[1].record?.deletedAt).toEqual(expect.any(String));
    await ctx.dataSource.query("UPDATE units SET deletedAt = NULL WHERE code = 'SO_KHCN'");
    await place();
    const restored = await drain(end);
    expect(restored.seen.map((c) => c.operation)).toEqual(['RESTORE']);
    cursor = restored.cursor;
  });

  it('returns an empty page and keeps the cursor when nothing changed', async () => {
    const { changes } = await client.data<ChangePage>(CHANGES, { after: cursor, first: 10 });
    expect(changes.nodes).toEqual([]);
    expect(changes.pageInfo.endCursor).toBe(cursor);
  });

  it('refuses a cursor it did not issue and a page over 100', async () => {
    const bad = await client.run(CHANGES, { after: 'bm90LWEtY3Vyc29y', first: 10 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await client.run(CHANGES, { after: null, first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  if (ctx.engine === 'mysql') {
    it('never skips a transaction that commits after a younger one (concurrent writers)', async () => {
      const [{ id: movementId }] = await ctx.dataSource.query("SELECT id FROM movements WHERE code = 'VI_NGUOI_NGHEO'");
      const [{ id: blocId }] = await ctx.dataSource.query('SELECT id FROM emulation_blocs');
      const [{ id: kindId }] = await ctx.dataSource.query("SELECT id FROM contribution_kinds WHERE code = 'MONEY'");
      const insert =
        'INSERT INTO contributions (movementId, year, blocId, kindId, amountVnd) VALUES (?, 2023, ?, ?, ?)';

      // The older transaction takes its change_log id first, then stays open.
      const slow = ctx.dataSource.createQueryRunner();
      await slow.connect();
      await slow.startTransaction();
      await slow.query(insert, [movementId, blocId, kindId, '111']);
      // Younger writers commit meanwhile.
      await Promise.all([1, 2, 3].map((i) => ctx.dataSource.query(insert, [movementId, blocId, kindId, String(i)])));
      await place();

      const whileOpen = await drain(cursor);
      expect(whileOpen.seen).toHaveLength(3);

      await slow.commitTransaction();
      await slow.release();
      await place();
      const afterCommit = await drain(whileOpen.cursor);
      expect(afterCommit.seen).toHaveLength(1);
      const [{ id: slowId }] = await ctx.dataSource.query('SELECT id FROM contributions WHERE amountVnd = 111');
      expect(afterCommit.seen[0]).toMatchObject({
        typeName: 'Contribution',
        operation: 'CREATE',
        databaseId: Number(slowId),
      });
      // Its change_log id is older than the ones read before it: an id-ordered feed would have lost it.
      expect(Math.max(...whileOpen.seen.map((c) => c.databaseId))).toBeGreaterThan(Number(slowId));
    });
  }
});
