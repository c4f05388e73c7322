/**
 * The connection conventions, exercised on units and contributions: keyset paging both ways,
 * every filter operator, sorting with ties, node lookups and accent-insensitive search.
 */
import { seedArticle } from '../src/seed/article';
import { searchKeyOf } from '../src/core/fold';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

describeEachEngine('read API conventions', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  const addUnit = (code: string, name: string, headcount: number | null) =>
    ctx.dataSource.query("INSERT INTO units (code, name, kind, headcount, searchKey) VALUES (?, ?, 'DISTRICT', ?, ?)", [
      code,
      name,
      headcount,
      searchKeyOf(name, code),
    ]);

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    // Ten districts, with tied headcounts to exercise the id tie-breaker.
    for (let i = 0; i < 10; i += 1) await addUnit(`H${i}`, `Huyện ${String.fromCharCode(65 + i)}`, 100 * (i % 3));
  });

  const codes = (data: { units: { nodes: Array<{ code: string }> } }) => data.units.nodes.map((u) => u.code);
  const DISTRICTS = `query($first: Int, $after: String, $last: Int, $before: String, $order: [UnitOrder!]) {
    units(
      filter: { kind: { eq: DISTRICT } }, first: $first, after: $after, last: $last, before: $before, orderBy: $order
    ) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { code }
    }
  }`;

  it('pages forward, and a cursor stays valid when rows are inserted before it', async () => {
    const order = [{ field: 'CODE', direction: 'ASC' }];
    const p1 = await client.data(DISTRICTS, { first: 4, order });
    expect(codes(p1)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(p1.units.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(p1.units.totalCount).toBe(10);

    await addUnit('H00', 'Huyện mới', 5); // sorts before the cursor
    const p2 = await client.data(DISTRICTS, { first: 4, after: p1.units.pageInfo.endCursor, order });
    expect(codes(p2)).toEqual(['H4', 'H5', 'H6', 'H7']);
    const p3 = await client.data(DISTRICTS, { first: 4, after: p2.units.pageInfo.endCursor, order });
    expect(codes(p3)).toEqual(['H8', 'H9']);
    expect(p3.units.pageInfo.hasNextPage).toBe(false);
    await ctx.dataSource.query("DELETE FROM units WHERE code = 'H00'");
  });

  it('pages backward with last/before', async () => {
    const order = [{ field: 'CODE', direction: 'ASC' }];
    const last = await client.data(DISTRICTS, { last: 3, order });
    expect(codes(last)).toEqual(['H7', 'H8', 'H9']);
    expect(last.units.pageInfo).toMatchObject({ hasPreviousPage: true });
    const before = await client.data(DISTRICTS, { last: 3, before: last.units.pageInfo.startCursor, order });
    expect(codes(before)).toEqual(['H4', 'H5', 'H6']);
    expect(before.units.pageInfo.hasNextPage).toBe(true);
  });

  it('sorts by several keys and breaks ties by id, on every page', async () => {
    const order = [{ field: 'HEADCOUNT', direction: 'DESC' }];
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await client.data(DISTRICTS, { first: 3, after, order });
      all.push(...codes(page));
      after = page.units.pageInfo.hasNextPage ? page.units.pageInfo.endCursor : null;
    } while (after);
    // headcount 200: H2 H5 H8; 100: H1 H4 H7; 0: H0 H3 H6 H9 — each tie in insertion (id) order.
    expect(all).toEqual(['H2', 'H5', 'H8', 'H1', 'H4', 'H7', 'H0', 'H3', 'H6', 'H9']);
  });

  it.each([
    ['eq', '{ headcount: { eq: 100 } }', ['H1', 'H4', 'H7']],
    ['neq', '{ headcount: { neq: 0 } }', ['H1', 'H2', 'H4', 'H5', 'H7', 'H8']],
    ['in', '{ code: { in: ["H1", "H9", "NOPE"] } }', ['H1', 'H9']],
    ['notIn', '{ headcount: { notIn: [0, 100] } }', ['H2', 'H5', 'H8']],
    ['lt', '{ headcount: { lt: 100 } }', ['H0', 'H3', 'H6', 'H9']],
    ['lte', '{ headcount: { lte: 100 } }', ['H0', 'H1', 'H3', 'H4', 'H6', 'H7', 'H9']],
    ['gt', '{ headcount: { gt: 100 } }', ['H2', 'H5', 'H8']],
    ['gte', '{ headcount: { gte: 100 } }', ['H1', 'H2', 'H4', 'H5', 'H7', 'H8']],
    ['isNull', '{ shortName: { isNull: false } }', []],
    ['contains', '{ name: { contains: "n C" } }', ['H2']],
    ['startsWith', '{ code: { startsWith: "H1" } }', ['H1']],
    [
      'and/or/not',
      '{ or: [{ code: { eq: "H1" } }, { code: { eq: "H2" } }, { code: { eq: "H3" } }], not: { code: { eq: "H2" } } }',
      ['H1', 'H3'],
    ],
    ['LIKE wildcards are literal', '{ name: { contains: "%" } }', []],
  ])('filters with %s', async (_op, filter, expected) => {
    const data = await client.data(
      `{ units(filter: { and: [{ kind: { eq: DISTRICT } }, ${filter}] }, orderBy: [{ field: CODE }]) { nodes { ` +
        `code } } }`,
    );
    expect(codes(data)).toEqual(expected);
  });

  it('filters through relations: to-one and some/none', async () => {
    const some = await client.data(
      `{ units(filter: { contributions: { some: { year: { eq: 2022 } } } }) { totalCount } }`,
    );
    expect(some.units.totalCount).toBe(0); // the article's figures belong to the bloc, not to its units
    const blocs = await client.data(
      `{ emulationBlocs(filter: { contributions: { some: { quantity: { eq: 8 } } } }) { nodes { code } } }`,
    );
    expect(blocs.emulationBlocs.nodes).toEqual([{ code: 'KHOI_KH_VH_XH' }]);
  });

  it('finds names without accents, đ included, and with them', async () => {
    const search = async (text: string) =>
      (await client.data(`query($s: String) { units(search: $s) { nodes { name } } }`, { s: text })).units.nodes.map(
        (u: { name: string }) => u.name,
      );
    expect(await search('so y te')).toEqual(['Sở Y tế']);
    expect(await search('Sở Y tế')).toEqual(['Sở Y tế']);
    expect(await search('dai phat thanh')).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(await search('ĐÀI PHÁT')).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(await search('lao dong thuong binh')).toEqual(['Sở Lao động – Thương binh và Xã hội']);
  });

  it('looks objects up by global ID, and refuses an ID of another type or not ours', async () => {
    const list = await client.data(`{ units(search: "so y te") { nodes { id databaseId } } }`);
    const { id, databaseId } = list.units.nodes[0];
    const one = await client.data(
      `query($id: ID!) { unit(id: $id) { name } node(id: $id) { __typename id } nodes(ids: [$id, $id]) { id } }`,
      { id },
    );
    expect(one.unit.name).toBe('Sở Y tế');
    expect(one.node).toEqual({ __typename: 'Unit', id });
    expect(one.nodes).toEqual([{ id }, { id }]);
    expect(databaseId).toEqual(expect.any(Number));

    const bloc = (await client.data(`{ emulationBlocs { nodes { id } } }`)).emulationBlocs.nodes[0].id;
    const wrongType = await client.run(`query($id: ID!) { unit(id: $id) { name } }`, { id: bloc });
    expect(wrongType.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongType.errors?.[0].message).toMatch(/EmulationBloc, not a Unit/);
    const garbage = await client.run(`{ node(id: "not-an-id") { id } }`);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides soft-deleted rows unless asked for them', async () => {
    await ctx.dataSource.query("UPDATE units SET deletedAt = CURRENT_TIMESTAMP WHERE code = 'H9'");
    const hidden = await client.data(`{ units(filter: { code: { eq: "H9" } }) { totalCount } }`);
    const shown = await client.data(
      `{ units(filter: { code: { eq: "H9" } }, includeDeleted: true) { nodes { code deletedAt } } }`,
    );
    expect(hidden.units.totalCount).toBe(0);
    expect(shown.units.nodes[0]).toMatchObject({ code: 'H9', deletedAt: expect.any(String) });
    await ctx.dataSource.query("UPDATE units SET deletedAt = NULL WHERE code = 'H9'");
  });

  it('caps pages at 100 with a clear error', async () => {
    const result = await client.run(`{ units(first: 101) { nodes { code } } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(/at most 100/);
    const tooMany = await client.run(
      `{ units(filter: { headcount: { in: [${Array.from({ length: 501 }, (_, i) => i).join(',')}] } }) { ` +
        `totalCount } }`,
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
