/**
 * Rules that read before they write, raced: several writes sent at once that together would break
 * a rule, over the pooled connections (truly parallel transactions on MySQL; queued on SQLite).
 * Exactly the allowed number may be written, every time.
 */
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

const TRIES = 10;

describeEachEngine('rules under concurrent writes', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  let bloc = '';

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await client.data('{ emulationBlocs { nodes { id } } }');
    bloc = data.emulationBlocs.nodes[0].id;
  });

  /** A new unit, member of the article's bloc from `fromYear` on. */
  async function newMember(code: string, fromYear = 2030): Promise<{ unit: string; membership: any }> {
    const unit = (await mutateOk(client, 'createUnit', { code, name: `Đơn vị ${code}`, kind: 'DEPARTMENT' })).id;
    const membership = await mutateOk(client, 'createBlocMembership', { blocId: bloc, unitId: unit, fromYear });
    return { unit, membership };
  }

  it(`never lets one unit be both leader and deputy of a bloc's year (${TRIES} tries)`, async () => {
    for (let i = 0; i < TRIES; i += 1) {
      const { unit } = await newMember(`SO_LD_${i}`);
      const year = 2030 + i;
      const replies = await Promise.all(
        ['LEADER', 'DEPUTY'].map((role) =>
          runMutation(client, 'createBlocLeadership', { blocId: bloc, year, unitId: unit, role }),
        ),
      );
      expect(replies.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(replies.filter((r) => r.record !== null)).toHaveLength(1);
      expect(replies.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['LEADERSHIP_TAKEN']);
      const rows = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM bloc_leaderships WHERE year = ?', [year]);
      expect(Number(rows[0].n)).toBe(1);
    }
  });

  it('makes one of several overlapping memberships created at once', async () => {
    const unit = (await mutateOk(client, 'createUnit', { code: 'SO_OVERLAP', name: 'Sở Chồng', kind: 'DEPARTMENT' }))
      .id;
    const replies = await Promise.all(
      [2030, 2031, 2032, 2033, 2034, 2035].map((fromYear) =>
        runMutation(client, 'createBlocMembership', { blocId: bloc, unitId: unit, fromYear, toYear: 2040 }),
      ),
    );
    expect(replies.map((r) => r.errors)).toEqual(Array(replies.length).fill(undefined));
    expect(replies.filter((r) => r.record !== null)).toHaveLength(1);
    const rows = await ctx.dataSource.query(
      'SELECT COUNT(*) AS n FROM bloc_memberships m JOIN units u ON u.id = m.unitId WHERE u.code = ?',
      ['SO_OVERLAP'],
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  it('never leaves a leadership outside a membership shrunk at the same moment', async () => {
    for (let i = 0; i < TRIES; i += 1) {
      const { unit, membership } = await newMember(`SO_SHRINK_${i}`, 2040);
      const [leadership, shrink] = await Promise.all([
        runMutation(client, 'createBlocLeadership', { blocId: bloc, year: 2045 + i, unitId: unit, role: 'LEADER' }),
        runMutation(client, 'updateBlocMembership', {
          id: membership.id,
          expectedVersion: membership.version,
          toYear: 2044,
        }),
      ]);
      expect([leadership.errors, shrink.errors]).toEqual([undefined, undefined]);
      // One of the two wins; the other is told why.
      expect([leadership.record, shrink.record].filter((r) => r !== null)).toHaveLength(1);
      const orphans = await ctx.dataSource.query(
        `SELECT COUNT(*) AS n FROM bloc_leaderships l WHERE l.deletedAt IS NULL AND NOT EXISTS (
           SELECT 1 FROM bloc_memberships m WHERE m.blocId = l.blocId AND m.unitId = l.unitId AND m.deletedAt IS NULL
             AND m.fromYear <= l.year AND (m.toYear IS NULL OR m.toYear >= l.year))`,
      );
      expect(Number(orphans[0].n)).toBe(0);
    }
  });
});
