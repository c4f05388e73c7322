/**
 * Bình xét: criteria sets (a bloc's scoring framework for a year) and evaluations with their
 * scores. Points stay within each criterion's maximum (rule 7); each unit's total and rank are
 * derived from the scores and votes and rewritten whenever a score or vote changes — never typed in.
 */
import { writableFields } from '../entities/field';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { toGlobalId } from '../core/global-id';
import { rankResults, totalPointsByUnit } from './evaluation-ranking';
import { toHundredths } from '../core/hundredths';
import { lockBloc, requireMember } from './blocs-membership';
import { createRecord, type InputValues, type RecordWrites } from './record-service';
import { insertRecord, loadLive, updateRecord } from './record-writer';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import type { WriteContext } from './write-context';
import type { WriteScope } from './write-scope';

async function blocYearScope(
  scope: WriteScope,
  w: WriteContext,
  entity: typeof CriteriaSet | typeof Evaluation,
  id: number,
  what: string,
): Promise<void> {
  const parent = await w.manager.findOne(entity, { where: { id }, withDeleted: true });
  await scope.requireBloc(parent?.blocId ?? null, parent?.year ?? null, what);
}

export const CRITERIA_SET_RECORDS: RecordWrites<CriteriaSet> = {
  entity: CriteriaSet,
  vietnamese: 'bộ tiêu chí — criteria set',
  field: 'criteriaSet',
  fields: writableFields(CriteriaSet),
  immutable: ['blocId', 'year'],
  unique: [
    { columns: ['blocId', 'year'], field: 'year', message: 'The bloc already has a criteria set for this year' },
  ],
  scope: (scope, set) => scope.requireBloc(set.blocId, set.year, 'criteria of this bloc'),
};

export const CRITERION_RECORDS: RecordWrites<Criterion> = {
  entity: Criterion,
  vietnamese: 'tiêu chí — criterion',
  field: 'criterion',
  fields: writableFields(Criterion),
  immutable: ['criteriaSetId'],
  unique: [
    { columns: ['criteriaSetId', 'code'], field: 'code', message: 'The set already has a criterion with this code' },
  ],
  scope: (scope, c, w) => blocYearScope(scope, w, CriteriaSet, c.criteriaSetId, 'criteria of this bloc'),
  // Scores are written under the bloc's lock (they check membership): a maximum lowered now sees them all.
  async lock(w, c) {
    const set = await w.manager.findOne(CriteriaSet, { where: { id: c.criteriaSetId }, withDeleted: true });
    if (set) await lockBloc(w.manager, set.blocId);
  },
  async rules(w, c, before) {
    if (c.parentId !== null && c.parentId !== undefined) {
      const parent = await w.manager.findOneByOrFail(Criterion, { id: c.parentId });
      if (parent.criteriaSetId !== c.criteriaSetId || parent.id === c.id)
        refuse(UserErrorCode.INVALID_INPUT, 'The parent criterion belongs to another set', ['parentId']);
    }
    if (before) await requireScoresWithin(w, c);
  },
};

/** Rule 7 from the criterion's side: its maxima may not fall below points already given on it. */
async function requireScoresWithin(w: WriteContext, c: Criterion): Promise<void> {
  const [highest] = (await w.manager.query(
    'SELECT MAX(points) AS points, MAX(bonusPoints) AS bonus FROM evaluation_scores ' +
      'WHERE criterionId = ? AND deletedAt IS NULL',
    [c.id],
  )) as Array<{ points: string | number | null; bonus: string | number | null }>;
  if (
    highest?.points !== null &&
    highest?.points !== undefined &&
    toHundredths(String(highest.points)) > toHundredths(c.maxPoints)
  )
    refuse(
      UserErrorCode.POINTS_OUT_OF_RANGE,
      `maxPoints cannot be below the ${highest.points} points already given on this criterion (rule 7)`,
      ['maxPoints'],
    );
  if (
    highest?.bonus !== null &&
    highest?.bonus !== undefined &&
    toHundredths(String(highest.bonus)) > toHundredths(c.maxBonusPoints)
  )
    refuse(
      UserErrorCode.POINTS_OUT_OF_RANGE,
      `maxBonusPoints cannot be below the ${highest.bonus} bonus points already given on this criterion (rule 7)`,
      ['maxBonusPoints'],
    );
}

