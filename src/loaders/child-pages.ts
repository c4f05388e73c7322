/**
 * Pages of children for many parents in ONE statement: the children's query is numbered per parent
 * with ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …) and cut at the page size, so the number
 * of statements a nested connection costs does not grow with the number of parents. MySQL 8,
 * MariaDB 10.2+ and SQLite 3.25+ all have window functions.
 */
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { afterCursorCondition, cursorOf, decodeCursor, flip, resolvePageSize, withTieBreaker, type Page, type PageArgs, type SortKey } from './keyset-page';

export interface ChildQuery<T extends ObjectLiteral> {
  /** A stable name for this relation + arguments: loaders are shared per key within a request. */
  key: string;
  entity: new () => T;
  alias: string;
  /** The SQL expression (qualified, escaped) of the parent key, e.g. `m.blocId` through a join. */
  parentKey: string;
  /** The children's query: joins and filters, without the parent restriction. */
  build: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
  order: SortKey[];
  args: PageArgs;
}

function escapeIdentifierPath(dataSource: DataSource, alias: string, column: string): string {
  return `${dataSource.driver.escape(alias)}.${dataSource.driver.escape(column)}`;
}

async function loadChildPages<T extends ObjectLiteral>(dataSource: DataSource, spec: ChildQuery<T>, parentIds: readonly number[]): Promise<Array<Page<T>>> {
  const keys = withTieBreaker(spec.order);
  const { size, backward } = resolvePageSize(spec.args);
  const cursor = backward ? spec.args.before : spec.args.after;
  const effectiveKeys = backward ? flip(keys) : keys;
  if (size === 0) return parentIds.map(() => ({ rows: [], cursors: [], hasNextPage: false, hasPreviousPage: false }));

  const query = spec.build(dataSource.getRepository(spec.entity).createQueryBuilder(spec.alias));
  query.andWhere(`${spec.parentKey} IN (:...childPageParents)`, { childPageParents: [...parentIds] });
  if (cursor != null) {
    const condition = afterCursorCondition(spec.alias, effectiveKeys, decodeCursor(cursor, keys.length, backward ? 'before' : 'after'), 'childCursor');
    query.andWhere(condition.sql, condition.params);
  }
  const windowOrder = effectiveKeys.map((k) => `${escapeIdentifierPath(dataSource, spec.alias, k.column)} ${k.direction}`).join(', ');
  const metadata = dataSource.getMetadata(spec.entity);
  // A deferred join: the rows are numbered over their ids alone — which a covering index can
  // answer without reading a single row — and only the page's rows are then read in full.
  query
    .select([])
    .addSelect(`${escapeIdentifierPath(dataSource, spec.alias, 'id')}`, 'page_id')
    // `+ 0`: TypeORM folds an addSelect of an already selected column into it, losing its alias.
    .addSelect(`${spec.parentKey} + 0`, 'page_parent')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${spec.parentKey} ORDER BY ${windowOrder})`, 'page_row');
  const [innerSql, parameters] = query.getQueryAndParameters();
  const escape = (name: string) => dataSource.driver.escape(name);
  const columns = metadata.columns.map((c) => `page_row_data.${escape(c.databaseName)} AS ${escape(`${spec.alias}_${c.databaseName}`)}`).join(', ');
  const raw: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT ${columns}, page_window.page_parent, page_window.page_row FROM (${innerSql}) page_window
       INNER JOIN ${escape(metadata.tableName)} page_row_data ON page_row_data.id = page_window.page_id
      WHERE page_window.page_row <= ? ORDER BY page_window.page_parent, page_window.page_row`,
    [...parameters, size + 1],
  );

  const byParent = new Map<number, T[]>();
  for (const row of raw) {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      const value = row[`${spec.alias}_${column.databaseName}`];
      column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(value, column));
    }
    const parent = Number(row.page_parent);
    const list = byParent.get(parent) ?? [];
    list.push(entity);
    byParent.set(parent, list);
  }

  return parentIds.map((parentId) => {
    const fetched = byParent.get(parentId) ?? [];
    const hasMore = fetched.length > size;
    const rows = fetched.slice(0, size);
    if (backward) rows.reverse();
    return {
      rows,
      cursors: rows.map((row) => cursorOf(row, keys)),
      hasNextPage: backward ? spec.args.before != null : hasMore,
      hasPreviousPage: backward ? hasMore : spec.args.after != null,
    };
  });
}

async function countChildren<T extends ObjectLiteral>(dataSource: DataSource, spec: ChildQuery<T>, parentIds: readonly number[]): Promise<number[]> {
  const query = spec.build(dataSource.getRepository(spec.entity).createQueryBuilder(spec.alias));
  const rows: Array<{ parent: unknown; total: unknown }> = await query
    .andWhere(`${spec.parentKey} IN (:...childCountParents)`, { childCountParents: [...parentIds] })
    .select(spec.parentKey, 'parent')
    .addSelect('COUNT(*)', 'total')
    .groupBy(spec.parentKey)
    .getRawMany();
  const totals = new Map(rows.map((r) => [Number(r.parent), Number(r.total)]));
  return parentIds.map((id) => totals.get(id) ?? 0);
}

/** Per-request loaders for child pages and child counts, one per relation-and-arguments key. */
export class ChildPageLoaders {
  private readonly pages = new Map<string, DataLoader<number, Page<ObjectLiteral>>>();
  private readonly counts = new Map<string, DataLoader<number, number>>();

  constructor(private readonly dataSource: DataSource) {}

  page<T extends ObjectLiteral>(spec: ChildQuery<T>, parentId: number): Promise<Page<T>> {
    const key = `${spec.key}:${JSON.stringify(spec.args)}`;
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => loadChildPages(this.dataSource, spec as unknown as ChildQuery<ObjectLiteral>, ids));
      this.pages.set(key, loader);
    }
    return loader.load(parentId) as Promise<Page<T>>;
  }

  count<T extends ObjectLiteral>(spec: ChildQuery<T>, parentId: number): Promise<number> {
    let loader = this.counts.get(spec.key);
    if (!loader) {
      loader = new DataLoader((ids) => countChildren(this.dataSource, spec as unknown as ChildQuery<ObjectLiteral>, ids));
      this.counts.set(spec.key, loader);
    }
    return loader.load(parentId);
  }
}
