/**
 * The setting the rule-breaking tests share: the article's data seeded, every id they name, and
 * `expectRefused`, which runs a mutation that must be refused with a rule's code at the input at fault
 * and checks that the database is exactly as it was (every table's rows compared).
 */
import { seedArticle } from '../../src/seed/article';
import { databaseFingerprint } from './db-state';
import type { EngineContext } from './engines';
import { GraphQLTestClient } from './graphql-client';
import { mutateOk, runMutation } from './mutations';

export function articleRules(ctx: EngineContext) {
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

  return { client, ids, expectRefused, decision, flag };
}
