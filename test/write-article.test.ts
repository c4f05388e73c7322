/**
 * The acceptance path: an administrator records the whole article through mutations alone, from an
 * empty database — catalogue, units, bloc, members and leaders, movements and outcome, fund and
 * contributions, contest and prizes, criteria and evaluation, the 2023 pledge, a decision and its
 * awards — then reads it back and checks what was derived.
 */
import * as article from '../src/seed/article-data';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk } from './helpers/mutations';

describeEachEngine('the article recorded through mutations alone', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const ids = new Map<string, string>();
  const id = (code: string): string => {
    const found = ids.get(code);
    if (!found) throw new Error(`nothing recorded as ${code}`);
    return found;
  };
  let mutations = 0;
  const ok = async (name: string, input: object, selection?: string): Promise<any> => {
    mutations += 1;
    return mutateOk(client, name, input, selection);
  };
  /** Records and remembers the new record's id under a key. */
  const keep = async (key: string, name: string, input: object): Promise<void> => {
    ids.set(key, (await ok(name, input)).id);
  };

  it('records every fact of the article, each mutation writing one audit event', async () => {
    for (const kind of [
      { code: 'HOUSE', name: 'Nhà ở xây tặng', unitOfMeasure: 'căn' },
      { code: 'STUDENT_SUPPORT', name: 'Hỗ trợ học sinh có hoàn cảnh khó khăn', unitOfMeasure: 'học sinh' },
      { code: 'LOAN_SUPPORT', name: 'Hỗ trợ vay vốn tín dụng ưu đãi', unitOfMeasure: 'hộ' },
    ])
      ids.set(kind.code, (await ok('createContributionKind', kind)).id);
    await keep('FLAG', 'createAwardType', {
      code: 'CO_THI_DUA_CAP_TINH',
      name: 'Cờ thi đua cấp tỉnh',
      category: 'TITLE',
      allowedSubjects: ['COLLECTIVE'],
      level: 'PROVINCE',
      isAnnual: true,
      prizeCoefficient: '15.50',
    });
    await keep('MERIT', 'createAwardType', {
      code: 'BANG_KHEN_CHU_TICH_UBND_TINH',
      name: 'Bằng khen của Chủ tịch UBND tỉnh',
      category: 'CERTIFICATE_OF_MERIT',
      allowedSubjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
      level: 'PROVINCE',
      prizeCoefficient: '1.00',
    });
    await ok('createBaseSalary', {
      amountVnd: '1490000',
      effectiveFrom: '2019-07-01',
      legalBasis: 'Nghị định 38/2019/NĐ-CP',
    });
    await ok('createBaseSalary', {
      amountVnd: '1800000',
      effectiveFrom: '2023-07-01',
      legalBasis: 'Nghị định 24/2023/NĐ-CP',
    });

    ids.set(article.PROVINCIAL_COMMITTEE.code, (await ok('createUnit', article.PROVINCIAL_COMMITTEE)).id);
    for (const unit of article.MEMBER_UNITS)
      ids.set(unit.code, (await ok('createUnit', { ...unit, parentId: id(article.PROVINCIAL_COMMITTEE.code) })).id);
    await keep('BLOC', 'createEmulationBloc', {
      ...article.BLOC,
      kind: 'BLOC',
      managingUnitId: id(article.PROVINCIAL_COMMITTEE.code),
    });
    for (const unit of article.MEMBER_UNITS)
      await ok('createBlocMembership', { blocId: id('BLOC'), unitId: id(unit.code), fromYear: 2022 });
    for (const l of article.ILLUSTRATIVE_LEADERSHIP)
      await ok('createBlocLeadership', {
        blocId: id('BLOC'),
        year: l.year,
        role: l.role,
        unitId: id(l.unitCode),
        isIllustrative: true,
      });

    for (const [key, movement] of Object.entries(article.MOVEMENTS))
      ids.set(key, (await ok('createMovement', { ...movement, kind: 'REGULAR', scope: 'NATIONAL' })).id);
    await ok('createMovementOutcome', {
      movementId: id('newRural'),
      year: 2022,
      indicator: 'HUYEN_DAT_CHUAN_NTM',
      value: '7',
      unitOfMeasure: 'huyện',
      sourceRef: article.ARTICLE_SOURCE,
    });
    ids.set('EVENT', (await ok('createEvent', { ...article.EVENT, blocId: id('BLOC'), kind: 'YEAR_END_REVIEW' })).id);
    ids.set('FUND', (await ok('createFund', { ...article.FUND, purpose: 'SOCIAL', ownerBlocId: id('BLOC') })).id);

    const poverty = { movementId: id('poverty'), year: 2022, blocId: id('BLOC'), sourceRef: article.ARTICLE_SOURCE };
    const batch = await ok(
      'createContributions',
      {
        contributions: [
          { ...poverty, kindId: id('HOUSE'), quantity: 8, amountVnd: '800000000' },
          { ...poverty, kindId: id('STUDENT_SUPPORT'), quantity: 25, fundId: id('FUND') },
          { ...poverty, kindId: id('LOAN_SUPPORT'), beneficiaryNote: 'Hỗ trợ vay vốn ưu đãi (không nêu số liệu)' },
        ],
      },
      'id kind { code } quantity amountVnd',
    );
    expect(batch.map((c: { kind: { code: string } }) => c.kind.code)).toEqual([
      'HOUSE',
      'STUDENT_SUPPORT',
      'LOAN_SUPPORT',
    ]);

    const contest = await ok('createContest', {
      ...article.CONTEST,
      organiserBlocId: id('BLOC'),
      awardEventId: id('EVENT'),
    });
    for (const prize of article.ILLUSTRATIVE_UNIT_PRIZES)
      await ok('createContestPrize', {
        contestId: contest.id,
        rank: prize.rank,
        recipientUnitId: id(prize.unitCode),
        amountVnd: prize.amountVnd,
        isIllustrative: true,
      });
    for (const prize of article.ILLUSTRATIVE_PERSON_PRIZES) {
      const person = await ok('createPerson', {
        fullName: prize.fullName,
        gender: prize.gender,
        unitId: id(prize.unitCode),
        position: prize.position,
        isIllustrative: true,
      });
      const recorded = await ok(
        'createContestPrize',
        {
          contestId: contest.id,
          rank: prize.rank,
          recipientPersonId: person.id,
          amountVnd: prize.amountVnd,
          isIllustrative: true,
        },
        'recipientNameSnapshot',
      );
      expect(recorded.recipientNameSnapshot).toBe(prize.fullName);
    }

    const criteriaSet = await ok(
      'createCriteriaSet',
      {
        blocId: id('BLOC'),
        year: 2022,
        maxTotal: '110.00',
        isIllustrative: true,
        criteria: article.ILLUSTRATIVE_CRITERIA.map((c, i) => ({ ...c, sortOrder: i + 1 })),
      },
      'id criteria { nodes { id code } }',
    );
    const criterionId = new Map<string, string>(
      criteriaSet.criteria.nodes.map((c: { id: string; code: string }) => [c.code, c.id]),
    );
    const scores = article.ILLUSTRATIVE_SCORES.flatMap((s) =>
      (['TC1', 'TC2', 'TC3'] as const).map((code, i) => ({
        unitId: id(s.unitCode),
        criterionId: criterionId.get(code),
        points: s.points[i],
        bonusPoints: code === 'TC1' ? s.bonus : '0',
      })),
    );
    const votes = article.ILLUSTRATIVE_SCORES.map((s) => ({
      unitId: id(s.unitCode),
      votesFor: s.votesFor,
      votesCast: 7,
    }));
    await ok('createEvaluation', {
      blocId: id('BLOC'),
      year: 2022,
      criteriaSetId: criteriaSet.id,
      heldOn: '2022-12-12',
      eventId: id('EVENT'),
      method: 'SCORE_AND_VOTE',
      isIllustrative: true,
      scores,
      votes,
    });

    const pledge = await ok(
      'createPledge',
      {
        blocId: id('BLOC'),
        year: 2023,
        signedOn: '2022-12-12',
        content: article.PLEDGE_2023_CONTENT,
        eventId: id('EVENT'),
        signatories: article.MEMBER_UNITS.map((u) => ({ unitId: id(u.code) })),
        targets: article.ILLUSTRATIVE_TARGETS.map((t) => ({
          kindId: id(t.kindCode),
          movementId: id('poverty'),
          targetQuantity: t.targetQuantity,
          targetAmountVnd: t.targetAmountVnd,
          description: t.description,
          isIllustrative: true,
        })),
      },
      'id year signedOn signatories { totalCount } targets { totalCount }',
    );
    expect(pledge).toMatchObject({
      year: 2023,
      signedOn: '2022-12-12',
      signatories: { totalCount: 7 },
      targets: { totalCount: 2 },
    });

    const decision = await ok(
      'createAwardDecision',
      {
        ...article.ILLUSTRATIVE_DECISION,
        issuingUnitId: id(article.PROVINCIAL_COMMITTEE.code),
        level: 'PROVINCE',
        commendationType: 'MERIT',
        isIllustrative: true,
        awards: [
          {
            awardTypeId: id('FLAG'),
            subjectType: 'COLLECTIVE',
            recipientUnitId: id('SO_GDDT'),
            achievementYear: 2022,
            blocId: id('BLOC'),
          },
          {
            awardTypeId: id('MERIT'),
            subjectType: 'COLLECTIVE',
            recipientUnitId: id('SO_TTTT'),
            achievementYear: 2022,
            blocId: id('BLOC'),
          },
        ],
      },
      'id signedYear status awards { nodes { recipientNameSnapshot prizeCoefficient baseSalaryVnd prizeAmountVnd ' +
        'status } }',
    );
    expect(decision.awards.nodes).toEqual([
      {
        recipientNameSnapshot: 'Sở Giáo dục và Đào tạo',
        prizeCoefficient: '15.50',
        baseSalaryVnd: '1490000',
        prizeAmountVnd: '23095000',
        status: 'ACTIVE',
      },
      {
        recipientNameSnapshot: 'Sở Thông tin và Truyền thông',
        prizeCoefficient: '1.00',
        baseSalaryVnd: '1490000',
        prizeAmountVnd: '1490000',
        status: 'ACTIVE',
      },
    ]);

    const audit = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM audit_events');
    expect(Number(audit[0].n)).toBe(mutations);
  });

  it("answers the article's figures from what the mutations recorded", async () => {
    const data = await client.data(
      `query($bloc: ID!, $movement: ID!) {
        contributions(
          filter: { bloc: { id: { eq: $bloc } }, movement: { id: { eq: $movement } }, year: { eq: 2022 } }
        ) {
          nodes { kind { code } quantity amountVnd }
        }
        emulationBloc(id: $bloc) {
          members(year: 2023) { totalCount }
          evaluations {
            nodes { results(orderBy: [{ field: RANK, direction: ASC }]) { nodes { unit { code } totalPoints rank } } }
          }
        }
      }`,
      { bloc: id('BLOC'), movement: id('poverty') },
    );
    expect(data.contributions.nodes).toEqual(
      expect.arrayContaining([
        { kind: { code: 'HOUSE' }, quantity: 8, amountVnd: '800000000' },
        { kind: { code: 'STUDENT_SUPPORT' }, quantity: 25, amountVnd: null },
      ]),
    );
    expect(data.emulationBloc.members.totalCount).toBe(7);
    const results = data.emulationBloc.evaluations.nodes[0].results.nodes;
    expect(results[0]).toEqual({ unit: { code: 'SO_GDDT' }, totalPoints: '98.50', rank: 1 });
    expect(results.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
