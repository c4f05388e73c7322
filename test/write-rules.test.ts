/**
 * Every rule of the domain ("The rules the service keeps" in docs/domain.md), each tried and broken
 * on the article's data: the mutation is refused with the rule's code, pointing at the input at
 * fault, and the database is exactly as it was. This file: memberships, contributions and scores (rules 4 to 7).
 */
import { articleRules } from './helpers/article-rules';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { mutateOk, runMutation } from './helpers/mutations';

describeEachEngine('domain rules on writes: blocs, contributions, scores', (ctx) => {
  const { client, ids, expectRefused } = articleRules(ctx);

  it('rule 4: one leader and at most one deputy per bloc and year, both members', async () => {
    await expectRefused(
      'createBlocLeadership',
      { blocId: ids.BLOC, year: 2022, role: 'LEADER', unitId: ids.SO_KHCN },
      'LEADERSHIP_TAKEN',
      ['role'],
    );
    await expectRefused(
      'createBlocLeadership',
      { blocId: ids.BLOC, year: 2024, role: 'LEADER', unitId: ids.OUTSIDER },
      'NOT_A_MEMBER',
      ['unitId'],
    );
    await mutateOk(client, 'createBlocLeadership', {
      blocId: ids.BLOC,
      year: 2024,
      role: 'LEADER',
      unitId: ids.SO_KHCN,
    });
    await expectRefused(
      'createBlocLeadership',
      { blocId: ids.BLOC, year: 2024, role: 'DEPUTY', unitId: ids.SO_KHCN },
      'LEADERSHIP_TAKEN',
      ['unitId'],
    );
  });

  it('rule 5: pledge signatories and contributors of a bloc are its members that year', async () => {
    const signatories = [{ unitId: ids.SO_YTE }, { unitId: ids.OUTSIDER }];
    await expectRefused('createPledge', { blocId: ids.BLOC, year: 2024, signatories, targets: [] }, 'NOT_A_MEMBER', [
      'signatories',
      1,
      'unitId',
    ]);
    await expectRefused(
      'createPledge',
      { blocId: ids.BLOC, year: 2023, signatories: [{ unitId: ids.SO_YTE }], targets: [] },
      'DUPLICATE',
      ['year'],
    );
    await expectRefused(
      'createContribution',
      {
        movementId: ids.VI_NGUOI_NGHEO,
        year: 2022,
        unitId: ids.OUTSIDER,
        kindId: ids.STUDENT_SUPPORT,
        quantity: 3,
        fundId: ids.FUND,
      },
      'NOT_A_MEMBER',
      ['unitId'],
    );
    await expectRefused(
      'createBlocMembership',
      { blocId: ids.BLOC, unitId: ids.SO_YTE, fromYear: 2020, toYear: 2022 },
      'OVERLAPPING_MEMBERSHIP',
      ['fromYear'],
    );
  });

  it('rule 6: a contribution is by a unit or a bloc, never negative; quantities of kinds are not summed', async () => {
    const base = { movementId: ids.VI_NGUOI_NGHEO, year: 2022, kindId: ids.HOUSE };
    await expectRefused(
      'createContribution',
      { ...base, unitId: ids.SO_YTE, blocId: ids.BLOC, quantity: 1 },
      'EXACTLY_ONE_REQUIRED',
      ['unitId'],
    );
    await expectRefused('createContribution', { ...base, quantity: 1 }, 'EXACTLY_ONE_REQUIRED', ['unitId']);
    await expectRefused('createContribution', { ...base, unitId: ids.SO_YTE, quantity: -1 }, 'INVALID_INPUT', [
      'quantity',
    ]);
    await expectRefused(
      'createContributions',
      {
        contributions: [
          { ...base, unitId: ids.SO_YTE, quantity: 2 },
          { ...base, blocId: ids.BLOC, unitId: ids.SO_YTE },
        ],
      },
      'EXACTLY_ONE_REQUIRED',
      ['contributions', 1, 'unitId'],
    );
    // A negative amount is not even a Vnd: the request is refused before it runs.
    const state = await databaseFingerprint(ctx.dataSource);
    const negative = await runMutation(client, 'createContribution', { ...base, unitId: ids.SO_YTE, amountVnd: '-5' });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(state);
  });

  it("rule 7: points within the criterion's maximum; totals and ranks derived, never typed in", async () => {
    const line = (points: string, bonusPoints = '0') => ({
      evaluationId: ids.EVALUATION,
      unitId: ids.OUTSIDER,
      criterionId: ids.CRITERION_TC1,
      points,
      bonusPoints,
    });
    await expectRefused('createEvaluationScore', line('10.00'), 'NOT_A_MEMBER', ['unitId']);
    const existing = await client.data(
      `query($id: ID!) { evaluation(id: $id) { scores(first: 100) { nodes { id version points unit { code } ` +
        `criterion { code maxPoints } } } } }`,
      { id: ids.EVALUATION },
    );
    const tc1 = existing.evaluation.scores.nodes.find(
      (s: { unit: { code: string }; criterion: { code: string } }) =>
        s.unit.code === 'SO_KHCN' && s.criterion.code === 'TC1',
    );
    await expectRefused(
      'updateEvaluationScore',
      { id: tc1.id, expectedVersion: tc1.version, points: '50.01' },
      'POINTS_OUT_OF_RANGE',
      ['points'],
    );
    await expectRefused(
      'updateEvaluationScore',
      { id: tc1.id, expectedVersion: tc1.version, bonusPoints: '5.50' },
      'POINTS_OUT_OF_RANGE',
      ['bonusPoints'],
    );
    // Raising SO_KHCN's TC1 to the maximum (and bonus) re-derives its total and everyone's rank.
    await mutateOk(client, 'updateEvaluationScore', {
      id: tc1.id,
      expectedVersion: tc1.version,
      points: '50.00',
      bonusPoints: '5.00',
    });
    const results = await client.data(
      `query($id: ID!) { evaluation(id: $id) { results(orderBy: [{ field: RANK, direction: ASC }]) { nodes { ` +
        `unit { code } totalPoints rank } } } }`,
      { id: ids.EVALUATION },
    );
    expect(results.evaluation.results.nodes[0]).toEqual({ unit: { code: 'SO_KHCN' }, totalPoints: '100.50', rank: 1 });
    expect(results.evaluation.results.nodes[1]).toMatchObject({ unit: { code: 'SO_GDDT' }, rank: 2 });
    // No input type offers the derived figures.
    const schema = await client.data(`{ __type(name: "UpdateEvaluationResultInput") { inputFields { name } } }`);
    expect(schema.__type.inputFields.map((f: { name: string }) => f.name)).not.toEqual(
      expect.arrayContaining(['totalPoints']),
    );
    expect(schema.__type.inputFields.map((f: { name: string }) => f.name)).not.toContain('rank');
  });
});
