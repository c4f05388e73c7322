/**
 * The SQL of every aggregate report: over a list's rows (the same filter, search and parent as the
 * list), one statement computes the count and each measure's sum, minimum, maximum and non-null
 * count; grouped, the same statement carries GROUP BY, HAVING, ORDER BY and a page window. Nothing
 * is added up in JavaScript: it only reads the figures back and divides one sum for an average.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Engine } from '../db/data-source';
import { averageOf, numericParameter, numericSql, readStatistic, statisticSql, type Statistic } from './measures';
import type { GroupKey, ReportDefinition } from './report-definitions';

export interface MeasureFigures {
  sum: string | number | null;
  avg: string | null;
  min: string | number | null;
  max: string | number | null;
}

export interface Figures {
  count: number;
  measures: Record<string, MeasureFigures>;
}

export interface GroupFigures extends Figures {
  /** The group's key values by key name (ids for records). */
  keys: Record<string, string | number | null>;
}

const STATISTICS: Statistic[] = ['sum', 'min', 'max'];

/** Which figures to compute: `sum:amountVnd`… (an average needs the sum and the count); all when absent. */
export type Wanted = ReadonlySet<string> | undefined;

function selectFigures(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  wanted?: Wanted,
): SelectQueryBuilder<ObjectLiteral> {
  query.addSelect('COUNT(*)', 'agg_count');
  for (const measure of report.measures) {
    const expr = `${report.alias}.${measure.column}`;
    const asked = (statistic: string) => !wanted || wanted.has(`${statistic}:${measure.name}`);
    for (const statistic of STATISTICS) {
      if (asked(statistic) || (statistic === 'sum' && asked('avg')))
        query.addSelect(statisticSql(engine, measure, statistic, expr), `agg_${measure.name}_${statistic}`);
    }
    if (asked('avg')) query.addSelect(`COUNT(${expr})`, `agg_${measure.name}_n`);
  }
  return query;
}

export function readFigures(report: ReportDefinition, row: Record<string, unknown>): Figures {
  const measures: Record<string, MeasureFigures> = {};
  for (const measure of report.measures) {
    const raw = (statistic: string) => row[`agg_${measure.name}_${statistic}`] as string | number | null;
    measures[measure.name] = {
      sum: readStatistic(measure, raw('sum')),
      min: readStatistic(measure, raw('min')),
      max: readStatistic(measure, raw('max')),
      avg: averageOf(measure, raw('sum'), Number(raw('n') ?? 0)),
    };
  }
  return { count: Number(row.agg_count ?? 0), measures };
}

/** The statement computing the figures of all the rows of `query` (a list's source query). */
export function figuresQuery(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  wanted?: Wanted,
): SelectQueryBuilder<ObjectLiteral> {
  return selectFigures(query.select([]), engine, report, wanted);
}

export async function figuresOf(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  wanted?: Wanted,
): Promise<Figures> {
  const row = (await figuresQuery(query, engine, report, wanted).getRawOne()) as Record<string, unknown>;
  return readFigures(report, row);
}

/** HAVING conditions: an aggregate compared with a number. */
export interface HavingCondition {
  /** `count`, or `<statistic>:<measure>` such as `sum:amountVnd`. */
  aggregate: string;
  operator: '=' | '<>' | '<' | '<=' | '>' | '>=';
  value: string;
}

export interface GroupOrder {
  /** A key name, `count`, or `<statistic>:<measure>`. */
  by: string;
  direction: 'ASC' | 'DESC';
}

export interface GroupRequest {
  groupBy: string[];
  having: HavingCondition[];
  orderBy: GroupOrder[];
  offset: number;
  limit: number;
}

function aggregateSql(report: ReportDefinition, aggregate: string): string {
  if (aggregate === 'count') return 'COUNT(*)';
  const [statistic, name] = aggregate.split(':') as [Statistic | 'avg', string];
  const measure = report.measures.find((m) => m.name === name);
  if (!measure) throw new Error(`unknown measure ${name}`);
  return numericSql(statistic, `${report.alias}.${measure.column}`);
}

