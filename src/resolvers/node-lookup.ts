import type { ObjectLiteral } from 'typeorm';
import type { EntityClass } from '../loaders/record-loaders';
import { fromGlobalId } from '../core/global-id';
import { badUserInput } from '../core/request-errors';
import type { RequestContext } from './context';

/**
 * Loads the record a global ID names, checking it names the expected type. Soft-deleted records
 * are not returned by ID lookups.
 */
export async function loadNodeOfType<T extends ObjectLiteral & { id: number; deletedAt?: Date | null }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  id: string,
): Promise<T | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) throw badUserInput(`"${id}" is not an ID issued by this API`, 'id');
  if (decoded.typeName !== entity.name)
    throw badUserInput(`ID "${id}" names a ${decoded.typeName}, not a ${entity.name}`, 'id');
  const row = await ctx.loaders.byId(entity).load(decoded.databaseId);
  return row && !row.deletedAt ? row : null;
}
