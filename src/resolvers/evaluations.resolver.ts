import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardType } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { Event } from '../entities/movements';
import { Unit } from '../entities/organisation';
import {
  CRITERIA,
  CRITERIA_SETS,
  CriteriaSetConnection,
  CriterionConnection,
  EVALUATION_RESULTS,
  EVALUATION_SCORES,
  EVALUATIONS,
  EvaluationConnection,
  EvaluationResultConnection,
  EvaluationScoreConnection,
} from '../schema/evaluations';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const EvaluationRootFields = [
  rootFieldsResolver({
    entity: CriteriaSet,
    connection: CriteriaSetConnection,
    list: CRITERIA_SETS,
    one: { name: 'criteriaSet', description: 'Bộ tiêu chí — one scoring framework by global ID.' },
    many: { name: 'criteriaSets', description: 'Danh sách bộ tiêu chí — scoring frameworks, newest year first.' },
  }),
  rootFieldsResolver({
    entity: Criterion,
    connection: CriterionConnection,
    list: CRITERIA,
    one: { name: 'criterion', description: 'Tiêu chí — one criterion by global ID.' },
    many: { name: 'criteria', description: 'Danh sách tiêu chí — criteria, in their order within a set.' },
  }),
  rootFieldsResolver({
    entity: Evaluation,
    connection: EvaluationConnection,
    list: EVALUATIONS,
    one: { name: 'evaluation', description: 'Bình xét thi đua — one evaluation by global ID.' },
    many: { name: 'evaluations', description: 'Danh sách bình xét — evaluations of blocs, newest year first.' },
  }),
  rootFieldsResolver({
    entity: EvaluationScore,
    connection: EvaluationScoreConnection,
    list: EVALUATION_SCORES,
    one: { name: 'evaluationScore', description: 'Điểm chấm — one score by global ID.' },
    many: { name: 'evaluationScores', description: 'Danh sách điểm chấm — scores per unit and criterion.' },
  }),
  rootFieldsResolver({
    entity: EvaluationResult,
    connection: EvaluationResultConnection,
    list: EVALUATION_RESULTS,
    one: { name: 'evaluationResult', description: "Kết quả bình xét — one unit's result by global ID." },
    many: {
      name: 'evaluationResults',
      description: "Danh sách kết quả bình xét — units' totals and ranks, best rank first.",
    },
  }),
];

@Resolver(() => CriteriaSet)
export class CriteriaSetResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc that scores with it.' })
  bloc(@Root() set: CriteriaSet, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, set.blocId);
  }

  @FieldResolver(() => CriterionConnection, { description: "Tiêu chí — the set's criteria, in order." })
  criteria(@Root() set: CriteriaSet, @Args(() => CRITERIA.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      CriterionConnection,
      CRITERIA.definition,
      { name: 'CriteriaSet.criteria', parentKey: 'cr.criteriaSetId' },
      args,
      set.id,
    );
  }
}

@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => CriteriaSet, { nullable: true, description: 'Bộ tiêu chí — the set it belongs to.' })
  criteriaSet(@Root() criterion: Criterion, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    return ctx.loaders.optional(CriteriaSet, criterion.criteriaSetId);
  }

  @FieldResolver(() => Criterion, { nullable: true, description: 'Nhóm tiêu chí — the group it belongs to, if any.' })
  parent(@Root() criterion: Criterion, @Ctx() ctx: RequestContext): Promise<Criterion | null> {
    return ctx.loaders.optional(Criterion, criterion.parentId);
  }

  @FieldResolver(() => CriterionConnection, { description: 'Tiêu chí con — the criteria of this group.' })
  children(@Root() criterion: Criterion, @Args(() => CRITERIA.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      CriterionConnection,
      CRITERIA.definition,
      { name: 'Criterion.children', parentKey: 'cr.parentId' },
      args,
      criterion.id,
    );
  }
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc that evaluated its members.' })
  bloc(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, evaluation.blocId);
  }

  @FieldResolver(() => CriteriaSet, {
    nullable: true,
    description: 'Bộ tiêu chí — the framework scored against, if scores were used.',
  })
  criteriaSet(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    return ctx.loaders.optional(CriteriaSet, evaluation.criteriaSetId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Hội nghị — the meeting where it was held.' })
  event(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return ctx.loaders.optional(Event, evaluation.eventId);
  }

  @FieldResolver(() => EvaluationResultConnection, {
    description: "Kết quả — each unit's total, rank and votes, best rank first.",
  })
  results(
    @Root() evaluation: Evaluation,
    @Args(() => EVALUATION_RESULTS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      EvaluationResultConnection,
      EVALUATION_RESULTS.definition,
      { name: 'Evaluation.results', parentKey: 'er.evaluationId' },
      args,
      evaluation.id,
    );
  }

  @FieldResolver(() => EvaluationScoreConnection, { description: "Điểm chấm — every unit's points per criterion." })
  scores(
    @Root() evaluation: Evaluation,
    @Args(() => EVALUATION_SCORES.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      EvaluationScoreConnection,
      EVALUATION_SCORES.definition,
      { name: 'Evaluation.scores', parentKey: 'es.evaluationId' },
      args,
      evaluation.id,
    );
  }
}

@Resolver(() => EvaluationScore)
export class EvaluationScoreResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: 'Bình xét — the evaluation.' })
  evaluation(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext): Promise<Evaluation | null> {
    return ctx.loaders.optional(Evaluation, score.evaluationId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the unit scored.' })
  unit(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, score.unitId);
  }

  @FieldResolver(() => Criterion, { nullable: true, description: 'Tiêu chí — the criterion.' })
  criterion(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext): Promise<Criterion | null> {
    return ctx.loaders.optional(Criterion, score.criterionId);
  }
}

@Resolver(() => EvaluationResult)
export class EvaluationResultResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: 'Bình xét — the evaluation.' })
  evaluation(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext): Promise<Evaluation | null> {
    return ctx.loaders.optional(Evaluation, result.evaluationId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the unit.' })
  unit(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, result.unitId);
  }

  @FieldResolver(() => AwardType, {
    nullable: true,
    description: 'Đề nghị danh hiệu — the award the bloc proposed for the unit, if any.',
  })
  proposedAwardType(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext): Promise<AwardType | null> {
    return ctx.loaders.optional(AwardType, result.proposedAwardTypeId);
  }
}
