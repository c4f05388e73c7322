import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmulationBloc } from '../entities/blocs';
import { Event } from '../entities/event';
import { EVENTS } from '../schema/events';
import { connectionType } from '../schema/page';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

export const EventConnection = connectionType(Event, 'Event', 'hội nghị');

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

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => EmulationBloc, { nullable: true, description: 'Khối — the bloc that held it, if one.' })
  bloc(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, event.blocId);
  }
}
