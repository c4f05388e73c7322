/**
 * A revocation is a legal act of its own (rule 8): the revoking decision must be in effect, no older
 * than what it revokes, and issued by the same authority or a higher one; the revocation date cannot
 * precede the revoked decision. Each is broken on the article's decision and must be refused with
 * the database unchanged; a proper revocation goes through.
 */
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

describeEachEngine('revocations by a competent, later decision', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  const ids: Record<string, string> = {};
  let award = { id: '', version: 0 };

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await client.data(`{ units(first: 20) { nodes { id code } } awardTypes(first: 50) { nodes { id code } }
      awardDecisions { nodes { awards { nodes { id version awardType { code } } } } } }`);
    for (const { id, code } of [...data.units.nodes, ...data.awardTypes.nodes]) ids[code] = id;
    award = data.awardDecisions.nodes[0].awards.nodes.find(
      (a: { awardType: { code: string } }) => a.awardType.code === 'BANG_KHEN_CHU_TICH_UBND_TINH',
    );
  });

  /** A decision with one certificate to a household, signed on `signedOn` by `issuer`. */
  function decision(no: string, signedOn: string, issuer: string, level: string, typeCode: string) {
    return mutateOk(client, 'createAwardDecision', {
      decisionNo: no,
      signedOn,
      issuingUnitId: ids[issuer],
      level,
      commendationType: 'MERIT',
      awards: [
        {
          awardTypeId: ids[typeCode],
          subjectType: 'HOUSEHOLD',
          recipientHouseholdName: `Hộ gia đình ${no}`,
          achievementYear: 2022,
        },
      ],
    });
  }

  async function expectRefused(input: object, code: string, field: string): Promise<void> {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(client, 'revokeAward', { id: award.id, expectedVersion: award.version, ...input });
    expect(result.errors).toBeUndefined();
    expect(result.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  }

  const reason = 'Khen thưởng không đúng đối tượng';

  it('refuses a revoking decision older than the decision it revokes', async () => {
    const older = await decision('10/QĐ-UBND', '2022-11-30', 'UBND_TINH', 'PROVINCE', 'BANG_KHEN_CHU_TICH_UBND_TINH');
    await expectRefused(
      { revokedByDecisionId: older.id, revokedOn: '2023-06-01', reason },
      'INVALID_INPUT',
      'revokedByDecisionId',
    );
  });

  it('refuses a revoking decision of a lower authority', async () => {
    const lower = await decision('20/QĐ-SYT', '2023-05-01', 'SO_YTE', 'DEPARTMENT', 'GIAY_KHEN');
    await expectRefused(
      { revokedByDecisionId: lower.id, revokedOn: '2023-06-01', reason },
      'LEVEL_MISMATCH',
      'revokedByDecisionId',
    );
  });

  it('refuses a revoking decision that is itself revoked, and a date before the revoked decision', async () => {
    const first = await decision('30/QĐ-UBND', '2023-05-02', 'UBND_TINH', 'PROVINCE', 'BANG_KHEN_CHU_TICH_UBND_TINH');
    const second = await decision('31/QĐ-UBND', '2023-05-03', 'UBND_TINH', 'PROVINCE', 'BANG_KHEN_CHU_TICH_UBND_TINH');
    await mutateOk(client, 'revokeAwardDecision', {
      id: first.id,
      expectedVersion: first.version,
      revokedByDecisionId: second.id,
      revokedOn: '2023-05-03',
      reason,
    });
    await expectRefused(
      { revokedByDecisionId: first.id, revokedOn: '2023-06-01', reason },
      'INVALID_INPUT',
      'revokedByDecisionId',
    );
    await expectRefused(
      { revokedByDecisionId: second.id, revokedOn: '2022-12-31', reason },
      'INVALID_INPUT',
      'revokedOn',
    );
  });

  it('revokes by a later decision of the same issuer', async () => {
    const later = await decision('40/QĐ-UBND', '2023-06-10', 'UBND_TINH', 'PROVINCE', 'BANG_KHEN_CHU_TICH_UBND_TINH');
    const revoked = await mutateOk(
      client,
      'revokeAward',
      { id: award.id, expectedVersion: award.version, revokedByDecisionId: later.id, revokedOn: '2023-06-10', reason },
      'status revokedOn',
    );
    expect(revoked).toEqual({ status: 'REVOKED', revokedOn: '2023-06-10' });
  });
});
