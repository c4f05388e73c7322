/**
 * Report fields under a list of parents are computed for the whole level at once; each parent must
 * still get exactly what it would get on its own. Nested figures and groups (paged, ordered,
 * filtered by HAVING, counted) are compared with the same report over the root list filtered to
 * that parent; rankings with an independent reading of the evaluation rows.
 */
import { seedSynthetic } from '../src/seed/synthetic';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

const FIGURES = 'count sum { amountVnd } avg { amountVnd } min { amountVnd } max { amountVnd }';
const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
/** The cursor of the second group: its page starts at the third. */
const AFTER_SECOND = Buffer.from('group:1', 'utf8').toString('base64url');

/** A contribution report as asked for under a parent and over the root list alike. */
const CONTRIBUTION_REPORT = `
  all: aggregates { ${FIGURES} }
  houses: groupedAggregates(groupBy: [YEAR, KIND], orderBy: [{ field: SUM_AMOUNT_VND, direction: DESC }], first: 3) {
    totalCount ${PAGE_INFO} edges { cursor node { key { year kind { code } } ${FIGURES} sum { quantity } } }
  }
  later: groupedAggregates(groupBy: [MOVEMENT], having: { count: { gte: "2" } }, first: 2, after: "${AFTER_SECOND}") {
    totalCount ${PAGE_INFO} nodes { key { movement { id } } count max { amountVnd } }
  }
  none: groupedAggregates(groupBy: [YEAR], first: 0) { totalCount ${PAGE_INFO} nodes { count } }`;

const AWARD_REPORT = `
  aggregates { count sum { prizeAmountVnd } avg { prizeAmountVnd } min { prizeAmountVnd } }
  groupedAggregates(groupBy: [CATEGORY, LEVEL], orderBy: [{ field: COUNT, direction: DESC }], first: 2) {
    totalCount ${PAGE_INFO} nodes { key { category level } count sum { prizeAmountVnd } }
  }`;

/** The provincial emulation flag: a unit's `flags` are its awards of this type. */
const FLAG = 'CO_THI_DUA_CAP_TINH';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  nodes: unknown[];
}

interface Parent {
  id: string;
  databaseId: number;
  list: unknown;
}

