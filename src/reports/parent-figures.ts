/**
 * The figures of a nested list for every parent of a level in one statement: what `aggregates`,
 * `groupedAggregates` and its `totalCount` compute over one parent's rows (see aggregate-query),
 * computed for all the parents at once with the parent key added to the grouping. Each parent gets
 * the answer its own statement would give: the same rows, figures, order and page.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Engine } from '../db/data-source';
import {
  figuresQuery,
  groupedQuery,
  groupOrderSql,
  readFigures,
  readGroups,
  type Figures,
  type GroupFigures,
  type GroupRequest,
  type Wanted,
} from './aggregate-query';
import type { ReportDefinition } from './report-definitions';

/** The rows of a nested list for any of its parents. */
export interface ParentRows {
  /** The list's rows under every parent: its relation's joins, filter and search, no parent restriction. */
  query: () => SelectQueryBuilder<ObjectLiteral>;
  /** Qualified SQL of the parent key, on the list's table or a joined one. */
  parentKey: string;
}

/** The rows under the given parents, with each row's parent selected as `alias`. */
function underParents(
  rows: ParentRows,
  parentIds: readonly number[],
  query: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
): SelectQueryBuilder<ObjectLiteral> {
  // `+ 0`: TypeORM folds an addSelect of an entity's column into the entity's own selection, losing its alias.
  return query
    .andWhere(`${rows.parentKey} IN (:...reportParents)`, { reportParents: [...parentIds] })
    .addSelect(`${rows.parentKey} + 0`, alias);
}

function byParent(rows: Array<Record<string, unknown>>, alias: string): Map<number, Array<Record<string, unknown>>> {
  const map = new Map<number, Array<Record<string, unknown>>>();
  for (const row of rows) {
    const parent = Number(row[alias]);
    let list = map.get(parent);
    if (!list) map.set(parent, (list = []));
    list.push(row);
  }
  return map;
}

/** Each parent's figures (count, sums, minima, maxima, averages), in the order of `parentIds`. */
export async function figuresOfParents(
  rows: ParentRows,
  parentIds: readonly number[],
  engine: Engine,
  report: ReportDefinition,
  wanted?: Wanted,
): Promise<Figures[]> {
  const query = underParents(rows, parentIds, figuresQuery(rows.query(), engine, report, wanted), 'agg_parent');
  const raw = (await query.groupBy(rows.parentKey).getRawMany()) as Array<Record<string, unknown>>;
  const found = byParent(raw, 'agg_parent');
  // A parent without rows has no group: its figures are those of an empty list (count 0, nulls).
  return parentIds.map((id) => readFigures(report, found.get(id)?.[0] ?? {}));
}

/** The grouped query over the parents' rows, each parent's groups apart. */
function groupedUnderParents(
  rows: ParentRows,
  parentIds: readonly number[],
  engine: Engine,
  report: ReportDefinition,
  request: Omit<GroupRequest, 'offset' | 'limit'>,
  wanted?: Wanted,
): SelectQueryBuilder<ObjectLiteral> {
  const query = groupedQuery(rows.query(), engine, report, request, wanted).orderBy();
  return underParents(rows, parentIds, query, 'grp_parent').addGroupBy(rows.parentKey);
}

/**
 * One page of groups for each parent: the groups are numbered within their parent in the order one
 * parent's statement sorts them (ROW_NUMBER over the same ORDER BY), and each parent's window of
 * that numbering is kept.
 */
export async function groupsOfParents(
  rows: ParentRows,
  parentIds: readonly number[],
  engine: Engine,
  report: ReportDefinition,
  request: GroupRequest,
  wanted?: Wanted,
): Promise<Array<{ groups: GroupFigures[]; hasMore: boolean }>> {
  const order = groupOrderSql(report, request)
    .map(({ sql, direction }) => `${sql} ${direction}`)
    .join(', ');
  const query = groupedUnderParents(rows, parentIds, engine, report, request, wanted).addSelect(
    `ROW_NUMBER() OVER (PARTITION BY ${rows.parentKey} ORDER BY ${order})`,
    'grp_row',
  );
  const [sql, parameters] = query.getQueryAndParameters();
  const raw = (await query.connection.query(
    `SELECT * FROM (${sql}) grp_window WHERE grp_row > ? AND grp_row <= ? ORDER BY grp_parent, grp_row`,
    [...parameters, request.offset, request.offset + request.limit + 1],
  )) as Array<Record<string, unknown>>;
  const found = byParent(raw, 'grp_parent');
  return parentIds.map((id) => readGroups(report, request, found.get(id) ?? []));
}

/** How many groups each parent has (for totalCount), in the order of `parentIds`. */
export async function groupCountsOfParents(
  rows: ParentRows,
  parentIds: readonly number[],
  engine: Engine,
  report: ReportDefinition,
  request: Omit<GroupRequest, 'offset' | 'limit'>,
): Promise<number[]> {
  // Counting groups needs no figure but the row count.
  const grouped = groupedUnderParents(rows, parentIds, engine, report, { ...request, orderBy: [] }, new Set());
  const [sql, parameters] = grouped.getQueryAndParameters();
  const raw = (await grouped.connection.query(
    `SELECT grp_parent, COUNT(*) AS n FROM (${sql}) grp GROUP BY grp_parent`,
    parameters,
  )) as Array<{ grp_parent: unknown; n: unknown }>;
  const counts = new Map(raw.map((row) => [Number(row.grp_parent), Number(row.n)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
