import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/bloc';
import { Contribution, ContributionKind, Fund } from '../entities/contribution';
import { Movement } from '../entities/movement';
import { Unit } from '../entities/unit';
import { CONTRIBUTION_LIST, ContributionListArgs } from '../schema/inputs/contribution.inputs';
import type { ListArgs } from '../schema/list-args';
import { connectionType } from '../schema/page';
import { listConnection } from './connection-result';
import type { RequestContext } from './context';
import { loadNodeOfType } from './node-lookup';

export const ContributionConnection = connectionType(Contribution, 'Contribution', 'đóng góp');

@Resolver(() => Contribution)
export class ContributionResolver {
  @Authorized()
  @Query(() => Contribution, { nullable: true, description: 'Đóng góp — one contribution by its global ID.' })
  contribution(@Arg('id', () => ID, { description: 'Mã định danh — the contribution\'s global ID.' }) id: string, @Ctx() ctx: RequestContext): Promise<Contribution | null> {
    return loadNodeOfType(ctx, Contribution, id);
  }

  @Authorized()

  @Query(() => ContributionConnection, { description: 'Danh sách đóng góp — contributions, newest year first by default.' })
  contributions(@Args(() => ContributionListArgs) args: ListArgs<object, never>, @Ctx() ctx: RequestContext) {
    return listConnection(ctx, ContributionConnection, CONTRIBUTION_LIST, args);
  }

  @FieldResolver(() => Movement, { description: 'Phong trào — the movement the result was achieved under.' })
  async movement(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.byId(Movement).load(c.movementId);
  }

  @FieldResolver(() => ContributionKind, { description: 'Loại đóng góp — what the figures measure.' })
  async kind(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<ContributionKind | null> {
    return ctx.loaders.byId(ContributionKind).load(c.kindId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị đóng góp — the contributing unit; null when the bloc as a whole contributed.' })
  unit(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, c.unitId);
  }

  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối đóng góp — the contributing bloc as a whole; null when a unit contributed.' })
  bloc(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, c.blocId);
  }

  @FieldResolver(() => Fund, { nullable: true, description: 'Quỹ — the fund it went through, if any.' })
  fund(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Fund | null> {
    return ctx.loaders.optional(Fund, c.fundId);
  }
}
