/**
 * Versioned award rules: a decision is paid by the legal version of its award type in force on its
 * signing date, with the base salary in force then; a figure the law does not give is refused naming
 * the missing version; ADMIN keys add and correct versions, and overlapping periods are refused, also
 * when sent at once.
 */
import { articleRules } from './helpers/article-rules';
import { describeEachEngine } from './helpers/engines';
import { mutateOk, runMutation } from './helpers/mutations';

const PAID =
  'awards { nodes { prizeCoefficient baseSalaryVnd prizeAmountVnd awardTypeVersion { legalBasis unconfirmed } } }';

describeEachEngine('versioned award rules', (ctx) => {
  const { client, ids, expectRefused, decision, flag } = articleRules(ctx);
  const override = { flagOverrideReason: 'Thành tích dẫn đầu khối' };

  it('pays a provincial flag by Decree 98/2023 and the base salary in force on the signing date', async () => {
    const march = await mutateOk(
      client,
      'createAwardDecision',
      decision([flag('SO_TTTT', 2023, override)], { signedOn: '2024-03-15' }),
      PAID,
    );
    expect(march.awards.nodes[0]).toMatchObject({ baseSalaryVnd: '1800000', prizeAmountVnd: '14400000' });
    expect(march.awards.nodes[0].awardTypeVersion).toEqual({
      legalBasis: 'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP',
      unconfirmed: false,
    });
    const december = await mutateOk(
      client,
      'createAwardDecision',
      decision([flag('SO_GDDT', 2024, override)], { signedOn: '2024-12-10' }),
      PAID,
    );
    expect(december.awards.nodes[0]).toMatchObject({ baseSalaryVnd: '2340000', prizeAmountVnd: '18720000' });
  });

  it('pays a provincial emulation fighter from the 2026 base salary, flagged unconfirmed', async () => {
    const person = await mutateOk(client, 'createPerson', { fullName: 'Trần Văn Bình', unitId: ids.SO_YTE });
    const paid = await mutateOk(
      client,
      'createAwardDecision',
      decision(
        [
          {
            awardTypeId: ids.CHIEN_SI_THI_DUA_CAP_TINH,
            subjectType: 'INDIVIDUAL',
            recipientPersonId: person.id,
            achievementYear: 2026,
          },
        ],
        { signedOn: '2026-09-01' },
      ),
      PAID,
    );
    expect(paid.awards.nodes[0]).toMatchObject({ baseSalaryVnd: '2530000', prizeAmountVnd: '7590000' });
    expect(paid.awards.nodes[0].awardTypeVersion).toEqual({
      legalBasis: 'Nghị định 152/2025/NĐ-CP',
      unconfirmed: true,
    });
    const salaries = await client.data('{ baseSalaries(first: 1) { nodes { amountVnd unconfirmed } } }');
    expect(salaries.baseSalaries.nodes).toEqual([{ amountVnd: '2530000', unconfirmed: true }]);
  });

  it('refuses a decision whose figure the law does not give, naming the missing version', async () => {
    await expectRefused(
      'createAwardDecision',
      decision([flag('SO_TTTT', 2025, override)], { signedOn: '2025-08-01' }),
      'NO_AWARD_VERSION',
      ['awards', 0, 'awardTypeId'],
    );
    const result = await runMutation(
      client,
      'createAwardDecision',
      decision([flag('SO_TTTT', 2025, override)], { signedOn: '2025-08-01' }),
    );
    expect(result.userErrors[0].message).toContain('CO_THI_DUA_CAP_TINH');
    expect(result.userErrors[0].message).toContain('2025-08-01');
  });

  it('lets an administrator add and correct versions, never overlapping, readable on the type', async () => {
    const seeded = await client.data(
      `query($id: ID!) { awardType(id: $id) { prizeCoefficient
         versions { id version effectiveFrom effectiveTo collectiveCoefficient }
         on: versionOn(date: "2025-08-01") { id } b: versionOn(date: "2024-12-10") { collectiveCoefficient } } }`,
      { id: ids.CO_THI_DUA_CAP_TINH },
    );
    expect(seeded.awardType.prizeCoefficient).toBe('8.00');
    expect(seeded.awardType.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
      '2017-07-31',
      '2024-01-01',
    ]);
    expect(seeded.awardType.on).toBeNull();
    expect(seeded.awardType.b).toEqual({ collectiveCoefficient: '8.00' });
    const newer = {
      awardTypeId: ids.CO_THI_DUA_CAP_TINH,
      legalBasis: 'Nghị định 152/2025/NĐ-CP',
      effectiveFrom: '2025-06-01',
      collectiveCoefficient: '8.00',
    };
    await expectRefused('createAwardTypeVersion', newer, 'OVERLAPPING_VERSION', ['effectiveFrom']);
    const added = await mutateOk(client, 'createAwardTypeVersion', { ...newer, effectiveFrom: '2025-07-01' });
    const decided = await mutateOk(
      client,
      'createAwardDecision',
      decision([flag('SO_TTTT', 2025, override)], { signedOn: '2025-08-01' }),
      PAID,
    );
    expect(decided.awards.nodes[0]).toMatchObject({ prizeCoefficient: '8.00', prizeAmountVnd: '18720000' });
    const b = seeded.awardType.versions[1];
    await expectRefused(
      'updateAwardTypeVersion',
      { id: b.id, expectedVersion: b.version, effectiveTo: '2025-07-31' },
      'OVERLAPPING_VERSION',
      ['effectiveFrom'],
    );
    await expectRefused(
      'updateAwardTypeVersion',
      { id: added.id, expectedVersion: added.version, effectiveFrom: '2025-06-30' },
      'OVERLAPPING_VERSION',
      ['effectiveFrom'],
    );
  });

  it('writes exactly one of several overlapping versions sent at once', async () => {
    const type = await mutateOk(client, 'createAwardType', {
      code: 'BANG_KHEN_DUA',
      name: 'Bằng khen thử',
      category: 'CERTIFICATE_OF_MERIT',
      allowedSubjects: ['INDIVIDUAL'],
      level: 'PROVINCE',
    });
    for (let i = 0; i < 5; i += 1) {
      const from = `${2030 + i}-01-01`;
      const replies = await Promise.all(
        [0, 1, 2, 3].map((n) =>
          runMutation(client, 'createAwardTypeVersion', {
            awardTypeId: type.id,
            legalBasis: `Văn bản ${i}.${n}`,
            effectiveFrom: from,
            effectiveTo: `${2030 + i}-12-31`,
            individualCoefficient: '1.00',
          }),
        ),
      );
      expect(replies.filter((r) => r.record).length).toBe(1);
    }
  });
});
