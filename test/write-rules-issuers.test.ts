/**
 * Who issues what (rule 8 and the scope of a key): a decision's level is the issuing unit's — a
 * department cannot issue a PROVINCE decision, whatever the input says — and an EDITOR awards only
 * units and persons within its own scope. Each attempt is refused and writes nothing; the level is
 * derived when the input leaves it out.
 */
import { Role } from '../src/auth/caller';
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

describeEachEngine('decisions by their issuer, within the caller’s scope', (ctx) => {
  const admin = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => admin.stop());
  const ids: Record<string, string> = {};
  let editor: GraphQLTestClient;

  beforeAll(async () => {
    await seedArticle(ctx.dataSource);
    const data = await admin.data(`{ units(first: 20) { nodes { id databaseId code } }
      awardTypes(first: 50) { nodes { id code } } }`);
    for (const { id, code } of [...data.units.nodes, ...data.awardTypes.nodes]) ids[code] = id;
    const health = data.units.nodes.find((u: { code: string }) => u.code === 'SO_YTE');
    editor = admin.as({ keyId: 'editor-yte', role: Role.EDITOR, unitId: health.databaseId, name: 'Sở Y tế' });
  });

  const collective = (typeCode: string, unitCode: string) => ({
    awardTypeId: ids[typeCode],
    subjectType: 'COLLECTIVE',
    recipientUnitId: ids[unitCode],
    achievementYear: 2023,
  });

  it("refuses a department's decision at PROVINCE level, even for its own unit", async () => {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(editor, 'createAwardDecision', {
      decisionNo: '01/QĐ-SYT',
      signedOn: '2024-01-10',
      issuingUnitId: ids.SO_YTE,
      level: 'PROVINCE',
      commendationType: 'MERIT',
      awards: [collective('TAP_THE_LAO_DONG_XUAT_SAC', 'SO_YTE')],
    });
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'LEVEL_MISMATCH', field: ['input', 'level'] })]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  });

  it("refuses an EDITOR's award to a unit outside its scope", async () => {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(editor, 'createAwardDecision', {
      decisionNo: '02/QĐ-SYT',
      signedOn: '2024-01-10',
      issuingUnitId: ids.SO_YTE,
      commendationType: 'MERIT',
      awards: [collective('TAP_THE_LAO_DONG_TIEN_TIEN', 'SO_LDTBXH')],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  });

  it("derives the level from the issuer: a department's is DEPARTMENT, the committee's PROVINCE", async () => {
    const own = await mutateOk(
      editor,
      'createAwardDecision',
      {
        decisionNo: '03/QĐ-SYT',
        signedOn: '2024-01-10',
        issuingUnitId: ids.SO_YTE,
        commendationType: 'MERIT',
        awards: [collective('TAP_THE_LAO_DONG_TIEN_TIEN', 'SO_YTE')],
      },
      'level',
    );
    expect(own.level).toBe('DEPARTMENT');
    const province = await mutateOk(
      admin,
      'createAwardDecision',
      {
        decisionNo: '04/QĐ-UBND',
        signedOn: '2024-01-10',
        issuingUnitId: ids.UBND_TINH,
        commendationType: 'MERIT',
        awards: [collective('TAP_THE_LAO_DONG_XUAT_SAC', 'SO_YTE')],
      },
      'level',
    );
    expect(province.level).toBe('PROVINCE');
  });
});
