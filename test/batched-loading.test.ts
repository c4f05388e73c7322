/**
 * The N+1 guard: the number of statements a nested query sends does not grow with the number of
 * rows it returns. Same query, small and large dataset, same statement count: nested pages,
 * references, and the report fields (rankings, figures, groups, pledge fulfilment).
 */
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { buildNestedDataset } from './helpers/nested-dataset';

const NESTED = `query($prefix: String!) {
  emulationBlocs(first: 100, filter: { code: { startsWith: $prefix } }) {
    nodes {
      code
      members(year: 2022, first: 100) {
        nodes {
          code
          contributions(first: 20) { nodes { year amountVnd } }
        }
      }
    }
  }
}`;

interface Nested {
  emulationBlocs: { nodes: Array<{ members: { nodes: Array<{ contributions: { nodes: unknown[] } }> } }> };
}

describeEachEngine('batched loading', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  beforeAll(async () => {
    await buildNestedDataset(ctx.dataSource, 'SMALL', 3, 15, 20);
    await buildNestedDataset(ctx.dataSource, 'LARGE', 60, 2000, 20);
  });

  it('sends the same few statements for 3 blocs of 5 units as for 60 blocs of 2,000 units', async () => {
    const small = await ctx.countStatements(() => client.data<Nested>(NESTED, { prefix: 'SMALL-' }));
    const large = await ctx.countStatements(() => client.data<Nested>(NESTED, { prefix: 'LARGE-' }));

    const rows = (r: Nested) =>
      r.emulationBlocs.nodes.flatMap((b) => b.members.nodes).flatMap((u) => u.contributions.nodes).length;
    expect(rows(small.result)).toBe(15 * 20);
    expect(rows(large.result)).toBe(2000 * 20);
    expect(large.result.emulationBlocs.nodes).toHaveLength(60);

    // One statement per level: blocs, members, contributions.
    expect(small.count).toBe(3);
    expect(large.count).toBe(small.count);
  });

  it('batches to-one references too: each referenced type costs one statement', async () => {
    const query = `query($prefix: String!) { emulationBlocs(first: 100, filter: { code: { startsWith: $prefix } }) {
      nodes { members(year: 2022, first: 100) { nodes {
        contributions(first: 3) { nodes { movement { code } kind { code } unit { code } } } } } } } }`;
    const { count } = await ctx.countStatements(() => client.data(query, { prefix: 'LARGE-' }));
    expect(count).toBe(3 + 3);
  });

  const RANKING = `query($prefix: String!, $first: Int!) {
    emulationBlocs(first: $first, filter: { code: { startsWith: $prefix } }) {
      nodes { code ranking(year: 2022) { unit { code } totalPoints rank votesFor votesCast previousRank rankChange } }
    }
  }`;

  interface Ranked {
    emulationBlocs: { nodes: Array<{ ranking: Array<{ rank: number | null; rankChange: number | null }> }> };
  }

  it("ranks every bloc of a page in one statement (and each ranked unit's record in one more)", async () => {
    const small = await ctx.countStatements(() => client.data<Ranked>(RANKING, { prefix: 'SMALL-', first: 20 }));
    const large = await ctx.countStatements(() => client.data<Ranked>(RANKING, { prefix: 'LARGE-', first: 20 }));
    expect(large.result.emulationBlocs.nodes).toHaveLength(20);
    // 2,000 units over 60 blocs: 33 or 34 members each, all ranked but the last one.
    expect(large.result.emulationBlocs.nodes.every((b) => b.ranking.length >= 33)).toBe(true);
    const entries = large.result.emulationBlocs.nodes.flatMap((b) => b.ranking);
    expect(entries.filter((e) => e.rank === null)).toHaveLength(20);
    // Blocs, rankings, units.
    expect({ count: large.count, statements: large.statements }).toEqual({ count: 3, statements: expect.anything() });
    expect(small.count).toBe(large.count);
  });

  const FIGURES = `query($prefix: String!) {
    emulationBlocs(first: 100, filter: { code: { startsWith: $prefix } }) {
      nodes {
        members(year: 2022, first: 100) {
          nodes {
            contributions(filter: { year: { gte: 2021 } }) {
              aggregates { count sum { amountVnd } avg { amountVnd } }
              groupedAggregates(groupBy: [YEAR], orderBy: [{ field: SUM_AMOUNT_VND, direction: DESC }], first: 2) {
                totalCount nodes { key { year } count max { amountVnd } }
              }
            }
          }
        }
        pledges { nodes { fulfilment { contributionCount achievedAmountVnd amountPercent } } }
      }
    }
  }`;

  it("computes every parent's figures, groups, group count and pledge fulfilment in one statement each", async () => {
    const small = await ctx.countStatements(() => client.data(FIGURES, { prefix: 'SMALL-' }));
    const large = await ctx.countStatements(() => client.data(FIGURES, { prefix: 'LARGE-' }));
    // Blocs, members, aggregates, groups, group counts; pledges, fulfilment.
    expect({ count: large.count, statements: large.statements }).toEqual({ count: 7, statements: expect.anything() });
    expect(small.count).toBe(large.count);
  });
});
