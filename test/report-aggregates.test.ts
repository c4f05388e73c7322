/**
 * Aggregates and grouped aggregates on the list connections, checked against the article's figures
 * and against an independent computation (in the test, over the rows themselves) on generated
 * data: sums, averages that skip nulls, minima and maxima, VND sums past 2^53, HAVING, ordering and
 * paging of groups, both meanings of "by bloc", and the refusal to add quantities of different kinds.
 */
import { Role } from '../src/auth/caller';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

describeEachEngine('report aggregates', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
  });

  it('answers a record key asked for by its identity alone from the group query, with no lookup', async () => {
    const grouped = (key: string) =>
      `{ contributions { groupedAggregates(groupBy: [MOVEMENT, YEAR]) { nodes { key { ${key} year } count } ` +
      `edges { node { key { year } } } } } }`;
    const bare = await ctx.countStatements(() => client.data(grouped('movement { __typename id databaseId }')));
    const full = await ctx.countStatements(() => client.data(grouped('movement { id databaseId code }')));
    expect(bare.count).toBe(1);
    expect(full.count).toBe(2);
    const nodes = (r: typeof bare) =>
      r.result.contributions.groupedAggregates.nodes as Array<{
        key: { movement: { id: string; databaseId: number; code?: string }; year: number };
      }>;
    expect(nodes(bare).length).toBeGreaterThan(0);
    expect(nodes(bare).map((n) => ({ id: n.key.movement.id, databaseId: n.key.movement.databaseId }))).toEqual(
      nodes(full).map((n) => ({ id: n.key.movement.id, databaseId: n.key.movement.databaseId })),
    );
    expect(nodes(bare)[0]!.key.movement).toMatchObject({ __typename: 'Movement' });
    // Asked through a fragment, the record is loaded too.
    const viaFragment = await ctx.countStatements(() =>
      client.data(`${grouped('movement { ...M }')} fragment M on Movement { code }`),
    );
    expect(viaFragment.count).toBe(2);
    expect(nodes(viaFragment).map((n) => n.key.movement.code)).toEqual(nodes(full).map((n) => n.key.movement.code));
  });

  it("answers the article's figures through groupedAggregates: HOUSE 8 / 800,000,000; STUDENT_SUPPORT 25", async () => {
    const data = await client.data(`{
      contributions(
        filter: {
          bloc: { code: { eq: "KHOI_KH_VH_XH" } }, movement: { code: { eq: "VI_NGUOI_NGHEO" } }, year: { eq: 2022 }
        }
      ) {
        groupedAggregates(groupBy: [BLOC, KIND], orderBy: [{ field: SUM_AMOUNT_VND, direction: DESC }]) {
          totalCount
          nodes { key { bloc { code } kind { code } year } count sum { quantity amountVnd } }
        }
      }
    }`);
    const groups = data.contributions.groupedAggregates;
    expect(groups.totalCount).toBe(3);
    expect(groups.nodes).toHaveLength(3);
    // Ordered by the money sum, largest first; the groups without money follow.
    expect(groups.nodes[0]).toEqual({
      key: { bloc: { code: 'KHOI_KH_VH_XH' }, kind: { code: 'HOUSE' }, year: null },
      count: 1,
      sum: { quantity: 8, amountVnd: '800000000' },
    });
    const byKind = Object.fromEntries(
      groups.nodes.map((g: { key: { kind: { code: string } }; sum: unknown }) => [g.key.kind.code, g.sum]),
    );
    expect(byKind.STUDENT_SUPPORT).toEqual({ quantity: 25, amountVnd: null });
    expect(byKind.LOAN_SUPPORT).toEqual({ quantity: null, amountVnd: null });
  });

  it('refuses a quantity sum over several kinds, and gives money across kinds', async () => {
    const result = await client.run(`{ contributions { aggregates { count sum { amountVnd quantity } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('different contribution kinds');
    const money = await client.data(`{ contributions { aggregates { count sum { amountVnd } } } }`);
    expect(money.contributions.aggregates).toEqual({ count: 3, sum: { amountVnd: '800000000' } });
    const fixed = await client.data(
      `{ contributions(filter: { kind: { code: { eq: "HOUSE" } } }) { aggregates { sum { quantity } avg { ` +
        `quantity amountVnd } } } }`,
    );
    expect(fixed.contributions.aggregates).toEqual({
      sum: { quantity: 8 },
      avg: { quantity: '8.00', amountVnd: '800000000' },
    });
  });

  it('keeps figures to REPORTER, EDITOR and ADMIN keys', async () => {
    const reader = await client
      .as({ keyId: 'r', role: Role.READER, unitId: null, name: 'reader' })
      .run(`{ contributions { aggregates { count } } }`);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reporter = await client
      .as({ keyId: 'p', role: Role.REPORTER, unitId: null, name: 'reporter' })
      .data(`{ contributions { aggregates { count } } }`);
    expect(reporter.contributions.aggregates.count).toBe(3);
  });
});
