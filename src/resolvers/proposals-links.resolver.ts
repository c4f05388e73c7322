/**
 * Dossiers seen from the other areas — a unit's dossiers, the dossier item an award was granted
 * for, the dossiers a decision closed — and the processing time of any list of dossiers.
 */
import { Args, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { REPORT_ROLES } from '../auth/caller';
import { badUserInput } from '../core/request-errors';
import { DecimalScalar } from '../core/scalars';
import { Award, AwardDecision } from '../entities/awards';
import { Unit } from '../entities/organisation';
import { Proposal, ProposalItem } from '../entities/proposals';
import { processingTimeOf } from '../reports/proposal-processing';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import type { ConnectionShape } from '../schema/page';
import { PROPOSALS, ProposalConnection } from '../schema/proposals';
import { childListConnection, sourceQuery, type ListSource } from './connection-result';
import type { RequestContext } from './context';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

@Resolver(() => Unit)
export class UnitProposalsResolver {
  @FieldResolver(() => ProposalConnection, { description: 'Hồ sơ đề nghị — the dossiers this unit has sent.' })
  proposals(@Root() unit: Unit, @Args(() => PROPOSALS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ProposalConnection,
      PROPOSALS.definition,
      { name: 'Unit.proposals', parentKey: 'pr.submittingUnitId' },
      args,
      unit.id,
    );
  }
}

@Resolver(() => AwardDecision)
export class AwardDecisionProposalsResolver {
  @FieldResolver(() => ProposalConnection, { description: 'Hồ sơ đề nghị — the dossiers this decision closed.' })
  proposals(
    @Root() decision: AwardDecision,
    @Args(() => PROPOSALS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ProposalConnection,
      PROPOSALS.definition,
      { name: 'AwardDecision.proposals', parentKey: 'pr.decisionId' },
      args,
      decision.id,
    );
  }
}

@Resolver(() => Award)
export class AwardProposalItemResolver {
  @FieldResolver(() => ProposalItem, {
    nullable: true,
    description: 'Nội dung đề nghị — the dossier item this award was granted for; null for an award typed in.',
  })
  proposalItem(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<ProposalItem | null> {
    return ctx.referencing.load(ProposalItem, 'awardId', award.id);
  }
}

@ObjectType('ProposalProcessingTime', {
  description: 'Thời gian xử lý — how long the decided dossiers of a list took, from first submission to the decision.',
})
export class ProposalProcessingTime {
  @Field(() => Int, { description: 'Số hồ sơ đã có quyết định — the decided dossiers counted.' })
  decided!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Trung bình (ngày) — the average, in days.' })
  averageDays!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Phân vị 90 (ngày) — 90% of the decided dossiers took at most this many days.',
  })
  p90Days!: number | null;
}

@Resolver(() => ProposalConnection)
export class ProposalProcessingTimeResolver {
  @Authorized(...REPORT_ROLES)
  @FieldResolver(() => ProposalProcessingTime, {
    description:
      'Thời gian xử lý — submitted → decided, over every dossier of this list (not just this page), under the ' +
      'same filter.',
  })
  processingTime(@Root() connection: ConnectionShape<Proposal>, @Ctx() ctx: RequestContext) {
    const source = connection.source as ListSource<Proposal> | undefined;
    if (!source) throw badUserInput('This list has no figures');
    return processingTimeOf(sourceQuery(ctx, source), source.definition.alias);
  }
}
