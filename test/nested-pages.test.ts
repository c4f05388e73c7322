/**
 * Nested pages are read for all parents at once (one index seek per parent, joined by UNION ALL)
 * and executed by the compiled executor: each parent's page — forward, backward, after a cursor —
 * must be exactly the page the root list gives for that parent alone, ties in the sort key
 * included; variables of recursive filter types, @include and @skip work as in graphql-js. A page
 * reads the columns of the fields asked for (and the id and sort keys), and every column when a
 * field has a resolver of its own: answers are the same either way.
 */
import { inTransaction } from '../src/db/transaction';
import { ensureCatalogue } from '../src/seed/ensure-catalogue';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

interface Page {
  nodes: Array<{ databaseId: number; year: number }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = 'nodes { databaseId year } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describeEachEngine('nested pages', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  let units: Array<{ id: string; databaseId: number }> = [];

  beforeAll(async () => {
    const { kindIdByCode } = await inTransaction(ctx.dataSource, (m) => ensureCatalogue(m));
    await ctx.dataSource.query(
      `INSERT INTO movements (code, name, kind, scope, searchKey) VALUES ('NP-MV', 'Phong trào', 'REGULAR', ` +
        `'PROVINCIAL', 'phong trao')`,
    );
    const [{ id: movementId }] = await ctx.dataSource.query(`SELECT id FROM movements WHERE code = 'NP-MV'`);
    for (let u = 0; u < 4; u += 1) {
      await ctx.dataSource.query(`INSERT INTO units (code, name, kind, searchKey) VALUES (?, ?, 'DEPARTMENT', ?)`, [
        `NP-U${u}`,
        `Đơn vị ${u}`,
        `don vi ${u}`,
      ]);
    }
    const rows: Array<{ id: number }> = await ctx.dataSource.query(
      `SELECT id FROM units WHERE code LIKE 'NP-U%' ORDER BY id`,
    );
    // Unit u has 3 + 2u contributions over two or three years: many ties on the year, one unit with few.
    for (const [u, { id }] of rows.entries()) {
      for (let c = 0; c < 3 + 2 * u; c += 1) {
        await ctx.dataSource.query(
          'INSERT INTO contributions (movementId, year, unitId, kindId, amountVnd) VALUES (?, ?, ?, ?, ?)',
          [movementId, 2021 + (c % 3), id, kindIdByCode.get('MONEY'), String(1000 * (c + 1))],
        );
      }
    }
    // A deleted contribution is never in a page.
    await ctx.dataSource.query(
      'UPDATE contributions SET deletedAt = CURRENT_TIMESTAMP WHERE id = (SELECT MIN(id) FROM contributions)',
    );
    const listed = await client.data(
      `{ units(filter: { code: { startsWith: "NP-U" } }, orderBy: [{ field: CODE, direction: ASC }]) { nodes { ` +
        `id databaseId } } }`,
    );
    units = listed.units.nodes;
  });

  /** The reference: the root list of contributions restricted to one unit. */
  async function rootPage(unitId: string, args: string): Promise<Page> {
    const result = await client.data(
      `query($unit: ID!) { contributions(filter: { unitId: { eq: $unit } }, ${args}) { ${PAGE} } }`,
      { unit: unitId },
    );
    return result.contributions;
  }

  async function nestedPages(args: string): Promise<Page[]> {
    const result = await client.data(
      `{ units(filter: { code: { startsWith: "NP-U" } }, orderBy: [{ field: CODE, direction: ASC }]) { nodes { ` +
        `contributions(${args}) { ${PAGE} } } } }`,
    );
    return result.units.nodes.map((n: { contributions: Page }) => n.contributions);
  }

  it('gives every parent the page the root list gives it: first, last, default order with ties', async () => {
    for (const args of [
      'first: 4',
      'first: 1',
      'last: 3',
      'first: 20',
      'first: 2, orderBy: [{ field: AMOUNT_VND, direction: DESC }]',
    ]) {
      const nested = await nestedPages(args);
      expect(nested).toHaveLength(units.length);
      for (const [i, unit] of units.entries()) expect([args, nested[i]]).toEqual([args, await rootPage(unit.id, args)]);
    }
    const firstFour = await nestedPages('first: 4');
    expect(firstFour.map((p) => p.nodes.length)).toEqual([2, 4, 4, 4]);
    expect(firstFour[3]!.nodes.map((n) => n.year)).toEqual([2023, 2023, 2023, 2022]);
  });