export interface CriterionLine {
  code: string;
  parentCode?: string | null;
}

/** The set and its criteria; a line's parentCode names an earlier line. */
export async function createCriteriaSet(
  w: WriteContext,
  input: object & { criteria: CriterionLine[] },
): Promise<CriteriaSet> {
  const set = await createRecord(w, CRITERIA_SET_RECORDS, input);
  const criteriaSetId = toGlobalId('CriteriaSet', set.id);
  const idByCode = new Map<string, number>();
  for (const [i, line] of input.criteria.entries()) {
    const { parentCode, ...fields } = line;
    const parentId = parentCode ? idByCode.get(parentCode) : undefined;
    if (parentCode && parentId === undefined)
      refuse(UserErrorCode.INVALID_INPUT, `parentCode "${parentCode}" does not name an earlier criterion of this set`, [
        'criteria',
        i,
        'parentCode',
      ]);
    const criterion = await atLine(['criteria', i], () =>
      createRecord(w, CRITERION_RECORDS, {
        ...fields,
        criteriaSetId,
        parentId: parentId ? toGlobalId('Criterion', parentId) : null,
      }),
    );
    idByCode.set(criterion.code, criterion.id);
  }
  return set;
}

export const EVALUATION_RECORDS: RecordWrites<Evaluation> = {
  entity: Evaluation,
  vietnamese: 'bình xét thi đua — evaluation',
  field: 'evaluation',
  fields: writableFields(Evaluation),
  immutable: ['blocId', 'year', 'criteriaSetId'],
  unique: [{ columns: ['blocId', 'year'], field: 'year', message: 'The bloc already has an evaluation for this year' }],
  scope: (scope, e) => scope.requireBloc(e.blocId, e.year, 'evaluations of this bloc'),
  async rules(w, e) {
    if (e.criteriaSetId === null || e.criteriaSetId === undefined) return;
    const set = await w.manager.findOneByOrFail(CriteriaSet, { id: e.criteriaSetId });
    if (set.blocId !== e.blocId || set.year !== e.year)
      refuse(UserErrorCode.INVALID_INPUT, 'The criteria set belongs to another bloc or year', ['criteriaSetId']);
  },
};

export const SCORE_RECORDS: RecordWrites<EvaluationScore> = {
  entity: EvaluationScore,
  vietnamese: 'điểm chấm — evaluation score',
  field: 'score',
  fields: writableFields(EvaluationScore),
  immutable: ['evaluationId', 'unitId', 'criterionId'],
  unique: [
    {
      columns: ['evaluationId', 'unitId', 'criterionId'],
      field: 'criterionId',
      message: 'The unit already has a score on this criterion',
    },
  ],
  scope: (scope, s, w) => blocYearScope(scope, w, Evaluation, s.evaluationId, 'scores of this bloc'),
  async rules(w, s) {
    const evaluation = await loadLive(w.manager, Evaluation, s.evaluationId, ['evaluationId']);
    await requireMember(w.manager, evaluation.blocId, s.unitId, evaluation.year, 'A scored unit', ['unitId']);
    const criterion = await w.manager.findOneByOrFail(Criterion, { id: s.criterionId });
    if (criterion.criteriaSetId !== evaluation.criteriaSetId)
      refuse(UserErrorCode.INVALID_INPUT, "The criterion is not in the evaluation's criteria set", ['criterionId']);
    if (toHundredths(s.points) > toHundredths(criterion.maxPoints))
      refuse(
        UserErrorCode.POINTS_OUT_OF_RANGE,
        `points cannot exceed the criterion's maximum of ${criterion.maxPoints}`,
        ['points'],
      );
    if (toHundredths(s.bonusPoints ?? '0') > toHundredths(criterion.maxBonusPoints))
      refuse(
        UserErrorCode.POINTS_OUT_OF_RANGE,
        `bonusPoints cannot exceed the criterion's maximum bonus of ${criterion.maxBonusPoints}`,
        ['bonusPoints'],
      );
  },
  afterWrite: (w, s) => deriveResults(w, s.evaluationId),
};

