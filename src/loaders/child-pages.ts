/**
 * Pages of children for many parents in ONE statement: each parent's page is its own index seek —
 * `WHERE parent = ? … ORDER BY … LIMIT page + 1`, reading only the page's index entries however
 * many children the parent has — and the seeks are joined by UNION ALL, so the number of
 * statements a nested connection costs does not grow with the number of parents. Each branch
 * selects ids alone (a covering index answers it without reading a row); the page's rows are then
 * read in full by one join (a deferred join).
 */
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { WeakMemo } from '../core/weak-memo';
import { rowReader } from '../platform/row-reader';
import {
  afterCursorCondition,
  decodeCursor,
  flip,
  pageFrom,
  resolvePageSize,
  withTieBreaker,
  type Page,
} from './keyset-page';
import type { PageArgs, SortKey } from '../core/paging';
import type { RequestedProperties } from '../platform/requested-properties';

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
  /** The properties the request reads of the children (their columns are read, with id and the order's); null: all. */
  properties?: RequestedProperties;
}

/** SQLite allows at most 500 terms in one compound SELECT: larger unions are nested in chunks. */
const TERMS_PER_UNION = 500;

/** `terms` UNION ALL-ed, nested in derived tables of at most TERMS_PER_UNION terms each. */
function unionAll(terms: string[]): string {
  if (terms.length <= TERMS_PER_UNION) return terms.join(' UNION ALL ');
  const chunks: string[] = [];
  for (let start = 0; start < terms.length; start += TERMS_PER_UNION)
    chunks.push(`SELECT * FROM (${terms.slice(start, start + TERMS_PER_UNION).join(' UNION ALL ')}) page_chunk`);
  return unionAll(chunks);
}

/** Stands for the parent's id in the one branch built by TypeORM, replaced per parent. */
const PARENT = Symbol('parent id');

function escapeIdentifierPath(dataSource: DataSource, alias: string, column: string): string {
  return `${dataSource.driver.escape(alias)}.${dataSource.driver.escape(column)}`;
}

/** The statement for a batch of parents and the parameters of one branch (with PARENT in them). */
function childPageStatement<T extends ObjectLiteral>(dataSource: DataSource, spec: ChildQuery<T>) {
  const keys = withTieBreaker(spec.order);
  const { size, backward } = resolvePageSize(spec.args);
  const cursor = backward ? spec.args.before : spec.args.after;
  const effectiveKeys = backward ? flip(keys) : keys;
  const escape = (name: string) => dataSource.driver.escape(name);
  const order = effectiveKeys
    .map((k) => `${escapeIdentifierPath(dataSource, spec.alias, k.column)} ${k.direction}`)
    .join(', ');

  const query = spec.build(dataSource.getRepository(spec.entity).createQueryBuilder(spec.alias));
  query.andWhere(`${spec.parentKey} = :childPageParent`, { childPageParent: PARENT });
  if (cursor != null) {
    const condition = afterCursorCondition(
      spec.alias,
      effectiveKeys,
      decodeCursor(cursor, keys.length, backward ? 'before' : 'after'),
      'childCursor',
    );
    query.andWhere(condition.sql, condition.params);
  }
  query
    .select([])
    .addSelect(escapeIdentifierPath(dataSource, spec.alias, 'id'), 'page_id')
    // `+ 0`: TypeORM folds an addSelect of an already selected column into it, losing its alias.
    .addSelect(`${spec.parentKey} + 0`, 'page_parent');
  const [branchSql, branchParameters] = query.getQueryAndParameters();
  // The derived table keeps the branch's ORDER BY and LIMIT legal inside a UNION on every engine.
  const branch = `SELECT * FROM (${branchSql} ORDER BY ${order} LIMIT ${size + 1}) page_branch`;

  const metadata = dataSource.getMetadata(spec.entity);
  const reader = rowReader(dataSource, spec.entity, spec.alias, propertiesToRead(spec, keys));
  const sql = (branches: number) =>
    `SELECT ${reader.select}, page_window.page_parent
       FROM (${unionAll(Array.from({ length: branches }, () => branch))}) page_window
       INNER JOIN ${escape(metadata.tableName)} ${escape(spec.alias)}
         ON ${escapeIdentifierPath(dataSource, spec.alias, 'id')} = page_window.page_id
      ORDER BY page_window.page_parent, ${order}`;
  const parameters = (parentIds: readonly number[]) =>
    parentIds.flatMap((id) => branchParameters.map((p) => (p === PARENT ? id : p)));
  return { keys, size, sql, parameters, hydrate: reader.read };
}

const readLists = new WeakMemo<readonly string[], string, readonly string[]>();

/**
 * The properties a page reads: those asked for, the id and the order's keys (for cursors); null:
 * all. The same list object for the same request shape, so that its row reader is made once.
 */
function propertiesToRead<T extends ObjectLiteral>(spec: ChildQuery<T>, keys: SortKey[]): RequestedProperties {
  const asked = spec.properties;
  if (!asked) return null;
  const order = keys.map((k) => k.column);
  return readLists.getOrMake(asked, order.join(','), () => [...new Set(['id', ...asked, ...order])].sort());
}

async function loadChildPages<T extends ObjectLiteral>(
  dataSource: DataSource,
  spec: ChildQuery<T>,
  parentIds: readonly number[],
): Promise<Array<Page<T>>> {
  const { keys, size, sql, parameters, hydrate } = childPageStatement(dataSource, spec);
  const byParent = new Map<number, T[]>();
  const raw: Array<Record<string, unknown>> =
    size > 0 ? await dataSource.query(sql(parentIds.length), parameters(parentIds)) : [];
  for (const row of raw) {
    const parent = Number(row.page_parent);
    let list = byParent.get(parent);
    if (!list) byParent.set(parent, (list = []));
    list.push(hydrate(row));
  }
  return parentIds.map((parentId) => pageFrom(byParent.get(parentId) ?? [], keys, spec.args));
}

async function countChildren<T extends ObjectLiteral>(
  dataSource: DataSource,
  spec: ChildQuery<T>,
  parentIds: readonly number[],
): Promise<number[]> {
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
    const key = `${spec.key}:${JSON.stringify(spec.args)}:${spec.properties?.join(',') ?? '*'}`;
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader((ids) =>
        loadChildPages(this.dataSource, spec as unknown as ChildQuery<ObjectLiteral>, ids),
      );
      this.pages.set(key, loader);
    }
    return loader.load(parentId) as Promise<Page<T>>;
  }

  count<T extends ObjectLiteral>(spec: ChildQuery<T>, parentId: number): Promise<number> {
    let loader = this.counts.get(spec.key);
    if (!loader) {
      loader = new DataLoader((ids) =>
        countChildren(this.dataSource, spec as unknown as ChildQuery<ObjectLiteral>, ids),
      );
      this.counts.set(spec.key, loader);
    }
    return loader.load(parentId);
  }
}
