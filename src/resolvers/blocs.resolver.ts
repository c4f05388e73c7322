/** Blocs, memberships and leaderships: root fields, and the relations a user walks from a bloc. */
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { Fund } from '../entities/contributions';
import { Unit } from '../entities/organisation';
import {
  BLOCS,
  BlocLeadershipConnection,
  BlocMembershipConnection,
  EmulationBlocConnection,
  LEADERSHIPS,
  MEMBERSHIPS,
} from '../schema/blocs';
import { CONTESTS } from '../schema/contests';
import { CONTRIBUTIONS, FUNDS } from '../schema/contributions';
import { EVALUATIONS } from '../schema/evaluations';
import { PLEDGES } from '../schema/pledges';
import { UNITS, UnitConnection } from '../schema/organisation';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { FundConnection } from '../schema/contributions';
import { childListConnection, type ChildRelation } from './connection-result';
import { ContestConnection } from '../schema/contests';
import type { RequestContext } from './context';
import { ContributionConnection } from '../schema/contributions';
import { EvaluationConnection } from '../schema/evaluations';
import { PledgeConnection } from '../schema/pledges';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const EmulationBlocRootFields = rootFieldsResolver({
  entity: EmulationBloc,
  connection: EmulationBlocConnection,
  list: BLOCS,
  one: { name: 'emulationBloc', description: 'Khối thi đua — one bloc or cluster by its global ID.' },
  many: {
    name: 'emulationBlocs',
    description:
      'Danh sách khối, cụm thi đua — blocs and clusters, by name unless ordered otherwise; searchable without accents.',
  },
});

export const BlocMembershipRootFields = rootFieldsResolver({
  entity: BlocMembership,
  connection: BlocMembershipConnection,
  list: MEMBERSHIPS,
  one: { name: 'blocMembership', description: 'Thành viên khối — one membership by global ID.' },
  many: {
    name: 'blocMemberships',
    description: 'Danh sách thành viên khối — memberships of units in blocs, by first year.',
  },
});

export const BlocLeadershipRootFields = rootFieldsResolver({
  entity: BlocLeadership,
  connection: BlocLeadershipConnection,
  list: LEADERSHIPS,
  one: { name: 'blocLeadership', description: 'Trưởng, phó khối — one yearly leadership by global ID.' },
  many: {
    name: 'blocLeaderships',
    description: 'Danh sách trưởng, phó khối — yearly leaders and deputies of blocs, newest year first.',
  },
});

@ArgsType()
class BlocMembersArgs extends UNITS.argsType {
  @Field(() => Int, {
    nullable: true,
    description: 'Năm — members in this year; when omitted, the current members (membership not ended).',
  })
  year?: number | null;
}

@ArgsType()
class BlocLeadershipsArgs extends LEADERSHIPS.argsType {
  @Field(() => Int, {
    nullable: true,
    description: "Năm — only this year's leader and deputy; when omitted, every year.",
  })
  year?: number | null;
}

/** A to-many relation of the bloc through a column of the child table. */
function ofBloc<T extends object>(name: string, parentKey: string): ChildRelation<T> {
  return { name: `EmulationBloc.${name}`, parentKey };
}

