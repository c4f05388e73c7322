import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BlocMembership, EmulationBloc } from '../entities/bloc';
import { Unit } from '../entities/unit';
import { BLOC_LIST, EmulationBlocListArgs } from '../schema/inputs/bloc.inputs';
import { CONTRIBUTION_LIST, ContributionListArgs } from '../schema/inputs/contribution.inputs';
import { UNIT_LIST, UnitListArgs } from '../schema/inputs/unit.inputs';
import type { ListArgs } from '../schema/list-args';
import { connectionType } from '../schema/page';
import { childListConnection, listConnection } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from './contribution.resolver';
import { loadNodeOfType } from './node-lookup';
import { UnitConnection } from './unit.resolver';

export const EmulationBlocConnection = connectionType(EmulationBloc, 'EmulationBloc', 'khối thi đua');

@ArgsType()
class BlocMembersArgs extends UnitListArgs {
  @Field(() => Int, { nullable: true, description: 'Năm — members in this year; when omitted, the current members (membership not ended).' })
  year?: number | null;
}

@Resolver(() => EmulationBloc)
export class EmulationBlocResolver {
  @Authorized()
  @Query(() => EmulationBloc, { nullable: true, description: 'Khối thi đua — one bloc or cluster by its global ID.' })
  emulationBloc(@Arg('id', () => ID, { description: 'Mã định danh — the bloc\'s global ID.' }) id: string, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return loadNodeOfType(ctx, EmulationBloc, id);
  }

  @Authorized()

  @Query(() => EmulationBlocConnection, { description: 'Danh sách khối, cụm thi đua — blocs and clusters, by name unless ordered otherwise; searchable without accents.' })
  emulationBlocs(@Args(() => EmulationBlocListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return listConnection(ctx, EmulationBlocConnection, BLOC_LIST, args);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị quản lý — the unit that keeps the bloc\'s records.' })
  managingUnit(@Root() bloc: EmulationBloc, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, bloc.managingUnitId);
  }

  // TypeORM adds `m.deletedAt IS NULL` to the join itself: soft-deleted memberships don't count.
  @FieldResolver(() => UnitConnection, { description: 'Thành viên — the bloc\'s member units in a year, by name unless ordered otherwise.' })
  members(@Root() bloc: EmulationBloc, @Args() args: BlocMembersArgs, @Ctx() ctx: RequestContext) {
    const { year, ...listing } = args;
    return childListConnection(
      ctx,
      UnitConnection,
      UNIT_LIST,
      {
        name: `EmulationBloc.members:${year ?? 'current'}`,
        parentKey: 'm.blocId',
        join: (query) =>
          year == null
            ? query.innerJoin(BlocMembership, 'm', 'm.unitId = u.id AND m.toYear IS NULL')
            : query.innerJoin(BlocMembership, 'm', 'm.unitId = u.id AND m.fromYear <= :memberYear AND (m.toYear IS NULL OR m.toYear >= :memberYear)', { memberYear: year }),
      },
      listing as ListArgs<object, never>,
      bloc.id,
    );
  }

  @FieldResolver(() => ContributionConnection, { description: 'Đóng góp của khối — contributions made by the bloc as a whole (not its members\' own).' })
  contributions(@Root() bloc: EmulationBloc, @Args(() => ContributionListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return childListConnection(ctx, ContributionConnection, CONTRIBUTION_LIST, { name: 'EmulationBloc.contributions', parentKey: 'c.blocId' }, args, bloc.id);
  }
}
