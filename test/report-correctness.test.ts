/**
 * Every aggregate and grouping compared with an independent computation: the test reads the raw
 * rows and adds them up itself (with BigInt), over a generated dataset plus rows whose VND sum
 * passes 2^53 and rows without quantities (null is not zero in an average).
 */
import { seedSynthetic } from '../src/seed/synthetic';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { expectedOf, FIGURES, figuresOf, groupRows, roundHalfUp, type Row } from './helpers/expected-figures';

describeEachEngine('report figures against an independent computation', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  let rows: Row[] = [];
  let memberships: Array<{ blocId: number; unitId: number; fromYear: number; toYear: number | null }> = [];
  const HUGE = 900_000_000_000_000_000n; // 9e17 đồng: three of them pass 2^53 many times over

  beforeAll(async () => {
    await seedSynthetic(ctx.dataSource, { contributions: 2000, seed: 7 });
    const text = ctx.engine === 'sqlite' ? 'TEXT' : 'CHAR';
    // Rows past 2^53, and rows without a quantity, on a year of their own.
    const [some] = await ctx.dataSource.query(
      'SELECT movementId, kindId, unitId FROM contributions WHERE unitId IS NOT NULL ORDER BY id LIMIT 1',
    );
    for (const quantity of [null, 4, null]) {
      await ctx.dataSource.query(
        'INSERT INTO contributions (movementId, year, unitId, kindId, quantity, amountVnd) VALUES (?, 2030, ?, ' +
          '?, ?, ?)',
        [some.movementId, some.unitId, some.kindId, quantity, HUGE.toString()],
      );
    }
    const raw = await ctx.dataSource.query(
      `SELECT movementId, year, unitId, blocId, kindId, quantity, CAST(amountVnd AS ${text}) AS amount FROM ` +
        `contributions WHERE deletedAt IS NULL`,
    );
    rows = raw.map((r: Record<string, unknown>) => ({
      movementId: Number(r.movementId),
      year: Number(r.year),
      unitId: r.unitId === null ? null : Number(r.unitId),
      blocId: r.blocId === null ? null : Number(r.blocId),
      kindId: Number(r.kindId),
      quantity: r.quantity === null ? null : Number(r.quantity),
      amount: r.amount === null ? null : BigInt(String(r.amount).split('.')[0]!),
    }));
    memberships = (
      await ctx.dataSource.query(
        'SELECT blocId, unitId, fromYear, toYear FROM bloc_memberships WHERE deletedAt IS NULL',
      )
    ).map((m: Record<string, unknown>) => ({
      blocId: Number(m.blocId),
      unitId: Number(m.unitId),
      fromYear: Number(m.fromYear),
      toYear: m.toYear === null ? null : Number(m.toYear),
    }));
  });

  it("computes the whole list's figures exactly, VND sums past 2^53 included", async () => {
    const data = await client.data(`{ contributions { aggregates { ${FIGURES} } } }`);
    expect(data.contributions.aggregates).toEqual(figuresOf(expectedOf(rows)));
    const huge = await client.data(
      `{ contributions(filter: { year: { eq: 2030 } }) { aggregates { count sum { amountVnd } } } }`,
    );
    expect(huge.contributions.aggregates).toEqual({ count: 3, sum: { amountVnd: (HUGE * 3n).toString() } });
    expect(BigInt(huge.contributions.aggregates.sum.amountVnd) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('averages quantities over the non-null values only, for one kind', async () => {
    const kindId = rows.find((r) => r.year === 2030)!.kindId;
    const ofKind = rows.filter((r) => r.kindId === kindId);
    const quantities = ofKind.map((r) => r.quantity).filter((q): q is number => q !== null);
    const kind = await client.data(`{ contributionKinds(first: 50) { nodes { id databaseId } } }`);
    const kindGlobalId = kind.contributionKinds.nodes.find((k: { databaseId: number }) => k.databaseId === kindId).id;
    const data = await client.data(
      `query($kind: ID!) { contributions(filter: { kindId: { eq: $kind } }) { aggregates { count sum { quantity ` +
        `} avg { quantity } min { quantity } max { quantity } } } }`,
      { kind: kindGlobalId },
    );
    const sum = quantities.reduce((a, b) => a + b, 0);
    const avg = roundHalfUp(BigInt(sum) * 100n, BigInt(quantities.length));
    expect(data.contributions.aggregates).toEqual({
      count: ofKind.length,
      sum: { quantity: sum },
      avg: { quantity: `${avg / 100n}.${(avg % 100n).toString().padStart(2, '0')}` },
      min: { quantity: Math.min(...quantities) },
      max: { quantity: Math.max(...quantities) },
    });
  });

  it('groups by movement and year, ordered by money and paged with cursors', async () => {
    const expected = [...groupRows(rows, (r) => `${r.movementId}:${r.year}`)].map(([key, group]) => ({
      key,
      ...expectedOf(group),
    }));
    expected.sort((a, b) => {
      const byMoney = BigInt(b.sumAmount ?? '-1') - BigInt(a.sumAmount ?? '-1');
      if (byMoney !== 0n) return byMoney > 0n ? 1 : -1;
      const [am, ay] = a.key.split(':').map(Number);
      const [bm, by] = b.key.split(':').map(Number);
      return am! - bm! || ay! - by!;
    });
    const got: Array<{ key: string; figures: unknown }> = [];
    let after: string | null = null;
    let totalCount: number;
    do {
      const page: {
        contributions: {
          groupedAggregates: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            nodes: Array<{ key: { movement: { databaseId: number }; year: number } } & Record<string, unknown>>;
          };
        };
      } = await client.data(
        `query($after: String) {
          contributions {
            groupedAggregates(
              groupBy: [MOVEMENT, YEAR], orderBy: [{ field: SUM_AMOUNT_VND, direction: DESC }], first: 7, after: $after
            ) {
              totalCount pageInfo { hasNextPage endCursor } nodes { key { movement { databaseId } year } ${FIGURES} }
            }
          }
        }`,
        { after },
      );
      const groups = page.contributions.groupedAggregates;
      totalCount = groups.totalCount;
      for (const { key, ...figures } of groups.nodes)
        got.push({ key: `${key.movement.databaseId}:${key.year}`, figures });
      after = groups.pageInfo.hasNextPage ? groups.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(expected.length);
    expect(got).toEqual(expected.map((e) => ({ key: e.key, figures: figuresOf(e) })));
  });

  it('tells the two meanings of "by bloc" apart: the bloc\'s own rows, and its members\' rows rolled up', async () => {
    const own = [...groupRows(rows, (r) => String(r.blocId))].map(
      ([key, group]) => [key === 'null' ? null : Number(key), expectedOf(group)] as const,
    );
    const data = await client.data(
      `{ contributions { groupedAggregates(groupBy: [BLOC], first: 100) { nodes { key { bloc { databaseId } } ` +
        `${FIGURES} } } } }`,
    );
    const gotOwn = data.contributions.groupedAggregates.nodes.map(
      (n: { key: { bloc: { databaseId: number } | null } }) => [n.key.bloc?.databaseId ?? null, n],
    );
    expect(
      new Map(gotOwn.map(([k, n]: [number | null, Record<string, unknown>]) => [k, { ...n, key: undefined }])),
    ).toEqual(new Map(own.map(([k, e]) => [k, { ...figuresOf(e), key: undefined }])));

    const rolled = [
      ...groupRows(rows, (r) =>
        r.unitId === null
          ? null
          : memberships
              .filter((m) => m.unitId === r.unitId && m.fromYear <= r.year && (m.toYear === null || m.toYear >= r.year))
              .map((m) => String(m.blocId)),
      ),
    ];
    const members = await client.data(
      `{ contributions { groupedAggregates(groupBy: [MEMBER_BLOC], first: 100) { totalCount nodes { key { ` +
        `memberBloc { databaseId } } ${FIGURES} } } } }`,
    );
    expect(members.contributions.groupedAggregates.totalCount).toBe(rolled.length);
    const gotRolled = new Map(
      members.contributions.groupedAggregates.nodes.map(
        (n: { key: { memberBloc: { databaseId: number } } } & Record<string, unknown>) => [
          String(n.key.memberBloc.databaseId),
          { ...n, key: undefined },
        ],
      ),
    );
    expect(gotRolled).toEqual(
      new Map(rolled.map(([k, group]) => [k, { ...figuresOf(expectedOf(group)), key: undefined }])),
    );
  });

  it('filters groups with HAVING, and answers an empty list with zero and nulls', async () => {
    const groups = [...groupRows(rows, (r) => String(r.year))].map(([key, group]) => ({
      key: Number(key),
      ...expectedOf(group),
    }));
    const threshold = groups.map((g) => g.count).sort((a, b) => a - b)[Math.floor(groups.length / 2)]!;
    const expected = groups
      .filter((g) => g.count >= threshold && g.sumAmount !== null && BigInt(g.sumAmount) > 1000n)
      .map((g) => g.key)
      .sort((a, b) => a - b);
    const data = await client.data(
      `{ contributions { groupedAggregates(groupBy: [YEAR], having: { count: { gte: "${threshold}" }, ` +
        `sumAmountVnd: { gt: "1000" } }, orderBy: [{ field: YEAR }]) { nodes { key { year } } } } }`,
    );
    expect(data.contributions.groupedAggregates.nodes.map((n: { key: { year: number } }) => n.key.year)).toEqual(
      expected,
    );

    const empty = await client.data(
      `{ contributions(filter: { year: { eq: 1950 } }) { aggregates { ${FIGURES} } groupedAggregates(groupBy: ` +
        `[YEAR]) { totalCount nodes { count } pageInfo { hasNextPage } } } }`,
    );
    expect(empty.contributions.aggregates).toEqual({
      count: 0,
      sum: { amountVnd: null },
      avg: { amountVnd: null },
      min: { amountVnd: null },
      max: { amountVnd: null },
    });
    expect(empty.contributions.groupedAggregates).toEqual({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('counts awards and prize money by category and level, as the rows say', async () => {
    const text = ctx.engine === 'sqlite' ? 'TEXT' : 'CHAR';
    const awards = (await ctx.dataSource.query(
      `SELECT t.category, t.level, CAST(a.prizeAmountVnd AS ${text}) AS prize FROM awards a JOIN award_types t ` +
        `ON t.id = a.awardTypeId`,
    )) as Array<{ category: string; level: string; prize: string | null }>;
    const expected = new Map<string, { count: number; sum: bigint | null }>();
    for (const a of awards) {
      const key = `${a.category}/${a.level}`;
      const entry = expected.get(key) ?? { count: 0, sum: null };
      entry.count += 1;
      if (a.prize !== null) entry.sum = (entry.sum ?? 0n) + BigInt(a.prize.split('.')[0]!);
      expected.set(key, entry);
    }
    const data = await client.data(
      `{ awards { groupedAggregates(groupBy: [CATEGORY, LEVEL], first: 100) { nodes { key { category level } ` +
        `count sum { prizeAmountVnd } } } } }`,
    );
    const got = new Map(
      data.awards.groupedAggregates.nodes.map(
        (n: { key: { category: string; level: string }; count: number; sum: { prizeAmountVnd: string | null } }) => [
          `${n.key.category}/${n.key.level}`,
          { count: n.count, sum: n.sum.prizeAmountVnd === null ? null : BigInt(n.sum.prizeAmountVnd) },
        ],
      ),
    );
    expect(got).toEqual(expected);
    expect(expected.size).toBeGreaterThan(1);
  });
});
