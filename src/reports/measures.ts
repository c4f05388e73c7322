/**
 * What reports add up, and how each engine computes it exactly. Sums, minima and maxima are SQL
 * aggregates read back as text (better-sqlite3 would turn a large sum into a lossy number);
 * points are summed in hundredths; an average is the exact sum divided by the count of non-null
 * values, rounded half up — null is not zero.
 */
import type { Engine } from '../db/data-source';
import { fromHundredths } from '../core/hundredths';

export type MeasureKind =
  /** Whole quantities counted in a contribution kind's unit: never summed across kinds (rule 6). */
  | 'quantity'
  /** Whole numbers that add across any rows (a dossier's processing days, council votes). */
  | 'whole'
  /** Money in whole đồng. */
  | 'vnd'
  /** Points with two decimals. */
  | 'points';

export interface Measure {
  /** The GraphQL field name, e.g. amountVnd. */
  name: string;
  /** The column on the report's main table. */
  column: string;
  kind: MeasureKind;
  description: string;
}

export type Statistic = 'sum' | 'min' | 'max';

/** The SQL that computes `statistic` of `expr` as text that reads back exactly. */
export function statisticSql(engine: Engine, measure: Measure, statistic: Statistic, expr: string): string {
  const fn = statistic.toUpperCase();
  if (measure.kind === 'points') {
    return engine === 'sqlite'
      ? `CAST(${fn}(CAST(ROUND(${expr} * 100) AS INTEGER)) AS TEXT)`
      : `CAST(${fn}(${expr}) * 100 AS CHAR)`;
  }
  return engine === 'sqlite' ? `CAST(${fn}(${expr}) AS TEXT)` : `CAST(${fn}(${expr}) AS CHAR)`;
}

/** The numeric SQL of an aggregate, for HAVING and ORDER BY. */
export function numericSql(statistic: Statistic | 'avg' | 'count', expr: string): string {
  return statistic === 'count' ? 'COUNT(*)' : `${statistic.toUpperCase()}(${expr})`;
}

/** A parameter compared with a numeric aggregate: as a number on both engines, never as text. */
export function numericParameter(engine: Engine, name: string): string {
  return engine === 'sqlite' ? `CAST(:${name} AS NUMERIC)` : `CAST(:${name} AS DECIMAL(40,2))`;
}

/** A statistic read back from SQL text into the API's representation. */
export function readStatistic(measure: Measure, text: string | number | null): string | number | null {
  if (text === null || text === undefined) return null;
  const whole = String(text).split('.')[0]!;
  switch (measure.kind) {
    case 'quantity':
    case 'whole':
      return Number(whole);
    case 'vnd':
      return whole;
    case 'points':
      return fromHundredths(BigInt(whole));
  }
}

/** Divides and rounds half up (values are never negative here). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * The average of the non-null values from their exact sum and count: quantities and points to two
 * decimals, money to whole đồng; rounded half up.
 */
export function averageOf(measure: Measure, sumText: string | number | null, count: number): string | null {
  if (sumText === null || sumText === undefined || count === 0) return null;
  const whole = BigInt(String(sumText).split('.')[0]!);
  const n = BigInt(count);
  switch (measure.kind) {
    case 'vnd':
      return divideRounded(whole, n).toString();
    case 'quantity':
    case 'whole':
      return fromHundredths(divideRounded(whole * 100n, n));
    case 'points':
      return fromHundredths(divideRounded(whole, n));
  }
}
