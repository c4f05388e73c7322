/**
 * Computes a form from its definition: one GROUP BY statement per set of dimensions the rows
 * select on (grouped by those and the columns' dimensions), so a form costs a few statements over
 * indexed columns however many records it counts. Each cell then adds up the few groups that meet
 * its row's and column's conditions. The drill-down lists the records behind one cell with the same
 * conditions as SQL, so its count is the cell's figure.
 */
import type { DataSource } from 'typeorm';
import {
  inColumn,
  meetsAll,
  reportingPeriod,
  restSiblings,
  type FormColumn,
  type FormDefinition,
  type FormRow,
  type ReportingPeriod,
  type Selector,
} from './form-definition';
import { FORM_SOURCES, type FormSource } from './form-sources';

export interface FormRequest {
  definition: FormDefinition;
  year: number;
  reportingUnitId: number;
}

export interface ComputedForm extends FormRequest {
  period: ReportingPeriod;
  /** By row, the figure of each column; null for a heading. */
  cells: Array<number[] | null>;
}

type SqlValue = string | number;

interface Statement {
  sql: string;
  params: SqlValue[];
}

/** A dimension's value, never NULL, so that SQL and the cells' matching agree on "no value". */
function dimension(source: FormSource, name: string): string {
  const expression = source.dimensions[name];
  if (!expression) throw new Error(`the ${source.typeName} source has no dimension "${name}"`);
  return `COALESCE(${expression}, '')`;
}

function selectorSql(source: FormSource, selector: Selector, params: SqlValue[]): string {
  const parts: string[] = [];
  for (const [values, operator] of [
    [selector.in, 'IN'],
    [selector.notIn, 'NOT IN'],
  ] as const) {
    if (!values) continue;
    if (values.length === 0) {
      parts.push(operator === 'IN' ? '1 = 0' : '1 = 1');
      continue;
    }
    params.push(...values);
    parts.push(`${dimension(source, selector.dimension)} ${operator} (${values.map(() => '?').join(', ')})`);
  }
  return parts.length ? parts.join(' AND ') : '1 = 1';
}

function allSql(source: FormSource, selectors: readonly Selector[], params: SqlValue[]): string {
  return selectors.length ? selectors.map((s) => `(${selectorSql(source, s, params)})`).join(' AND ') : '1 = 1';
}

/** `WITH` the reporting unit and the units under it, `FROM` the source, `WHERE` the form's records. */
function counted(request: FormRequest): { source: FormSource; prefix: string; from: string; where: Statement } {
  const { definition, year, reportingUnitId } = request;
  const source = FORM_SOURCES[definition.source];
  const scope = source.scope[definition.scope];
  if (!scope) throw new Error(`the ${definition.source} source has no ${definition.scope} scope`);
  const period = reportingPeriod(year);
  const prefix =
    'WITH RECURSIVE scope_units (id) AS (SELECT id FROM units WHERE id = ? ' +
    'UNION ALL SELECT u.id FROM units u JOIN scope_units s ON u.parentId = s.id), ' +
    'reporting_unit AS (SELECT kind FROM units WHERE id = ?) ';
  const params: SqlValue[] = [reportingUnitId, reportingUnitId, period.from, period.to];
  const conditions = [`${source.date} BETWEEN ? AND ?`, ...source.live, scope];
  conditions.push(allSql(source, definition.where, params));
  return { source, prefix, from: source.from, where: { sql: conditions.join(' AND '), params } };
}

function dimensionsOf(selectors: readonly Selector[]): string[] {
  return [...new Set(selectors.map((s) => s.dimension))].sort();
}

export async function computeForm(dataSource: DataSource, request: FormRequest): Promise<ComputedForm> {
  const { definition } = request;
  const { source, prefix, from, where } = counted(request);
  const columnDimensions = dimensionsOf(definition.columns.flatMap((c) => c.where));
  // Rows that select on the same dimensions share one statement.
  const rowsByDimensions = new Map<string, FormRow[]>();
  for (const row of definition.rows) {
    if (row.heading) continue;
    const key = dimensionsOf(row.where).join(',');
    rowsByDimensions.set(key, [...(rowsByDimensions.get(key) ?? []), row]);
  }
  const figures = new Map<string, number[]>();
  await Promise.all(
    [...rowsByDimensions.values()].map(async (rows) => {
      const names = [...new Set([...dimensionsOf(rows.flatMap((r) => r.where)), ...columnDimensions])];
      const keys = names.map((name, i) => `${dimension(source, name)} AS k${i}`);
      const groupBy = names.length ? ` GROUP BY ${names.map((_, i) => `k${i}`).join(', ')}` : '';
      const sql = `${prefix}SELECT ${[...keys, 'COUNT(*) AS n'].join(', ')} FROM ${from} WHERE ${where.sql}${groupBy}`;
      const groups: Array<Record<string, unknown>> = await dataSource.query(sql, where.params);
      const counted = groups.map((g) => ({
        values: new Map(names.map((name, i) => [name, String(g[`k${i}`] ?? '')])),
        n: Number(g.n),
      }));
      for (const row of rows) {
        const cells = definition.columns.map((column) =>
          counted
            .filter((g) => meetsAll(row.where, g.values) && inColumn(definition, column, g.values))
            .reduce((sum, g) => sum + g.n, 0),
        );
        figures.set(row.key, cells);
      }
    }),
  );
  return {
    ...request,
    period: reportingPeriod(request.year),
    cells: definition.rows.map((row) => (row.heading ? null : figures.get(row.key)!)),
  };
}

function columnSql(source: FormSource, definition: FormDefinition, column: FormColumn, params: SqlValue[]): string {
  if (!column.rest) return allSql(source, column.where, params);
  const others = restSiblings(definition).map((other) => `(${allSql(source, other.where, params)})`);
  return others.length ? `NOT (${others.join(' OR ')})` : '1 = 1';
}

export interface CellRecords {
  typeName: FormSource['typeName'];
  ids: number[];
  hasMore: boolean;
  count(): Promise<number>;
}

/** The records behind one cell, by id, `first` after the id `afterId`. */
export async function cellRecords(
  dataSource: DataSource,
  request: FormRequest,
  row: FormRow,
  column: FormColumn,
  first: number,
  afterId: number | null,
): Promise<CellRecords> {
  const { source, prefix, from, where } = counted(request);
  const params = [...where.params];
  const conditions = `${where.sql} AND (${allSql(source, row.where, params)}) AND (${columnSql(
    source,
    request.definition,
    column,
    params,
  )})`;
  const page = afterId === null ? '' : ` AND ${source.id} > ?`;
  const rows: Array<{ id: number | string }> = await dataSource.query(
    `${prefix}SELECT ${source.id} AS id FROM ${from} WHERE ${conditions}${page} ORDER BY ${source.id} LIMIT ?`,
    [...params, ...(afterId === null ? [] : [afterId]), first + 1],
  );
  const ids = rows.map((r) => Number(r.id));
  return {
    typeName: source.typeName,
    ids: ids.slice(0, first),
    hasMore: ids.length > first,
    count: async () => {
      const [total] = await dataSource.query(`${prefix}SELECT COUNT(*) AS n FROM ${from} WHERE ${conditions}`, params);
      return Number((total as { n: number | string }).n);
    },
  };
}
