import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { Contribution, ContributionKind, Fund } from '../entities/contributions';
import { Movement } from '../entities/movements';
import { Unit } from '../entities/organisation';
import { CONTRIBUTIONS } from '../schema/contributions';
import { connectionType } from '../schema/page';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

export const ContributionConnection = connectionType(Contribution, 'Contribution', 'đóng góp');

export const ContributionRootFields = rootFieldsResolver({
  entity: Contribution,
  connection: ContributionConnection,
  list: CONTRIBUTIONS,
  one: { name: 'contribution', description: 'Đóng góp — one contribution by its global ID.' },
  many: { name: 'contributions', description: 'Danh sách đóng góp — contributions, newest year first by default.' },
});

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
