/** Movements, their locality outcomes and meetings (events): root fields and relation fields. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { Event, Movement, MovementOutcome } from '../entities/movements';
import { Unit } from '../entities/organisation';
import { AWARDS } from '../schema/awards';
import { CONTRIBUTIONS } from '../schema/contributions';
import {
  EVENTS,
  EventConnection,
  MOVEMENTS,
  MovementConnection,
  MovementOutcomeConnection,
  OUTCOMES,
} from '../schema/movements';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { AwardConnection } from '../schema/awards';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from '../schema/contributions';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const MovementRootFields = rootFieldsResolver({
  entity: Movement,
  connection: MovementConnection,
  list: MOVEMENTS,
  one: { name: 'movement', description: 'Phong trào thi đua — one movement by its global ID.' },
  many: {
    name: 'movements',
    description: 'Danh sách phong trào — movements, by name unless ordered otherwise; searchable without accents.',
  },
});

export const MovementOutcomeRootFields = rootFieldsResolver({
  entity: MovementOutcome,
  connection: MovementOutcomeConnection,
  list: OUTCOMES,
  one: { name: 'movementOutcome', description: 'Kết quả phong trào — one locality-level outcome by global ID.' },
  many: {
    name: 'movementOutcomes',
    description: 'Danh sách kết quả phong trào — locality-level outcomes (never contributions), newest year first.',
  },
});

export const EventRootFields = rootFieldsResolver({
  entity: Event,
  connection: EventConnection,
  list: EVENTS,
  one: { name: 'event', description: 'Hội nghị — one meeting by global ID.' },
  many: {
    name: 'events',
    description: 'Danh sách hội nghị — meetings (reviews, pledge signings, ceremonies), newest first.',
  },
});

@Resolver(() => Movement)
export class MovementResolver {
  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào cha — the movement this one belongs to.' })
  parent(@Root() movement: Movement, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, movement.parentId);
  }

  @FieldResolver(() => MovementConnection, { description: 'Phong trào con — movements under this one.' })
  children(@Root() movement: Movement, @Args(() => MOVEMENTS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      MovementConnection,
      MOVEMENTS.definition,
      { name: 'Movement.children', parentKey: 'mv.parentId' },
      args,
      movement.id,
    );
  }

  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối tổ chức — the bloc that runs it, for bloc-run movements.',
  })
  bloc(@Root() movement: Movement, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, movement.blocId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị phát động — the unit that launched it, when it is in the register.',
  })
  launchingUnit(@Root() movement: Movement, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, movement.launchingUnitId);
  }

  @FieldResolver(() => ContributionConnection, {
    description: 'Đóng góp — contributions under this movement, newest year first by default.',
  })
  contributions(
    @Root() movement: Movement,
    @Args(() => CONTRIBUTIONS.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      ContributionConnection,
      CONTRIBUTIONS.definition,
      { name: 'Movement.contributions', parentKey: 'c.movementId' },
      args,
      movement.id,
    );
  }

  @FieldResolver(() => MovementOutcomeConnection, {
    description:
      'Kết quả trên địa bàn — locality-level outcomes of the movement (not contributions), newest year first.',
  })
  outcomes(@Root() movement: Movement, @Args(() => OUTCOMES.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      MovementOutcomeConnection,
      OUTCOMES.definition,
      { name: 'Movement.outcomes', parentKey: 'mo.movementId' },
      args,
      movement.id,
    );
  }

  @FieldResolver(() => AwardConnection, {
    description: 'Khen thưởng — awards given under this movement, newest achievement year first.',
  })
  awards(@Root() movement: Movement, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'Movement.awards', parentKey: 'aw.movementId' },
      args,
      movement.id,
    );
  }
}

@Resolver(() => MovementOutcome)
export class MovementOutcomeResolver {
  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào — the movement the outcome belongs to.' })
  movement(@Root() outcome: MovementOutcome, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, outcome.movementId);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc that held it, if one.' })
  bloc(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, event.blocId);
  }
}
