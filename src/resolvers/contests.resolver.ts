/** Contests and their prizes: root lists, and the organiser, movement, meeting and recipients of each. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { Contest, ContestPrize } from '../entities/contests';
import { Event, Movement } from '../entities/movements';
import { Person, Unit } from '../entities/organisation';
import { CONTEST_PRIZES, CONTESTS, ContestConnection, ContestPrizeConnection } from '../schema/contests';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const ContestRootFields = [
  rootFieldsResolver({
    entity: Contest,
    connection: ContestConnection,
    list: CONTESTS,
    one: { name: 'contest', description: 'Cuộc thi — one contest by global ID.' },
    many: {
      name: 'contests',
      description: 'Danh sách cuộc thi — contests, newest year first; searchable without accents.',
    },
  }),
  rootFieldsResolver({
    entity: ContestPrize,
    connection: ContestPrizeConnection,
    list: CONTEST_PRIZES,
    one: { name: 'contestPrize', description: 'Giải thưởng cuộc thi — one prize by global ID.' },
    many: {
      name: 'contestPrizes',
      description: 'Danh sách giải thưởng cuộc thi — contest prizes, in the order recorded.',
    },
  }),
];

@Resolver(() => Contest)
export class ContestResolver {
  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối tổ chức — the organising bloc; null when a unit organised it.',
  })
  organiserBloc(@Root() contest: Contest, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, contest.organiserBlocId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị tổ chức — the organising unit; null when a bloc organised it.',
  })
  organiserUnit(@Root() contest: Contest, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, contest.organiserUnitId);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào — the movement it served, if any.' })
  movement(@Root() contest: Contest, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, contest.movementId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Lễ trao giải — the meeting where prizes were given.' })
  awardEvent(@Root() contest: Contest, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return ctx.loaders.optional(Event, contest.awardEventId);
  }

  @FieldResolver(() => ContestPrizeConnection, {
    description: 'Giải thưởng — the prizes, in the order recorded (filter by rank to pick one).',
  })
  prizes(@Root() contest: Contest, @Args(() => CONTEST_PRIZES.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ContestPrizeConnection,
      CONTEST_PRIZES.definition,
      { name: 'Contest.prizes', parentKey: 'cp.contestId' },
      args,
      contest.id,
    );
  }
}

@Resolver(() => ContestPrize)
export class ContestPrizeResolver {
  @FieldResolver(() => Contest, { nullable: true, description: 'Cuộc thi — the contest.' })
  contest(@Root() prize: ContestPrize, @Ctx() ctx: RequestContext): Promise<Contest | null> {
    return ctx.loaders.optional(Contest, prize.contestId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị nhận — the receiving unit; null when a person received it.',
  })
  recipientUnit(@Root() prize: ContestPrize, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, prize.recipientUnitId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Cá nhân nhận — the receiving person; null when a unit received it.',
  })
  recipientPerson(@Root() prize: ContestPrize, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.optional(Person, prize.recipientPersonId);
  }
}
