/**
 * createCriteriaSet (with its criteria) and createEvaluation (with scores and votes); the rest are
 * record mutations.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { CriteriaSet, Evaluation } from '../entities/evaluations';
import {
  addInputField,
  addLinesField,
  fieldsInputType,
  idempotencyKeyField,
  payloadType,
} from '../schema/record-inputs';
import {
  createCriteriaSet,
  createEvaluation,
  CRITERIA_SET_RECORDS,
  CRITERION_RECORDS,
  EVALUATION_RECORDS,
  RESULT_RECORDS,
  SCORE_RECORDS,
  type CriterionLine,
  type EvaluationLines,
} from '../services/evaluations';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { recordMutations } from './record-mutations';
import { replayOne } from './replay';

const CriterionLineInput = fieldsInputType(
  'CriterionLineInput',
  'Tiêu chí — one criterion of a new criteria set.',
  CRITERION_RECORDS.fields,
  ['criteriaSetId', 'parentId'],
);
addInputField(
  CriterionLineInput.prototype,
  'parentCode',
  { kind: 'string', max: 64, description: 'Mã nhóm — the code of an earlier line this criterion belongs to.' },
  false,
);
const CreateCriteriaSetInput = fieldsInputType(
  'CreateCriteriaSetInput',
  'Tạo bộ tiêu chí — the set and its criteria: all recorded, or none.',
  CRITERIA_SET_RECORDS.fields,
);
addLinesField(
  CreateCriteriaSetInput.prototype,
  'criteria',
  CriterionLineInput,
  'Tiêu chí — the criteria, groups before their members.',
);
idempotencyKeyField(CreateCriteriaSetInput.prototype);
const CreateCriteriaSetPayload = payloadType(
  'CreateCriteriaSetPayload',
  () => CriteriaSet,
  'criteriaSet',
  'Kết quả tạo bộ tiêu chí — the set, or why it was refused.',
);

const ScoreLineInput = fieldsInputType(
  'EvaluationScoreLineInput',
  "Điểm — one unit's points on one criterion.",
  SCORE_RECORDS.fields,
  ['evaluationId'],
);
const VoteLineInput = fieldsInputType(
  'EvaluationVoteLineInput',
  "Phiếu — one unit's votes and proposed award.",
  RESULT_RECORDS.fields,
  ['evaluationId'],
);
const CreateEvaluationInput = fieldsInputType(
  'CreateEvaluationInput',
  'Tạo bình xét — the evaluation, its scores and votes: all recorded, or none. Totals and ranks are derived.',
  EVALUATION_RECORDS.fields,
);
addLinesField(CreateEvaluationInput.prototype, 'scores', ScoreLineInput, 'Điểm — the points given (rule 7).');
addLinesField(
  CreateEvaluationInput.prototype,
  'votes',
  VoteLineInput,
  'Phiếu — the votes per unit (they break ties of equal totals).',
);
idempotencyKeyField(CreateEvaluationInput.prototype);
const CreateEvaluationPayload = payloadType(
  'CreateEvaluationPayload',
  () => Evaluation,
  'evaluation',
  'Kết quả tạo bình xét — the evaluation, or why it was refused.',
);

@Resolver()
class CreateEvaluationMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => CreateCriteriaSetPayload, {
    description: "Tạo bộ tiêu chí — a bloc's scoring framework for a year with its criteria, in one transaction.",
  })
  createCriteriaSet(
    @Arg('input', () => CreateCriteriaSetInput, { description: "Dữ liệu vào — the mutation's input." })
    input: { criteria: CriterionLine[]; idempotencyKey?: string | null },
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(
      ctx,
      'createCriteriaSet',
      'criteriaSet',
      input,
      (w) => createCriteriaSet(w, input),
      replayOne(CriteriaSet, input.idempotencyKey),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CreateEvaluationPayload, {
    description:
      'Tạo bình xét thi đua — an evaluation with its scores and votes in one transaction; ' +
      "each unit's total and rank are derived.",
  })
  createEvaluation(
    @Arg('input', () => CreateEvaluationInput, { description: "Dữ liệu vào — the mutation's input." })
    input: EvaluationLines & { idempotencyKey?: string | null },
    @Ctx() ctx: RequestContext,
  ) {
    return mutate(
      ctx,
      'createEvaluation',
      'evaluation',
      input,
      (w) => createEvaluation(w, input),
      replayOne(Evaluation, input.idempotencyKey),
    );
  }
}

export const EvaluationMutations: Function[] = [
  CreateEvaluationMutations,
  ...recordMutations(CRITERIA_SET_RECORDS, {
    update: 'updateCriteriaSet',
    delete: 'deleteCriteriaSet',
    restore: 'restoreCriteriaSet',
  }),
  ...recordMutations(CRITERION_RECORDS, {
    create: 'createCriterion',
    update: 'updateCriterion',
    delete: 'deleteCriterion',
    restore: 'restoreCriterion',
  }),
  ...recordMutations(EVALUATION_RECORDS, {
    update: 'updateEvaluation',
    delete: 'deleteEvaluation',
    restore: 'restoreEvaluation',
  }),
  ...recordMutations(SCORE_RECORDS, {
    create: 'createEvaluationScore',
    update: 'updateEvaluationScore',
    delete: 'deleteEvaluationScore',
    restore: 'restoreEvaluationScore',
  }),
  ...recordMutations(RESULT_RECORDS, {
    create: 'createEvaluationResult',
    update: 'updateEvaluationResult',
    delete: 'deleteEvaluationResult',
    restore: 'restoreEvaluationResult',
  }),
];
