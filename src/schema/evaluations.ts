/**
 * Evaluations' lists and connections: criteria sets, criteria, evaluations, scores and results.
 * Filter fields and sort keys come from the entities' field declarations.
 */
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { declareList, type DeclaredList } from './define-list';
import { connectionType } from './page';

export const CRITERIA_SETS: DeclaredList<CriteriaSet> = declareList<CriteriaSet>({
  entity: CriteriaSet,
  typeName: 'CriteriaSet',
  vietnamese: 'bộ tiêu chí',
  alias: 'cs',
  softDelete: true,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CRITERIA: DeclaredList<Criterion> = declareList<Criterion>({
  entity: Criterion,
  typeName: 'Criterion',
  vietnamese: 'tiêu chí',
  alias: 'cr',
  softDelete: true,
  defaultOrder: [{ column: 'sortOrder', direction: 'ASC' }],
});

export const EVALUATIONS: DeclaredList<Evaluation> = declareList<Evaluation>({
  entity: Evaluation,
  typeName: 'Evaluation',
  vietnamese: 'bình xét thi đua',
  alias: 'ev',
  softDelete: true,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const EVALUATION_SCORES: DeclaredList<EvaluationScore> = declareList<EvaluationScore>({
  entity: EvaluationScore,
  typeName: 'EvaluationScore',
  vietnamese: 'điểm chấm',
  alias: 'es',
  softDelete: true,
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const EVALUATION_RESULTS: DeclaredList<EvaluationResult> = declareList<EvaluationResult>({
  entity: EvaluationResult,
  typeName: 'EvaluationResult',
  vietnamese: 'kết quả bình xét',
  alias: 'er',
  softDelete: true,
  defaultOrder: [{ column: 'rank', direction: 'ASC' }],
});

export const CriteriaSetConnection = connectionType(CriteriaSet, 'CriteriaSet', 'bộ tiêu chí');
export const CriterionConnection = connectionType(Criterion, 'Criterion', 'tiêu chí');
export const EvaluationConnection = connectionType(Evaluation, 'Evaluation', 'bình xét thi đua');
export const EvaluationScoreConnection = connectionType(EvaluationScore, 'EvaluationScore', 'điểm chấm');
export const EvaluationResultConnection = connectionType(EvaluationResult, 'EvaluationResult', 'kết quả bình xét');
