import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestedProperties } from '../platform/requested-properties';
import type { ChildQuery } from '../loaders/child-pages';
import type { NestedReportSource } from '../reports/report-loaders';
import { type PageArgs, type SortKey } from '../core/paging';
import { fetchPage, resolvePageSize, type Page } from '../loaders/keyset-page';
import { listQuery, refineList, type ListDefinition } from '../loaders/list-query';
import type { ListArgs } from '../schema/list-args';
import { sortKeysOf, type OrderInput } from '../schema/order';
import type { ConnectionClass, ConnectionShape } from '../schema/page';
import type { RequestContext } from './context';

/**
 * A connection whose page is read only when its edges, nodes or pageInfo are asked for — a
 * request for `totalCount` or `aggregates` alone runs no page query — and at most once per set of
 * properties the request reads of its items (`nodesWith`, `edgesWith`: see requested-properties;
 * null reads them all). pageInfo takes whichever page the items asked for, or reads one itself.
 */
export function connectionFromPage<T extends ObjectLiteral>(
  connection: ConnectionClass<T>,
  loadPage: (properties: RequestedProperties) => Promise<Page<T>>,
  count: () => Promise<number>,
): ConnectionShape<T> {
  const result = new connection();
  const pages = new Map<string, Promise<Page<T>>>();
  const pageWith = (properties: RequestedProperties) => {
    const key = properties?.join(',') ?? '*';
    let page = pages.get(key);
    if (!page) pages.set(key, (page = loadPage(properties)));
    return page;
  };
  // A row of a page always has its cursor (cursorAt is null only past the page's ends).
  const edges = (p: Page<T>) => p.rows.map((node, i) => ({ node, cursor: p.cursorAt(i)! }));
  const pageInfo = (p: Page<T>) => ({
    hasNextPage: p.hasNextPage,
    hasPreviousPage: p.hasPreviousPage,
    startCursor: p.cursorAt(0),
    endCursor: p.cursorAt(p.rows.length - 1),
  });
  const lazily = (name: 'edges' | 'nodes' | 'pageInfo', get: () => Promise<unknown>) =>
    Object.defineProperty(result, name, { enumerable: true, configurable: true, get });
  lazily('edges', () => pageWith(null).then(edges));
  lazily('nodes', () => pageWith(null).then((p) => p.rows));
  // Sibling fields resolve in one pass: by the next microtask the items have asked for their page.
  lazily('pageInfo', () =>
    Promise.resolve().then(() => (pages.values().next().value ?? pageWith(null)).then(pageInfo)),
  );
  result.nodesWith = (properties) => pageWith(properties).then((p) => p.rows);
  result.edgesWith = (properties) => pageWith(properties).then(edges);
  result.count = count;
  return result;
}

/** A filtered query as a root connection; the page and the COUNT each run only if asked for. */
export async function connectionOf<T extends ObjectLiteral>(
  connection: ConnectionClass<T>,
  query: SelectQueryBuilder<T>,
  alias: string,
  order: SortKey[],
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  // Bad paging arguments are refused whether or not the page is read.
  resolvePageSize(args);
  return connectionFromPage(
    connection,
    () => fetchPage(query.clone(), alias, order, args),
    () => query.clone().orderBy().getCount(),
  );
}

/** One parent's page of a nested connection, batched with its siblings' through the request's loaders. */
export async function childConnectionOf<T extends ObjectLiteral>(
  ctx: RequestContext,
  connection: ConnectionClass<T>,
  spec: ChildQuery<T>,
  parentId: number,
): Promise<ConnectionShape<T>> {
  resolvePageSize(spec.args);
  return connectionFromPage(
    connection,
    (properties) => ctx.childPages.page({ ...spec, properties }, parentId),
    () => ctx.childPages.count(spec, parentId),
  );
}

type AnyListArgs = ListArgs<object, OrderInput<string>>;