export const RESULT_RECORDS: RecordWrites<EvaluationResult> = {
  entity: EvaluationResult,
  vietnamese: 'kết quả bình xét — evaluation result',
  field: 'result',
  // Total and rank are derived: only votes and the proposal are written.
  fields: writableFields(EvaluationResult),
  immutable: ['evaluationId', 'unitId'],
  unique: [
    {
      columns: ['evaluationId', 'unitId'],
      field: 'unitId',
      message: 'The unit already has a result in this evaluation',
    },
  ],
  scope: (scope, r, w) => blocYearScope(scope, w, Evaluation, r.evaluationId, 'results of this bloc'),
  async rules(w, r) {
    const evaluation = await loadLive(w.manager, Evaluation, r.evaluationId, ['evaluationId']);
    await requireMember(w.manager, evaluation.blocId, r.unitId, evaluation.year, 'An evaluated unit', ['unitId']);
    if (
      r.votesFor !== null &&
      r.votesFor !== undefined &&
      r.votesCast !== null &&
      r.votesCast !== undefined &&
      r.votesFor > r.votesCast
    ) {
      refuse(UserErrorCode.INVALID_INPUT, 'votesFor cannot exceed votesCast', ['votesFor']);
    }
  },
  afterWrite: (w, r) => deriveResults(w, r.evaluationId),
};

/**
 * Rewrites every result's total and rank from the live scores and votes, creating the result of a
 * unit that has scores but none yet. Only rows whose figures change are written (and audited).
 */
export async function deriveResults(w: WriteContext, evaluationId: number): Promise<void> {
  const scores = await w.manager.find(EvaluationScore, {
    where: { evaluationId },
    select: { id: true, unitId: true, points: true, bonusPoints: true },
  });
  const totals = totalPointsByUnit(scores);
  const results = await w.manager.find(EvaluationResult, { where: { evaluationId } });
  for (const unitId of totals.keys()) {
    if (!results.some((r) => r.unitId === unitId)) {
      results.push(
        await insertRecord(w, EvaluationResult, {
          evaluationId,
          unitId,
          totalPoints: totals.get(unitId),
          rank: null,
        } as Partial<EvaluationResult>),
      );
    }
  }
  const ranked = rankResults(
    results.map((r) => ({ unitId: r.unitId, totalPoints: totals.get(r.unitId) ?? '0.00', votesFor: r.votesFor })),
  );
  for (const result of results) {
    const target = ranked.find((r) => r.unitId === result.unitId)!;
    if (toHundredths(result.totalPoints) !== toHundredths(target.totalPoints) || result.rank !== target.rank) {
      await updateRecord(w, EvaluationResult, result, result.version, {
        totalPoints: target.totalPoints,
        rank: target.rank,
      });
    }
  }
}

export interface EvaluationLines extends InputValues {
  scores: object[];
  votes: object[];
}

/** The evaluation with its scores and votes; totals and ranks follow from them. */
export async function createEvaluation(w: WriteContext, input: EvaluationLines): Promise<Evaluation> {
  const evaluation = await createRecord(w, EVALUATION_RECORDS, input);
  const evaluationId = toGlobalId('Evaluation', evaluation.id);
  const lines = { ...SCORE_RECORDS, afterWrite: undefined };
  for (const [i, line] of input.scores.entries())
    await atLine(['scores', i], () => createRecord(w, lines, { ...line, evaluationId }));
  const votes = { ...RESULT_RECORDS, afterWrite: undefined };
  for (const [i, line] of input.votes.entries())
    await atLine(['votes', i], () => createRecord(w, votes, { ...line, evaluationId }));
  await deriveResults(w, evaluation.id);
  return evaluation;
}
