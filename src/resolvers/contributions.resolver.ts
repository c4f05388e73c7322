import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { Movement } from '../entities/movements';
import { Unit } from '../entities/organisation';
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTIONS,
  ContributionConnection,
  ContributionKindConnection,
  FUNDS,
  FundConnection,
} from '../schema/contributions';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const ContributionRootFields = [
  rootFieldsResolver({
    entity: Contribution,
    connection: ContributionConnection,
    list: CONTRIBUTIONS,
    one: { name: 'contribution', description: 'Đóng góp — one contribution by its global ID.' },
    many: { name: 'contributions', description: 'Danh sách đóng góp — contributions, newest year first by default.' },
  }),
  rootFieldsResolver({
    entity: ContributionKind,
    connection: ContributionKindConnection,
    list: CONTRIBUTION_KINDS,
    one: { name: 'contributionKind', description: 'Loại đóng góp — one catalogue kind by global ID.' },
    many: { name: 'contributionKinds', description: 'Danh mục loại đóng góp — the contribution kinds, by code.' },
  }),
  rootFieldsResolver({
    entity: Fund,
    connection: FundConnection,
    list: FUNDS,
    one: { name: 'fund', description: 'Quỹ — one fund by global ID.' },
    many: { name: 'funds', description: 'Danh sách quỹ — funds, by name; searchable without accents.' },
  }),
];

@Resolver(() => Contribution)
export class ContributionResolver {
  // Required references: the foreign keys guarantee the rows (catalogue rows are only soft-deleted).
  @FieldResolver(() => Movement, { description: 'Phong trào — the movement the result was achieved under.' })
  movement(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.byId(Movement).load(c.movementId);
  }

  @FieldResolver(() => ContributionKind, { description: 'Loại đóng góp — what the figures measure.' })
  kind(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<ContributionKind | null> {
    return ctx.loaders.byId(ContributionKind).load(c.kindId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị đóng góp — the contributing unit; null when the bloc as a whole contributed.',
  })
  unit(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, c.unitId);
  }

  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối đóng góp — the contributing bloc as a whole; null when a unit contributed.',
  })
  bloc(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, c.blocId);
  }

  @FieldResolver(() => Fund, { nullable: true, description: 'Quỹ — the fund it went through, if any.' })
  fund(@Root() c: Contribution, @Ctx() ctx: RequestContext): Promise<Fund | null> {
    return ctx.loaders.optional(Fund, c.fundId);
  }
}

@Resolver(() => Fund)
export class FundResolver {
  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối sở hữu — the owning bloc; null when a unit owns it.',
  })
  ownerBloc(@Root() fund: Fund, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, fund.ownerBlocId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị sở hữu — the owning unit; null when a bloc owns it.',
  })
  ownerUnit(@Root() fund: Fund, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, fund.ownerUnitId);
  }

  @FieldResolver(() => ContributionConnection, { description: 'Đóng góp — contributions that went through the fund.' })
  contributions(@Root() fund: Fund, @Args(() => CONTRIBUTIONS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ContributionConnection,
      CONTRIBUTIONS.definition,
      { name: 'Fund.contributions', parentKey: 'c.fundId' },
      args,
      fund.id,
    );
  }
}
