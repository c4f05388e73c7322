import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { ContributionKind } from '../entities/contributions';
import { Event, Movement } from '../entities/movements';
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { Unit } from '../entities/organisation';
import {
  PLEDGE_SIGNATORIES,
  PLEDGE_TARGETS,
  PLEDGES,
  PledgeConnection,
  PledgeSignatoryConnection,
  PledgeTargetConnection,
} from '../schema/pledges';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const PledgeRootFields = [
  rootFieldsResolver({
    entity: Pledge,
    connection: PledgeConnection,
    list: PLEDGES,
    one: { name: 'pledge', description: 'Giao ước thi đua — one pledge by global ID.' },
    many: { name: 'pledges', description: 'Danh sách giao ước thi đua — pledges, newest year first.' },
  }),
  rootFieldsResolver({
    entity: PledgeSignatory,
    connection: PledgeSignatoryConnection,
    list: PLEDGE_SIGNATORIES,
    one: { name: 'pledgeSignatory', description: 'Đơn vị ký giao ước — one signature by global ID.' },
    many: { name: 'pledgeSignatories', description: 'Danh sách đơn vị ký giao ước — signatures of pledges.' },
  }),
  rootFieldsResolver({
    entity: PledgeTarget,
    connection: PledgeTargetConnection,
    list: PLEDGE_TARGETS,
    one: { name: 'pledgeTarget', description: 'Chỉ tiêu giao ước — one pledge target by global ID.' },
    many: { name: 'pledgeTargets', description: 'Danh sách chỉ tiêu giao ước — pledge targets.' },
  }),
];

@Resolver(() => Pledge)
export class PledgeResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc whose members signed.' })
  bloc(@Root() pledge: Pledge, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, pledge.blocId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Hội nghị ký kết — the meeting where it was signed.' })
  event(@Root() pledge: Pledge, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return ctx.loaders.optional(Event, pledge.eventId);
  }

  @FieldResolver(() => PledgeSignatoryConnection, { description: 'Đơn vị ký — the units that signed.' })
  signatories(
    @Root() pledge: Pledge,
    @Args(() => PLEDGE_SIGNATORIES.argsType) args: AnyListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return childListConnection(
      ctx,
      PledgeSignatoryConnection,
      PLEDGE_SIGNATORIES.definition,
      { name: 'Pledge.signatories', parentKey: 'ps.pledgeId' },
      args,
      pledge.id,
    );
  }

  @FieldResolver(() => PledgeTargetConnection, {
    description: "Chỉ tiêu — the pledge's targets, for the whole bloc or for single units.",
  })
  targets(@Root() pledge: Pledge, @Args(() => PLEDGE_TARGETS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      PledgeTargetConnection,
      PLEDGE_TARGETS.definition,
      { name: 'Pledge.targets', parentKey: 'pt.pledgeId' },
      args,
      pledge.id,
    );
  }
}

@Resolver(() => PledgeSignatory)
export class PledgeSignatoryResolver {
  @FieldResolver(() => Pledge, { nullable: true, description: 'Giao ước — the pledge signed.' })
  pledge(@Root() signatory: PledgeSignatory, @Ctx() ctx: RequestContext): Promise<Pledge | null> {
    return ctx.loaders.optional(Pledge, signatory.pledgeId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the signing unit.' })
  unit(@Root() signatory: PledgeSignatory, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, signatory.unitId);
  }
}

@Resolver(() => PledgeTarget)
export class PledgeTargetResolver {
  @FieldResolver(() => Pledge, { nullable: true, description: 'Giao ước — the pledge the target belongs to.' })
  pledge(@Root() target: PledgeTarget, @Ctx() ctx: RequestContext): Promise<Pledge | null> {
    return ctx.loaders.optional(Pledge, target.pledgeId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị — the unit the target is for; null for a whole-bloc target.',
  })
  unit(@Root() target: PledgeTarget, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, target.unitId);
  }

  @FieldResolver(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement the target counts under, if one.',
  })
  movement(@Root() target: PledgeTarget, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, target.movementId);
  }

  @FieldResolver(() => ContributionKind, { nullable: true, description: 'Loại đóng góp — what the target counts.' })
  kind(@Root() target: PledgeTarget, @Ctx() ctx: RequestContext): Promise<ContributionKind | null> {
    return ctx.loaders.optional(ContributionKind, target.kindId);
  }
}
