import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Unit } from '../entities/unit';
import { CONTRIBUTION_LIST, ContributionListArgs } from '../schema/inputs/contribution.inputs';
import { UNIT_LIST, UnitListArgs } from '../schema/inputs/unit.inputs';
import type { ListArgs } from '../schema/list-args';
import { connectionType } from '../schema/page';
import { childListConnection, listConnection } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from './contribution.resolver';
import { loadNodeOfType } from './node-lookup';

export const UnitConnection = connectionType(Unit, 'Unit', 'đơn vị');

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => Unit, { nullable: true, description: 'Đơn vị — one unit by its global ID.' })
  unit(@Arg('id', () => ID, { description: 'Mã định danh — the unit\'s global ID.' }) id: string, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return loadNodeOfType(ctx, Unit, id);
  }

  @Authorized()

  @Query(() => UnitConnection, { description: 'Danh sách đơn vị — units, by name unless ordered otherwise; searchable without accents.' })
  units(@Args(() => UnitListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return listConnection(ctx, UnitConnection, UNIT_LIST, args);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị cấp trên — the parent unit.' })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, unit.parentId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị kế thừa — the unit this one was merged into, if it was.' })
  successor(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, unit.successorId);
  }

  @FieldResolver(() => UnitConnection, { description: 'Đơn vị trực thuộc — the units directly under this one.' })
  children(@Root() unit: Unit, @Args(() => UnitListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return childListConnection(ctx, UnitConnection, UNIT_LIST, { name: 'Unit.children', parentKey: 'u.parentId' }, args, unit.id);
  }

  @FieldResolver(() => ContributionConnection, { description: 'Đóng góp — the unit\'s own contributions, newest year first by default.' })
  contributions(@Root() unit: Unit, @Args(() => ContributionListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return childListConnection(ctx, ContributionConnection, CONTRIBUTION_LIST, { name: 'Unit.contributions', parentKey: 'c.unitId' }, args, unit.id);
  }
}