  it('continues each parent from its own cursor, forward and backward', async () => {
    const widest = units[3]!;
    let page = await rootPage(widest.id, 'first: 2');
    const seen: number[] = page.nodes.map((n) => n.databaseId);
    while (page.pageInfo.hasNextPage) {
      const args = `first: 2, after: "${page.pageInfo.endCursor}"`;
      const [nested] = (await nestedPages(args)).slice(3);
      page = await rootPage(widest.id, args);
      expect(nested).toEqual(page);
      seen.push(...page.nodes.map((n) => n.databaseId));
    }
    expect(new Set(seen).size).toBe(9);
    const back = `last: 2, before: "${(await rootPage(widest.id, 'first: 5')).pageInfo.endCursor}"`;
    expect((await nestedPages(back))[3]).toEqual(await rootPage(widest.id, back));
  });

  it('takes variables of recursive filter types, @include and @skip', async () => {
    const query = `query($filter: ContributionFilter, $withYear: Boolean!, $noAmount: Boolean = true) {
      contributions(filter: $filter, first: 50) {
        totalCount nodes { year @include(if: $withYear) amountVnd @skip(if: $noAmount) }
      }
    }`;
    const filter = {
      and: [
        { year: { eq: 2023 } },
        { or: [{ amountVnd: { gte: '9000' } }, { not: { unit: { code: { eq: 'NP-U3' } } } }] },
      ],
      unit: { code: { startsWith: 'NP-U' } },
    };
    const result = await client.data(query, { filter, withYear: true });
    // 2023 rows: one each for units 0 and 1, two for unit 2, three for unit 3 of which only 9,000 ≥ 9,000.
    expect(result.contributions.totalCount).toBe(5);
    expect(result.contributions.nodes).toEqual(Array(5).fill({ year: 2023 }));
    const other = await client.data(query, { filter, withYear: false, noAmount: false });
    // As sent (the compiled form leaves a skipped field undefined, which JSON leaves out).
    expect(JSON.parse(JSON.stringify(other.contributions.nodes))).toEqual(
      [3000, 3000, 3000, 6000, 9000].map((a) => ({ amountVnd: String(a) })),
    );
    const refused = await client.run(query, { filter: { and: [{ year: { eq: 'not a year' } }] }, withYear: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads only the columns of the fields a request asks for, with the same answers', async () => {
    const nested = (selection: string) =>
      `{ units(filter: { code: { startsWith: "NP-U" } }, orderBy: [{ field: CODE, direction: ASC }]) { nodes { ` +
      `contributions(first: 3, orderBy: [{ field: AMOUNT_VND, direction: DESC }]) { ${selection} } } } }`;
    const childPageSelect = async (selection: string) => {
      const { result, statements } = await ctx.countStatements(() => client.data(nested(selection)));
      const page = statements.find((sql) => sql.includes('page_window'))!;
      const columns = [...page.slice(0, page.indexOf(' FROM ')).matchAll(/AS [`"](c_\w+)[`"]/g)].map((m) => m[1]);
      return { result, columns: columns.sort() };
    };
    const narrow = await childPageSelect('nodes { id year } pageInfo { endCursor }');
    expect(narrow.columns).toEqual(['c_amountVnd', 'c_id', 'c_year']);
    // A field with a resolver of its own (movement) may read any column: all are read.
    const wide = await childPageSelect('nodes { id year movement { code } } edges { cursor node { note } }');
    expect(wide.columns.length).toBeGreaterThan(10);
    const strip = (r: any) =>
      r.units.nodes.map((u: any) => u.contributions.nodes.map((n: any) => ({ id: n.id, year: n.year })));
    expect(strip(narrow.result)).toEqual(strip(wide.result));
    // Through a fragment, the same.
    const viaFragment = await ctx.countStatements(() =>
      client.data(
        `${nested('nodes { ...Figures } pageInfo { endCursor }')} fragment Figures on Contribution { id year }`,
      ),
    );
    expect(viaFragment.statements.find((sql) => sql.includes('page_window'))).not.toContain('c_note');
    expect(strip(viaFragment.result)).toEqual(strip(narrow.result));
    // Two selections of one list in one request: each reads what it needs.
    const both = await client.data(nested('nodes { databaseId } edges { node { amountVnd createdAt } }'));
    const first = both.units.nodes[3].contributions;
    expect(first.nodes.map((n: any) => n.databaseId)).toHaveLength(3);
    expect(first.edges.every((e: any) => e.node.amountVnd && e.node.createdAt)).toBe(true);
  });

  it('does not show the type the compiler is given for variables', async () => {
    expect(await client.data('{ __type(name: "__CoercedVariable") { name } }')).toEqual({ __type: null });
  });
});