/** What a list connection ranges over, kept on the connection so aggregates can reuse it. */
export interface ListSource<T extends ObjectLiteral> {
  definition: ListDefinition<T>;
  /** filter, search, includeDeleted (orderBy is ignored by aggregates). */
  listing: Omit<AnyListArgs, 'first' | 'after' | 'last' | 'before'>;
  /** For a nested connection: the relation and the parent's id. */
  parent?: { relation: ChildRelation<T>; id: number };
}

/** The source's rows as a query, unpaged and unordered: one SQL for whatever is computed over them. */
export function sourceQuery<T extends ObjectLiteral>(
  ctx: RequestContext,
  source: ListSource<T>,
): SelectQueryBuilder<T> {
  const { parent } = source;
  const query = relationQuery(ctx, source);
  return parent
    ? query.andWhere(`${parent.relation.parentKey} = :sourceParentId`, { sourceParentId: parent.id })
    : query;
}

/** The source's rows under any parent of its relation: its joins, filter and search, no parent restriction. */
function relationQuery<T extends ObjectLiteral>(ctx: RequestContext, source: ListSource<T>): SelectQueryBuilder<T> {
  const { definition, listing, parent } = source;
  const query = ctx.dataSource.getRepository(definition.entity).createQueryBuilder(definition.alias);
  return refineList(parent?.relation.join ? parent.relation.join(query) : query, definition, listing);
}

/**
 * A nested source as its level's report loaders take it — the rows under every parent, keyed by
 * relation and arguments so the siblings of one level share a statement — and its parent's id;
 * null for a root list.
 */
export function nestedReportSource<T extends ObjectLiteral>(
  ctx: RequestContext,
  source: ListSource<T>,
): { rows: NestedReportSource; parentId: number } | null {
  if (!source.parent) return null;
  const { relation, id } = source.parent;
  const rows = {
    key: `${relation.name}:${JSON.stringify(source.listing)}`,
    parentKey: relation.parentKey,
    query: () => relationQuery(ctx, source),
  };
  return { rows, parentId: id };
}

/** A root plural connection over a list definition. */
export async function listConnection<T extends ObjectLiteral>(
  ctx: RequestContext,
  connection: ConnectionClass<T>,
  definition: ListDefinition<T>,
  args: AnyListArgs,
) {
  const { query, order } = listQuery(ctx.dataSource, definition, args);
  const result = await connectionOf(connection, query, definition.alias, order, args);
  const { first: _first, after: _after, last: _last, before: _before, ...listing } = args;
  result.source = { definition, listing } satisfies ListSource<T>;
  return result;
}

export interface ChildRelation<T extends ObjectLiteral> {
  /** Names the relation; with the filter it keys the request's batch loaders. */
  name: string;
  /** Qualified SQL of the parent key, on the child table or on a joined one. */
  parentKey: string;
  /** Joins (e.g. through a membership table) and fixed conditions of the relation. */
  join?: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
}

/** A nested to-many connection: the same definition, batched per level (see child-pages). */
export async function childListConnection<T extends ObjectLiteral>(
  ctx: RequestContext,
  connection: ConnectionClass<T>,
  definition: ListDefinition<T>,
  relation: ChildRelation<T>,
  args: AnyListArgs,
  parentId: number,
) {
  const { first, after, last, before, ...listing } = args;
  const result = await childConnectionOf(
    ctx,
    connection,
    {
      key: `${relation.name}:${JSON.stringify(listing)}`,
      entity: definition.entity,
      alias: definition.alias,
      parentKey: relation.parentKey,
      build: (query) => refineList(relation.join ? relation.join(query) : query, definition, listing),
      order: sortKeysOf(listing.orderBy, definition.order, definition.defaultOrder),
      args: { first, after, last, before },
    },
    parentId,
  );
  result.source = { definition, listing, parent: { relation, id: parentId } } satisfies ListSource<T>;
  return result;
}