describeEachEngine('report fields under many parents', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  beforeAll(async () => {
    await seedSynthetic(ctx.dataSource, { contributions: 2000, seed: 11 });
  });

  /**
   * Each parent's nested report (one request for every parent) against the root list's report
   * filtered to that parent (one request per parent).
   */
  async function expectSameAsAlone(nested: string, root: (parentId: string) => string): Promise<Parent[]> {
    const data = await client.data<{ parents: { nodes: Parent[] } }>(`{ parents: ${nested} }`);
    const parents = data.parents.nodes;
    for (const parent of parents) {
      const alone = await client.data<{ list: unknown }>(`{ list: ${root(parent.id)} }`);
      expect({ parent: parent.databaseId, report: parent.list }).toEqual({
        parent: parent.databaseId,
        report: alone.list,
      });
    }
    return parents;
  }

  it("gives each unit its own contributions' figures and pages of groups", async () => {
    const units = await expectSameAsAlone(
      `units(first: 100) { nodes { id databaseId list: contributions { ${CONTRIBUTION_REPORT} } } }`,
      (id) => `contributions(filter: { unitId: { eq: "${id}" } }) { ${CONTRIBUTION_REPORT} }`,
    );
    expect(units.length).toBeGreaterThan(50);
    // The data exercise every part: units without rows, pages with more after them, later pages.
    const reports = units.map((unit) => unit.list as { all: { count: number }; houses: Page; later: Page });
    expect(reports.some((r) => r.all.count === 0)).toBe(true);
    expect(reports.some((r) => r.houses.pageInfo.hasNextPage)).toBe(true);
    expect(reports.some((r) => r.later.nodes.length > 0)).toBe(true);
  });

  it('gives each member of each bloc its figures under a filter, two levels down', async () => {
    const conditions = 'year: { gte: 2021 }, amountVnd: { isNull: false }';
    const filter = `(filter: { ${conditions} })`;
    const data = await client.data<{ emulationBlocs: { nodes: Array<{ members: { nodes: Parent[] } }> } }>(
      `{ emulationBlocs(first: 100) { nodes { members(first: 100) { nodes { id databaseId
          list: contributions${filter} { ${CONTRIBUTION_REPORT} } } } } } }`,
    );
    const members = data.emulationBlocs.nodes.flatMap((bloc) => bloc.members.nodes);
    expect(members.length).toBeGreaterThan(50);
    for (const unit of members.slice(0, 40)) {
      const alone = await client.data<{ list: unknown }>(
        `{ list: contributions(filter: { unitId: { eq: "${unit.id}" }, ${conditions} }) { ${CONTRIBUTION_REPORT} } }`,
      );
      expect({ unit: unit.databaseId, report: unit.list }).toEqual({ unit: unit.databaseId, report: alone.list });
    }
  });

  it('gives each movement its awards, and each unit its flags (a relation through a join)', async () => {
    await expectSameAsAlone(
      `movements(first: 100) { nodes { id databaseId list: awards { ${AWARD_REPORT} } } }`,
      (id) => `awards(filter: { movementId: { eq: "${id}" } }) { ${AWARD_REPORT} }`,
    );
    const units = await expectSameAsAlone(
      `units(first: 100) { nodes { id databaseId list: flags { ${AWARD_REPORT} } } }`,
      (id) => `awards(filter: { recipientUnitId: { eq: "${id}" }, awardType: { code: { eq: "${FLAG}" } } }) {
        ${AWARD_REPORT} }`,
    );
    expect(units.some((unit) => (unit.list as { aggregates: { count: number } }).aggregates.count > 0)).toBe(true);
  });

  it("gives each evaluation its results' points and each pledge its targets' figures", async () => {
    const points = 'count sum { totalPoints } avg { totalPoints } min { totalPoints } max { totalPoints }';
    await expectSameAsAlone(
      `evaluations(first: 100) { nodes { id databaseId list: results { aggregates { ${points} } } } }`,
      (id) => `evaluationResults(filter: { evaluationId: { eq: "${id}" } }) { aggregates { ${points} } }`,
    );
    const targets = 'count sum { targetAmountVnd } max { targetAmountVnd }';
    await expectSameAsAlone(
      `pledges(first: 100) { nodes { id databaseId list: targets { aggregates { ${targets} } } } }`,
      (id) => `pledgeTargets(filter: { pledgeId: { eq: "${id}" } }) { aggregates { ${targets} } }`,
    );
  });

  it("gives each pledge of a page its own fulfilment, as the root field gives it for the bloc's year", async () => {
    const data = await client.data<{
      pledges: { nodes: Array<{ year: number; bloc: { id: string }; fulfilment: unknown[] }> };
    }>(`{ pledges(first: 100) { nodes { year bloc { id } fulfilment { target { id } contributionCount
          achievedQuantity achievedAmountVnd quantityPercent amountPercent } } } }`);
    expect(data.pledges.nodes.length).toBeGreaterThan(5);
    for (const pledge of data.pledges.nodes) {
      const alone = await client.data<{ pledgeFulfilment: unknown[] }>(
        `query($bloc: ID!, $year: Int!) { pledgeFulfilment(blocId: $bloc, year: $year) { target { id }
          contributionCount achievedQuantity achievedAmountVnd quantityPercent amountPercent } }`,
        { bloc: pledge.bloc.id, year: pledge.year },
      );
      expect(pledge.fulfilment).toEqual(alone.pledgeFulfilment);
    }
  });

  it('ranks every bloc of a page for two years as its evaluation rows say, with the change of rank', async () => {
    const text = ctx.engine === 'sqlite' ? 'TEXT' : 'CHAR';
    const results: Array<Record<string, unknown>> = await ctx.dataSource.query(
      `SELECT e.blocId, e.year, r.unitId, CAST(r.totalPoints AS ${text}) AS points, r.\`rank\` AS rnk,
              r.votesFor, r.votesCast
         FROM evaluation_results r JOIN evaluations e ON e.id = r.evaluationId
        WHERE r.deletedAt IS NULL AND e.deletedAt IS NULL`,
    );
    const intOrNull = (value: unknown) => (value === null ? null : Number(value));
    const rankOf = (blocId: number, year: number, unitId: number) =>
      intOrNull(
        results.find((r) => Number(r.blocId) === blocId && Number(r.year) === year && Number(r.unitId) === unitId)
          ?.rnk ?? null,
      );
    const expected = (blocId: number, year: number) =>
      results
        .filter((r) => Number(r.blocId) === blocId && Number(r.year) === year)
        .map((r) => {
          const rank = intOrNull(r.rnk);
          const previousRank = rankOf(blocId, year - 1, Number(r.unitId));
          return {
            unit: { databaseId: Number(r.unitId) },
            totalPoints: Number(r.points).toFixed(2),
            rank,
            votesFor: intOrNull(r.votesFor),
            votesCast: intOrNull(r.votesCast),
            previousRank,
            rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
          };
        })
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.databaseId - b.unit.databaseId);
    const entry = 'unit { databaseId } totalPoints rank votesFor votesCast previousRank rankChange';
    const years = [...new Set(results.map((r) => Number(r.year)))].sort().slice(-2);
    expect(years).toHaveLength(2);
    const data = await client.data<{
      emulationBlocs: { nodes: Array<{ databaseId: number; first: unknown[]; second: unknown[] }> };
    }>(
      `{ emulationBlocs(first: 100) { nodes { databaseId
          first: ranking(year: ${years[0]}) { ${entry} } second: ranking(year: ${years[1]}) { ${entry} } } } }`,
    );
    expect(data.emulationBlocs.nodes.length).toBeGreaterThan(5);
    for (const bloc of data.emulationBlocs.nodes) {
      expect(bloc.first).toEqual(expected(bloc.databaseId, years[0]!));
      expect(bloc.second).toEqual(expected(bloc.databaseId, years[1]!));
    }
    expect(data.emulationBlocs.nodes.some((b) => b.second.length > 0)).toBe(true);
  });
});