/** The groups' order: the one asked for, then every key ascending (keys make a group unique). */
export function groupOrderSql(
  report: ReportDefinition,
  request: Pick<GroupRequest, 'groupBy' | 'orderBy'>,
): Array<{ sql: string; direction: 'ASC' | 'DESC' }> {
  const order = [...request.orderBy, ...request.groupBy.map((name) => ({ by: name, direction: 'ASC' as const }))];
  return order.map(({ by, direction }) => ({
    sql: report.keys[by] ? report.keys[by]!.sql : aggregateSql(report, by),
    direction,
  }));
}

/** The grouped query: keys, figures, HAVING and ORDER BY, without its page window. */
export function groupedQuery(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  request: Omit<GroupRequest, 'offset' | 'limit'>,
  wanted?: Wanted,
): SelectQueryBuilder<ObjectLiteral> {
  const keys: Array<[string, GroupKey]> = request.groupBy.map((name) => [name, report.keys[name]!]);
  const joined = new Set<string>();
  for (const [, key] of keys) {
    for (const [alias, join] of Object.entries(key.joins ?? {})) {
      if (!joined.has(alias)) join(query);
      joined.add(alias);
    }
  }
  query.select([]);
  keys.forEach(([name, key], i) => {
    query.addSelect(key.sql, `grp_${name}`);
    if (i === 0) query.groupBy(key.sql);
    else query.addGroupBy(key.sql);
  });
  selectFigures(query, engine, report, wanted);
  request.having.forEach((condition, i) => {
    const value = numericParameter(engine, `having${i}`);
    const sql = `${aggregateSql(report, condition.aggregate)} ${condition.operator} ${value}`;
    if (i === 0) query.having(sql, { [`having${i}`]: condition.value });
    else query.andHaving(sql, { [`having${i}`]: condition.value });
  });
  groupOrderSql(report, request).forEach(({ sql, direction }, i) => {
    if (i === 0) query.orderBy(sql, direction);
    else query.addOrderBy(sql, direction);
  });
  return query;
}

/** One page of groups (one SQL statement), and whether more follow. */
export async function groupsOf(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  request: GroupRequest,
  wanted?: Wanted,
): Promise<{ groups: GroupFigures[]; hasMore: boolean }> {
  const rows = (await groupedQuery(query, engine, report, request, wanted)
    .offset(request.offset)
    .limit(request.limit + 1)
    .getRawMany()) as Array<Record<string, unknown>>;
  return readGroups(report, request, rows);
}

/** A page of groups from their rows (one more than the page, to tell whether more follow). */
export function readGroups(
  report: ReportDefinition,
  request: GroupRequest,
  rows: Array<Record<string, unknown>>,
): { groups: GroupFigures[]; hasMore: boolean } {
  const groups = rows.slice(0, request.limit).map((row) => ({
    ...readFigures(report, row),
    keys: Object.fromEntries(
      request.groupBy.map((name) => [name, (row[`grp_${name}`] ?? null) as string | number | null]),
    ),
  }));
  return { groups, hasMore: rows.length > request.limit };
}

/** How many groups there are (for totalCount): the grouped query counted as a subquery. */
export async function groupCountOf(
  query: SelectQueryBuilder<ObjectLiteral>,
  engine: Engine,
  report: ReportDefinition,
  request: Omit<GroupRequest, 'offset' | 'limit'>,
): Promise<number> {
  // Counting groups needs no figure but the row count.
  const grouped = groupedQuery(query, engine, report, { ...request, orderBy: [] }, new Set()).orderBy();
  const [sql, parameters] = grouped.getQueryAndParameters();
  const rows = (await query.connection.query(`SELECT COUNT(*) AS n FROM (${sql}) grp`, parameters)) as Array<{
    n: number | string;
  }>;
  return Number(rows[0]?.n ?? 0);
}
