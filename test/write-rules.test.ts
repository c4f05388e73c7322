/**
 * Every rule of domain.md's "Rules the API enforces", each tried and broken on the article's data:
 * the mutation is refused with the rule's code, pointing at the input at fault, and the database is
 * exactly as it was (every table's rows compared).
 */
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

describeEachEngine('domain rules on writes', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await client.data(`{
      units(first: 20) { nodes { id code } }
      emulationBlocs { nodes { id } }
      awardTypes(first: 100) { nodes { id code } }
      movements { nodes { id code } }
      contributionKinds { nodes { id code } }
      funds { nodes { id } }
      evaluations { nodes { id criteriaSet { criteria { nodes { id code } } } scores(first: 1) { nodes { id } } } }
      awardDecisions { nodes { id awards { nodes { id awardType { code } } } } }
    }`);
    for (const { id, code } of [
      ...data.units.nodes,
      ...data.awardTypes.nodes,
      ...data.movements.nodes,
      ...data.contributionKinds.nodes,
    ])
      ids[code] = id;
    ids.BLOC = data.emulationBlocs.nodes[0].id;
    ids.FUND = data.funds.nodes[0].id;
    ids.EVALUATION = data.evaluations.nodes[0].id;
    for (const c of data.evaluations.nodes[0].criteriaSet.criteria.nodes) ids[`CRITERION_${c.code}`] = c.id;
    ids.DECISION = data.awardDecisions.nodes[0].id;
    for (const a of data.awardDecisions.nodes[0].awards.nodes) ids[`AWARD_${a.awardType.code}`] = a.id;
    ids.OUTSIDER = (
      await mutateOk(client, 'createUnit', { code: 'SO_TAICHINH', name: 'Sở Tài chính', kind: 'DEPARTMENT' })
    ).id;
  });

  /** Runs a mutation that must be refused with `code` at `field`, and checks nothing changed. */
  async function expectRefused(
    name: string,
    input: object,
    code: string,
    field?: Array<string | number>,
  ): Promise<void> {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(client, name, input);
    expect(result.errors).toBeUndefined();
    expect(result.record).toBeNull();
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code, ...(field ? { field: ['input', ...field.map(String)] } : {}) }),
    ]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  }

  const decision = (awards: object[], extra: object = {}) => ({
    decisionNo: `T-${Math.random().toString(36).slice(2, 8)}/QĐ-UBND`,
    signedOn: '2023-03-01',
    issuingUnitId: ids.UBND_TINH,
    level: 'PROVINCE',
    commendationType: 'MERIT',
    awards,
    ...extra,
  });
  const flag = (unit: string, year: number, extra: object = {}) => ({
    awardTypeId: ids.CO_THI_DUA_CAP_TINH,
    subjectType: 'COLLECTIVE',
    recipientUnitId: ids[unit],
    achievementYear: year,
    blocId: ids.BLOC,
    ...extra,
  });

  it('rule 1: an award type goes only to the subjects it allows', async () => {
    const person = await mutateOk(client, 'createPerson', { fullName: 'Võ Thị Lan', unitId: ids.SO_YTE });
    await expectRefused(
      'createAwardDecision',
      decision([
        {
          awardTypeId: ids.CO_THI_DUA_CAP_TINH,
          subjectType: 'INDIVIDUAL',
          recipientPersonId: person.id,
          achievementYear: 2022,
          blocId: ids.BLOC,
        },
      ]),
      'SUBJECT_NOT_ALLOWED',
      ['awards', 0, 'subjectType'],
    );
    await expectRefused(
      'createAwardDecision',
      decision([
        {
          awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
          subjectType: 'COLLECTIVE',
          recipientPersonId: person.id,
          achievementYear: 2022,
        },
      ]),
      'EXACTLY_ONE_REQUIRED',
      ['awards', 0, 'recipientUnitId'],
    );
  });

  it('rule 2: one annual title per recipient per year — across decisions and within one', async () => {
    // The seed gave SO_GDDT the 2022 flag; a second one is refused even with an override reason.
    await expectRefused(
      'createAwardDecision',
      decision([flag('SO_GDDT', 2022, { flagOverrideReason: 'thử' })]),
      'ANNUAL_TITLE_TAKEN',
      ['awards', 0, 'awardTypeId'],
    );
    const title = {
      awardTypeId: ids.TAP_THE_LAO_DONG_XUAT_SAC,
      subjectType: 'COLLECTIVE',
      recipientUnitId: ids.SO_YTE,
      achievementYear: 2022,
    };
    await expectRefused('createAwardDecision', decision([title, title]), 'ANNUAL_TITLE_TAKEN', [
      'awards',
      1,
      'awardTypeId',
    ]);
    // A non-annual form can be given again.
    const merit = {
      awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
      subjectType: 'COLLECTIVE',
      recipientUnitId: ids.SO_YTE,
      achievementYear: 2022,
    };
    await mutateOk(client, 'createAwardDecision', decision([merit, merit]));
  });

  it("rule 3: the bloc's flag quota and the first rank, unless a reason is stated", async () => {
    await expectRefused('createAwardDecision', decision([flag('SO_TTTT', 2022)]), 'FLAG_QUOTA_EXCEEDED', [
      'awards',
      0,
      'flagOverrideReason',
    ]);
    // 2023 has no evaluation: no unit ranked first.
    await expectRefused(
      'createAwardDecision',
      decision([flag('SO_TTTT', 2023)], { signedOn: '2024-01-10' }),
      'FLAG_RECIPIENT_NOT_FIRST',
      ['awards', 0, 'recipientUnitId'],
    );
    await expectRefused(
      'createAwardDecision',
      decision([{ ...flag('SO_TTTT', 2023), blocId: null }], { signedOn: '2024-01-10' }),
      'INVALID_INPUT',
      ['awards', 0, 'blocId'],
    );
    const overridden = await mutateOk(
      client,
      'createAwardDecision',
      decision([flag('SO_TTTT', 2023, { flagOverrideReason: 'Thành tích đột xuất' })], { signedOn: '2024-01-10' }),
      'awards { nodes { flagOverrideReason } }',
    );
    expect(overridden.awards.nodes).toEqual([{ flagOverrideReason: 'Thành tích đột xuất' }]);
  });

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

  it('rule 6: a contribution is by a unit or a bloc, never negative; quantities of different kinds are not summed', async () => {
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
      `query($id: ID!) { evaluation(id: $id) { scores(first: 100) { nodes { id version points unit { code } criterion { code maxPoints } } } } }`,
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
      `query($id: ID!) { evaluation(id: $id) { results(orderBy: [{ field: RANK, direction: ASC }]) { nodes { unit { code } totalPoints rank } } } }`,
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

  it("rule 8: decision numbers unique per issuer and year; award level matches the decision's; revocation, never deletion", async () => {
    await expectRefused(
      'createAwardDecision',
      decision(
        [
          {
            awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
            subjectType: 'COLLECTIVE',
            recipientUnitId: ids.SO_YTE,
            achievementYear: 2022,
          },
        ],
        { decisionNo: '125/QĐ-UBND' },
      ),
      'DUPLICATE',
      ['decisionNo'],
    );
    await mutateOk(
      client,
      'createAwardDecision',
      decision(
        [
          {
            awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
            subjectType: 'COLLECTIVE',
            recipientUnitId: ids.SO_YTE,
            achievementYear: 2023,
          },
        ],
        { decisionNo: '125/QĐ-UBND', signedOn: '2024-01-16' },
      ),
    );
    await expectRefused(
      'createAwardDecision',
      decision([
        { awardTypeId: ids.GIAY_KHEN, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE, achievementYear: 2022 },
      ]),
      'LEVEL_MISMATCH',
      ['awards', 0, 'awardTypeId'],
    );

    const revoker = await mutateOk(
      client,
      'createAwardDecision',
      decision([
        {
          awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
          subjectType: 'COLLECTIVE',
          recipientUnitId: ids.SO_VHTTDL,
          achievementYear: 2022,
        },
      ]),
    );
    const award = await client.data(`query($id: ID!) { node(id: $id) { ... on Award { version } } }`, {
      id: ids.AWARD_BANG_KHEN_CHU_TICH_UBND_TINH,
    });
    await expectRefused(
      'revokeAward',
      {
        id: ids.AWARD_BANG_KHEN_CHU_TICH_UBND_TINH,
        expectedVersion: award.node.version,
        revokedByDecisionId: revoker.id,
        revokedOn: '2023-06-01',
        reason: '   ',
      },
      'INVALID_INPUT',
      ['reason'],
    );
    const revoked = await mutateOk(
      client,
      'revokeAward',
      {
        id: ids.AWARD_BANG_KHEN_CHU_TICH_UBND_TINH,
        expectedVersion: award.node.version,
        revokedByDecisionId: revoker.id,
        revokedOn: '2023-06-01',
        reason: 'Kê khai sai thành tích',
      },
      'status revokedOn revocationReason decision { status }',
    );
    expect(revoked).toEqual({
      status: 'REVOKED',
      revokedOn: '2023-06-01',
      revocationReason: 'Kê khai sai thành tích',
      decision: { status: 'PARTIALLY_REVOKED' },
    });
    await expectRefused(
      'revokeAward',
      {
        id: ids.AWARD_BANG_KHEN_CHU_TICH_UBND_TINH,
        expectedVersion: award.node.version + 1,
        revokedByDecisionId: revoker.id,
        revokedOn: '2023-06-01',
        reason: 'lần hai',
      },
      'ALREADY_REVOKED',
      ['id'],
    );
    const mutations = (
      await client.data(`{ __schema { mutationType { fields { name } } } }`)
    ).__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((name: string) => /^delete(Award|AwardDecision)$/.test(name))).toEqual([]);
  });

  it("rule 9: an award type is judged in force on the decision's date, and so is the base salary", async () => {
    const retired = await mutateOk(client, 'createAwardType', {
      code: 'BANG_KHEN_CU',
      name: 'Bằng khen (mẫu cũ)',
      category: 'CERTIFICATE_OF_MERIT',
      allowedSubjects: ['COLLECTIVE'],
      level: 'PROVINCE',
      prizeCoefficient: '1.00',
      effectiveTo: '2020-12-31',
    });
    await expectRefused(
      'createAwardDecision',
      decision([
        { awardTypeId: retired.id, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE, achievementYear: 2022 },
      ]),
      'NOT_IN_FORCE',
      ['awards', 0, 'awardTypeId'],
    );
    const old = await mutateOk(
      client,
      'createAwardDecision',
      decision(
        [{ awardTypeId: retired.id, subjectType: 'COLLECTIVE', recipientUnitId: ids.SO_YTE, achievementYear: 2019 }],
        { signedOn: '2020-02-01' },
      ),
      'awards { nodes { baseSalaryVnd prizeAmountVnd } }',
    );
    expect(old.awards.nodes).toEqual([{ baseSalaryVnd: '1490000', prizeAmountVnd: '1490000' }]);
    const later = await mutateOk(
      client,
      'createAwardDecision',
      decision(
        [
          {
            awardTypeId: ids.BANG_KHEN_CHU_TICH_UBND_TINH,
            subjectType: 'COLLECTIVE',
            recipientUnitId: ids.SO_YTE,
            achievementYear: 2024,
          },
        ],
        { signedOn: '2024-08-01' },
      ),
      'awards { nodes { baseSalaryVnd prizeAmountVnd } }',
    );
    expect(later.awards.nodes).toEqual([{ baseSalaryVnd: '2340000', prizeAmountVnd: '2340000' }]);
  });
});
