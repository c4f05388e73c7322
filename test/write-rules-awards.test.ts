/**
 * Every rule of the domain ("The rules the service keeps" in docs/domain.md), each tried and broken
 * on the article's data: the mutation is refused with the rule's code, pointing at the input at
 * fault, and the database is exactly as it was. This file: the awards rules (1, 2, 3, 8, 9).
 */
import { articleRules } from './helpers/article-rules';
import { describeEachEngine } from './helpers/engines';
import { mutateOk } from './helpers/mutations';

describeEachEngine('domain rules on writes: awards', (ctx) => {
  const { client, ids, expectRefused, decision, flag } = articleRules(ctx);

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

  it("rule 8: decision numbers unique per issuer and year; award level is the decision's; not deleted", async () => {
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
