import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ApiKey, AuditEvent, entities, IdempotencyKey } from '../entities';
import type { EntityClass } from '../loaders/record-loaders';
import { fromGlobalId } from '../core/global-id';
import { Node } from '../core/node';
import { badUserInput } from '../core/request-errors';
import type { RequestContext } from './context';

/**
 * Every type `node(id:)` can return, by GraphQL type name: every entity but the bookkeeping tables
 * (audit log, API keys, idempotency keys).
 */
const NODE_TYPES = new Map<string, EntityClass<{ id: number; deletedAt?: Date | null }>>(
  entities
    .filter((entity) => !([AuditEvent, ApiKey, IdempotencyKey] as Function[]).includes(entity))
    .map((entity) => [entity.name, entity as EntityClass<{ id: number; deletedAt?: Date | null }>]),
);

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: 'Nút — any object by its global ID; null if it does not exist (or was deleted).',
  })
  async node(
    @Arg('id', () => ID, { description: 'Mã định danh — a global ID.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<object | null> {
    const decoded = fromGlobalId(id);
    const entity = decoded && NODE_TYPES.get(decoded.typeName);
    if (!decoded || !entity) throw badUserInput(`"${id}" is not an ID issued by this API`, 'id');
    const row = await ctx.loaders.byId(entity).load(decoded.databaseId);
    return row && !row.deletedAt ? row : null;
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: 'items',
    description: 'Các nút — several objects by global ID, in the order asked (null where missing); at most 100.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Các mã định danh — global IDs (at most 100).' }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Array<object | null>> {
    if (ids.length > MAX_NODES) throw badUserInput(`"ids" may hold at most ${MAX_NODES} IDs`, 'ids');
    return Promise.all(ids.map((id) => this.node(id, ctx)));
  }
}
