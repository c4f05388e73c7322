import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/bloc';
import { Movement } from '../entities/movement';
import { CONTRIBUTION_LIST, ContributionListArgs } from '../schema/inputs/contribution.inputs';
import { MOVEMENT_LIST, MovementListArgs } from '../schema/inputs/movement.inputs';
import type { ListArgs } from '../schema/list-args';
import { connectionType } from '../schema/page';
import { childListConnection, listConnection } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from './contribution.resolver';
import { loadNodeOfType } from './node-lookup';

export const MovementConnection = connectionType(Movement, 'Movement', 'phong trào thi đua');

@Resolver(() => Movement)
export class MovementResolver {
  @Authorized()
  @Query(() => Movement, { nullable: true, description: 'Phong trào thi đua — one movement by its global ID.' })
  movement(@Arg('id', () => ID, { description: 'Mã định danh — the movement\'s global ID.' }) id: string, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return loadNodeOfType(ctx, Movement, id);
  }

  @Authorized()

  @Query(() => MovementConnection, { description: 'Danh sách phong trào — movements, by name unless ordered otherwise; searchable without accents.' })
  movements(@Args(() => MovementListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return listConnection(ctx, MovementConnection, MOVEMENT_LIST, args);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào cha — the movement this one belongs to.' })
  parent(@Root() movement: Movement, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, movement.parentId);
  }

  @FieldResolver(() => MovementConnection, { description: 'Phong trào con — movements under this one.' })
  children(@Root() movement: Movement, @Args(() => MovementListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return childListConnection(ctx, MovementConnection, MOVEMENT_LIST, { name: 'Movement.children', parentKey: 'mv.parentId' }, args, movement.id);
  }

  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối tổ chức — the bloc that runs it, for bloc-run movements.' })
  bloc(@Root() movement: Movement, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, movement.blocId);
  }

  @FieldResolver(() => ContributionConnection, { description: 'Đóng góp — contributions under this movement, newest year first by default.' })
  contributions(@Root() movement: Movement, @Args(() => ContributionListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return childListConnection(ctx, ContributionConnection, CONTRIBUTION_LIST, { name: 'Movement.contributions', parentKey: 'c.movementId' }, args, movement.id);
  }
}