@Resolver(() => EmulationBloc)
export class EmulationBlocResolver {
  @FieldResolver(() => Unit, {
    nullable: true,
    description: "Đơn vị quản lý — the unit that keeps the bloc's records.",
  })
  managingUnit(@Root() bloc: EmulationBloc, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, bloc.managingUnitId);
  }

  // TypeORM adds `m.deletedAt IS NULL` to the join itself: soft-deleted memberships don't count.
  @FieldResolver(() => UnitConnection, {
    description: "Thành viên — the bloc's member units in a year, by name unless ordered otherwise.",
  })
  members(@Root() bloc: EmulationBloc, @Args() args: BlocMembersArgs, @Ctx() ctx: RequestContext) {
    const { year, ...listing } = args;
    return childListConnection(
      ctx,
      UnitConnection,
      UNITS.definition,
      {
        name: `EmulationBloc.members:${year ?? 'current'}`,
        parentKey: 'm.blocId',
        join: (query) =>
          year == null
            ? query.innerJoin(BlocMembership, 'm', 'm.unitId = u.id AND m.toYear IS NULL')
            : query.innerJoin(
                BlocMembership,
                'm',
                'm.unitId = u.id AND m.fromYear <= :memberYear AND (m.toYear IS NULL OR m.toYear >= :memberYear)',
                { memberYear: year },
              ),
      },
      listing,
      bloc.id,
    );
  }

  @FieldResolver(() => BlocMembershipConnection, {
    description: 'Tư cách thành viên — every membership of the bloc, with its years.',
  })
  memberships(
    @Root() bloc: EmulationBloc,
    @Args(() => MEMBERSHIPS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      BlocMembershipConnection,
      MEMBERSHIPS.definition,
      ofBloc('memberships', 'bm.blocId'),
      args,
      bloc.id,
    );
  }

  @FieldResolver(() => BlocLeadershipConnection, {
    description: "Trưởng, phó khối — the bloc's leader and deputy by year, newest first.",
  })
  leaderships(@Root() bloc: EmulationBloc, @Args() args: BlocLeadershipsArgs, @Ctx() ctx: RequestContext) {
    const { year, ...listing } = args;
    return childListConnection(
      ctx,
      BlocLeadershipConnection,
      LEADERSHIPS.definition,
      {
        name: `EmulationBloc.leaderships:${year ?? 'all'}`,
        parentKey: 'bl.blocId',
        join: (query) => (year == null ? query : query.andWhere('bl.year = :leadershipYear', { leadershipYear: year })),
      },
      listing,
      bloc.id,
    );
  }

  @FieldResolver(() => ContributionConnection, {
    description: "Đóng góp của khối — contributions made by the bloc as a whole (not its members' own).",
  })
  contributions(
    @Root() bloc: EmulationBloc,
    @Args(() => CONTRIBUTIONS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ContributionConnection,
      CONTRIBUTIONS.definition,
      ofBloc('contributions', 'c.blocId'),
      args,
      bloc.id,
    );
  }

  @FieldResolver(() => PledgeConnection, { description: "Giao ước thi đua — the bloc's yearly pledges, newest first." })
  pledges(@Root() bloc: EmulationBloc, @Args(() => PLEDGES.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      PledgeConnection,
      PLEDGES.definition,
      ofBloc('pledges', 'pl.blocId'),
      args,
      bloc.id,
    );
  }

  @FieldResolver(() => EvaluationConnection, {
    description: "Bình xét thi đua — the bloc's yearly evaluations, newest first.",
  })
  evaluations(
    @Root() bloc: EmulationBloc,
    @Args(() => EVALUATIONS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      EvaluationConnection,
      EVALUATIONS.definition,
      ofBloc('evaluations', 'ev.blocId'),
      args,
      bloc.id,
    );
  }

  @FieldResolver(() => ContestConnection, { description: 'Cuộc thi — contests the bloc organised, newest first.' })
  contests(@Root() bloc: EmulationBloc, @Args(() => CONTESTS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ContestConnection,
      CONTESTS.definition,
      ofBloc('contests', 'ct.organiserBlocId'),
      args,
      bloc.id,
    );
  }

  @FieldResolver(() => FundConnection, { description: 'Quỹ — funds the bloc owns.' })
  funds(@Root() bloc: EmulationBloc, @Args(() => FUNDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection<Fund>(
      ctx,
      FundConnection,
      FUNDS.definition,
      ofBloc('funds', 'fd.ownerBlocId'),
      args,
      bloc.id,
    );
  }
}

@Resolver(() => BlocMembership)
export class BlocMembershipResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc.' })
  bloc(@Root() membership: BlocMembership, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, membership.blocId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the member unit.' })
  unit(@Root() membership: BlocMembership, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, membership.unitId);
  }
}

@Resolver(() => BlocLeadership)
export class BlocLeadershipResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc led.' })
  bloc(@Root() leadership: BlocLeadership, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, leadership.blocId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the leading (or deputy) unit.' })
  unit(@Root() leadership: BlocLeadership, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, leadership.unitId);
  }
}
