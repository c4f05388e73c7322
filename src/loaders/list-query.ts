/**
 * How one type is listed: its table, filter fields, sort fields and default order. The root
 * connection and every nested connection of that type build their SQL from the same definition.
 */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { sortKeysOf, type ListArgs, type OrderInput, type SortKey } from '../core/paging';
import { applyFilter, type FilterSpec } from './filter-sql';
import type { EntityClass } from './record-loaders';
import { applySearch } from './search';

export interface ListDefinition<T extends ObjectLiteral> {
  entity: EntityClass<T>;
  alias: string;
  filter: FilterSpec;
  order: Record<string, { column: string }>;
  defaultOrder: SortKey[];
}

export interface ListQuery<T extends ObjectLiteral> {
  query: SelectQueryBuilder<T>;
  order: SortKey[];
}

/** Applies filter, search and soft-delete visibility to a query over the definition's table. */
export function refineList<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  definition: ListDefinition<T>,
  args: ListArgs<object, OrderInput<string>>,
): SelectQueryBuilder<T> {
  applyFilter(query, definition.alias, definition.filter, args.filter);
  applySearch(query, definition.alias, args.search);
  if (args.includeDeleted) query.withDeleted();
  return query;
}

export function listQuery<T extends ObjectLiteral>(
  dataSource: DataSource,
  definition: ListDefinition<T>,
  args: ListArgs<object, OrderInput<string>>,
): ListQuery<T> {
  const query = refineList(
    dataSource.getRepository(definition.entity).createQueryBuilder(definition.alias),
    definition,
    args,
  );
  return { query, order: sortKeysOf(args.orderBy, definition.order, definition.defaultOrder) };
}
