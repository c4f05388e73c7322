import { EvaluationMethod } from '../entities/enums';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';
import { UNITS } from './organisation';

export const CRITERIA_SETS: DeclaredList<CriteriaSet> = declareList<CriteriaSet>({
  entity: CriteriaSet,
  typeName: 'CriteriaSet',
  vietnamese: 'bộ tiêu chí',
  alias: 'cs',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'CriteriaSet', description: 'Mã định danh — the set itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    year: { kind: 'int', description: 'Năm — the year.' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const CRITERIA: DeclaredList<Criterion> = declareList<Criterion>({
  entity: Criterion,
  typeName: 'Criterion',
  vietnamese: 'tiêu chí',
  alias: 'cr',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Criterion', description: 'Mã định danh — the criterion itself.' },
    criteriaSetId: { kind: 'id', of: 'CriteriaSet', description: 'Bộ tiêu chí — the set, by ID.' },
    parentId: {
      kind: 'id',
      of: 'Criterion',
      description: 'Nhóm tiêu chí — the parent criterion, by ID (isNull: true for top-level groups).',
    },
    code: { kind: 'string', description: 'Mã tiêu chí — the code.' },
    name: { kind: 'string', description: 'Tên tiêu chí — the name.' },
    maxPoints: { kind: 'decimal', description: 'Điểm tối đa — the most points.' },
  },
  order: {
    SORT_ORDER: { column: 'sortOrder', description: 'Thứ tự — by position in the set.' },
    CODE: { column: 'code', description: 'Mã — by code.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'sortOrder', direction: 'ASC' }],
});

export const EVALUATIONS: DeclaredList<Evaluation> = declareList<Evaluation>({
  entity: Evaluation,
  typeName: 'Evaluation',
  vietnamese: 'bình xét thi đua',
  alias: 'ev',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Evaluation', description: 'Mã định danh — the evaluation itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    year: { kind: 'int', description: 'Năm — the year evaluated.' },
    heldOn: { kind: 'date', description: 'Ngày họp — the meeting date.' },
    method: {
      kind: 'enum',
      enum: EvaluationMethod,
      enumName: 'EvaluationMethod',
      vietnamese: 'phương thức bình xét',
      description: 'Phương thức — scores, votes or both.',
    },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    HELD_ON: { column: 'heldOn', description: 'Ngày họp — by meeting date.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});

export const EVALUATION_SCORES: DeclaredList<EvaluationScore> = declareList<EvaluationScore>({
  entity: EvaluationScore,
  typeName: 'EvaluationScore',
  vietnamese: 'điểm chấm',
  alias: 'es',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'EvaluationScore', description: 'Mã định danh — the score itself.' },
    evaluationId: { kind: 'id', of: 'Evaluation', description: 'Bình xét — the evaluation, by ID.' },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị — the unit scored, by ID.' },
    criterionId: { kind: 'id', of: 'Criterion', description: 'Tiêu chí — the criterion, by ID.' },
    points: { kind: 'decimal', description: 'Điểm — the points.' },
  },
  order: {
    POINTS: { column: 'points', description: 'Điểm — by points.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'id', direction: 'ASC' }],
});

export const EVALUATION_RESULTS: DeclaredList<EvaluationResult> = declareList<EvaluationResult>({
  entity: EvaluationResult,
  typeName: 'EvaluationResult',
  vietnamese: 'kết quả bình xét',
  alias: 'er',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'EvaluationResult', description: 'Mã định danh — the result itself.' },
    evaluationId: { kind: 'id', of: 'Evaluation', description: 'Bình xét — the evaluation, by ID.' },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị — the unit, by ID.' },
    totalPoints: { kind: 'decimal', description: 'Tổng điểm — the total.' },
    rank: { kind: 'int', description: 'Xếp hạng — the rank.' },
    evaluation: {
      kind: 'toOne',
      column: 'evaluationId',
      list: () => EVALUATIONS,
      description: 'Bình xét — conditions on the evaluation (e.g. its bloc and year).',
    },
    unit: { kind: 'toOne', column: 'unitId', list: () => UNITS, description: 'Đơn vị — conditions on the unit.' },
  },
  order: {
    RANK: { column: 'rank', description: 'Xếp hạng — by rank.' },
    TOTAL_POINTS: { column: 'totalPoints', description: 'Tổng điểm — by total.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'rank', direction: 'ASC' }],
});
