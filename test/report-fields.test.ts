/**
 * Pledge fulfilment (each target against the matching contributions, with percentages), the bloc
 * ranking with the change from the year before, and a unit's flags — on the article's data plus
 * what the test records through mutations.
 */
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk } from './helpers/mutations';

describeEachEngine('pledge fulfilment, bloc ranking and flags', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await client.data(
      `{ units(first: 20) { nodes { id code } } emulationBlocs { nodes { id } } movements { nodes { id code } } ` +
        `contributionKinds { nodes { id code } } }`,
    );
    for (const { id, code } of [...data.units.nodes, ...data.movements.nodes, ...data.contributionKinds.nodes])
      ids[code] = id;
    ids.BLOC = data.emulationBlocs.nodes[0].id;
  });

  it("sets each 2023 target against the bloc's matching 2023 contributions", async () => {
    const bloc = { movementId: ids.VI_NGUOI_NGHEO, year: 2023, blocId: ids.BLOC };
    await mutateOk(client, 'createContributions', {
      contributions: [
        { ...bloc, kindId: ids.HOUSE, quantity: 5, amountVnd: '500000000' },
        { ...bloc, kindId: ids.HOUSE, quantity: 1, amountVnd: '100000000' },
        { ...bloc, kindId: ids.STUDENT_SUPPORT, quantity: 30 },
        // Not counted: a unit's own row (the target is the bloc's), another movement, another year.
        { ...bloc, blocId: undefined, unitId: ids.SO_YTE, kindId: ids.HOUSE, quantity: 2 },
        { ...bloc, movementId: ids.NONG_THON_MOI, kindId: ids.HOUSE, quantity: 9 },
        { ...bloc, year: 2022, kindId: ids.HOUSE, quantity: 9 },
      ],
    });
    const data = await client.data(
      `query($bloc: ID!) {
      pledgeFulfilment(blocId: $bloc, year: 2023) {
        target { kind { code } targetQuantity targetAmountVnd }
        contributionCount achievedQuantity achievedAmountVnd quantityPercent amountPercent
      }
      pledges(filter: { year: { eq: 2023 } }) { nodes { fulfilment { quantityPercent } } }
    }`,
      { bloc: ids.BLOC },
    );
    expect(data.pledgeFulfilment).toEqual([
      {
        target: { kind: { code: 'HOUSE' }, targetQuantity: 8, targetAmountVnd: '800000000' },
        contributionCount: 2,
        achievedQuantity: 6,
        achievedAmountVnd: '600000000',
        quantityPercent: '75.00',
        amountPercent: '75.00',
      },
      {
        target: { kind: { code: 'STUDENT_SUPPORT' }, targetQuantity: 30, targetAmountVnd: null },
        contributionCount: 1,
        achievedQuantity: 30,
        achievedAmountVnd: null,
        quantityPercent: '100.00',
        amountPercent: null,
      },
    ]);
    expect(data.pledges.nodes[0].fulfilment).toEqual([{ quantityPercent: '75.00' }, { quantityPercent: '100.00' }]);
    const none = await client.data(
      `query($bloc: ID!) { pledgeFulfilment(blocId: $bloc, year: 1999) { contributionCount } }`,
      { bloc: ids.BLOC },
    );
    expect(none.pledgeFulfilment).toEqual([]);
  });

  it('ranks the bloc for a year with the change from the year before', async () => {
    const set = await mutateOk(
      client,
      'createCriteriaSet',
      {
        blocId: ids.BLOC,
        year: 2023,
        maxTotal: '100.00',
        criteria: [{ code: 'A', name: 'Tổng hợp', maxPoints: '100.00' }],
      },
      'id criteria { nodes { id } }',
    );
    const criterionId = set.criteria.nodes[0].id;
    await mutateOk(client, 'createEvaluation', {
      blocId: ids.BLOC,
      year: 2023,
      criteriaSetId: set.id,
      method: 'SCORE',
      scores: [
        { unitId: ids.SO_YTE, criterionId, points: '90.00' },
        { unitId: ids.SO_GDDT, criterionId, points: '80.00' },
      ],
      votes: [],
    });
    const data = await client.data(
      `query($bloc: ID!) {
      blocRanking(blocId: $bloc, year: 2023) { unit { code } totalPoints rank previousRank rankChange }
      emulationBloc(id: $bloc) {
        ranking(year: 2022) { unit { code } totalPoints rank votesFor votesCast previousRank rankChange }
      }
    }`,
      { bloc: ids.BLOC },
    );
    expect(data.blocRanking).toEqual([
      { unit: { code: 'SO_YTE' }, totalPoints: '90.00', rank: 1, previousRank: 3, rankChange: 2 },
      { unit: { code: 'SO_GDDT' }, totalPoints: '80.00', rank: 2, previousRank: 1, rankChange: -1 },
    ]);
    const ranking2022 = data.emulationBloc.ranking;
    expect(ranking2022).toHaveLength(7);
    expect(ranking2022[0]).toEqual({
      unit: { code: 'SO_GDDT' },
      totalPoints: '98.50',
      rank: 1,
      votesFor: 6,
      votesCast: 7,
      previousRank: null,
      rankChange: null,
    });
  });

  it("lists a unit's flags and leadership years", async () => {
    const data = await client.data(
      `{ units(filter: { code: { eq: "SO_GDDT" } }) { nodes { flags { nodes { achievementYear awardType { code } ` +
        `decision { decisionNo } } } leaderships { nodes { year role } } } } }`,
    );
    const unit = data.units.nodes[0];
    expect(unit.flags.nodes).toEqual([
      { achievementYear: 2022, awardType: { code: 'CO_THI_DUA_CAP_TINH' }, decision: { decisionNo: '125/QĐ-UBND' } },
    ]);
    expect(unit.leaderships.nodes).toEqual([{ year: 2022, role: 'LEADER' }]);
  });
});
