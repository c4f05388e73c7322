/**
 * The two root fields every listed type has — `x(id:)` and the plural connection `xs(filter:…)` —
 * made from the type's list declaration, so each type states only its names and descriptions.
 */
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { EntityClass } from '../loaders/record-loaders';
import type { DeclaredList } from '../schema/define-list';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import type { ConnectionClass } from '../schema/page';
import { listConnection } from './connection-result';
import type { RequestContext } from './context';
import { loadNodeOfType } from './node-lookup';

type Record = ObjectLiteral & { id: number; deletedAt?: Date | null };

export interface RootFieldsOptions<T extends Record> {
  entity: EntityClass<T>;
  connection: ConnectionClass<T>;
  list: DeclaredList<T>;
  /** The singular field: its name and what it returns, Vietnamese first ("Cá nhân — one person…"). */
  one: { name: string; description: string };
  /** The plural connection: its name and description. */
  many: { name: string; description: string };
}

export function rootFieldsResolver<T extends Record>(options: RootFieldsOptions<T>): Function {
  const { entity, connection, list } = options;

  @Resolver()
  class RootFields {
    @Authorized()
    @Query(() => entity, { name: options.one.name, nullable: true, description: options.one.description })
    one(
      @Arg('id', () => ID, { description: 'Mã định danh — the global ID.' }) id: string,
      @Ctx() ctx: RequestContext,
    ): Promise<T | null> {
      return loadNodeOfType(ctx, entity, id);
    }

    @Authorized()
    @Query(() => connection, { name: options.many.name, description: options.many.description })
    many(@Args(() => list.argsType) args: ListArgs<object, OrderInput<string>>, @Ctx() ctx: RequestContext) {
      return listConnection(ctx, connection, list.definition, args);
    }
  }
  Object.defineProperty(RootFields, 'name', { value: `${entity.name}RootFields` });
  return RootFields;
}
