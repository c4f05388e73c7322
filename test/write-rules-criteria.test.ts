/**
 * Rule 7 from the criterion's side: a criterion's maximum (or maximum bonus) may not be lowered
 * below points already given on it — the update is refused with POINTS_OUT_OF_RANGE and the
 * database is unchanged; raising it, or lowering it to the highest score given, is fine.
 */
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mutateOk, runMutation } from './helpers/mutations';

interface Criterion {
  id: string;
  version: number;
  maxPoints: string;
  maxBonusPoints: string;
}

describeEachEngine('criteria under the scores given on them', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());
  beforeAll(() => seedArticle(ctx.dataSource));

  /** The first criterion with its highest points and bonus given. */
  async function scoredCriterion(): Promise<{ criterion: Criterion; points: number; bonus: number }> {
    const data = await client.data(`{ criteria(first: 1) { nodes { id version maxPoints maxBonusPoints } }
      evaluationScores(first: 100) { nodes { points bonusPoints criterion { id } } } }`);
    const criterion: Criterion = data.criteria.nodes[0];
    const scores = data.evaluationScores.nodes.filter((s: any) => s.criterion.id === criterion.id);
    expect(scores.length).toBeGreaterThan(0);
    return {
      criterion,
      points: Math.max(...scores.map((s: any) => Number(s.points))),
      bonus: Math.max(...scores.map((s: any) => Number(s.bonusPoints))),
    };
  }

  async function expectOutOfRange(input: object, field: string): Promise<void> {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await runMutation(client, 'updateCriterion', input);
    expect(result.errors).toBeUndefined();
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'POINTS_OUT_OF_RANGE', field: ['input', field] }),
    ]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
  }

  it('refuses a maximum lowered below points already given', async () => {
    const { criterion, points } = await scoredCriterion();
    const lower = (points - 0.5).toFixed(2);
    await expectOutOfRange({ id: criterion.id, expectedVersion: criterion.version, maxPoints: lower }, 'maxPoints');
  });

  it('refuses a maximum bonus lowered below bonus points already given', async () => {
    const { criterion, bonus } = await scoredCriterion();
    expect(bonus).toBeGreaterThan(0);
    const lower = (bonus - 0.25).toFixed(2);
    await expectOutOfRange(
      { id: criterion.id, expectedVersion: criterion.version, maxBonusPoints: lower },
      'maxBonusPoints',
    );
  });

  it('lets a maximum be raised, or lowered down to the highest score given', async () => {
    const { criterion, points } = await scoredCriterion();
    const raised = await mutateOk(
      client,
      'updateCriterion',
      { id: criterion.id, expectedVersion: criterion.version, maxPoints: (points + 10).toFixed(2) },
      'id version maxPoints',
    );
    const lowered = await mutateOk(
      client,
      'updateCriterion',
      { id: raised.id, expectedVersion: raised.version, maxPoints: points.toFixed(2) },
      'maxPoints',
    );
    expect(Number(lowered.maxPoints)).toBe(points);
  });
});
