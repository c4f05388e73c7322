/**
 * How long dossiers take, from first submission to decision: the count of decided dossiers among a
 * list's rows, their average and their 90th percentile in days. The days are stored on each decided
 * dossier (processingDays), so this reads one small column of the decided rows under the list's own
 * filter; a province decides some thousands of dossiers a year, which a request reads in milliseconds.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface ProcessingTime {
  decided: number;
  averageDays: string | null;
  p90Days: number | null;
}

/** The nearest-rank percentile (the smallest value with at least p% of the values at or below it). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function processingTimeOf(
  query: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
): Promise<ProcessingTime> {
  const rows = await query
    .select(`${alias}.processingDays`, 'days')
    .andWhere(`${alias}.processingDays IS NOT NULL`)
    .orderBy(`${alias}.processingDays`, 'ASC')
    .getRawMany<{ days: number | string }>();
  const days = rows.map((row) => Number(row.days));
  const total = days.reduce((sum, d) => sum + d, 0);
  return {
    decided: days.length,
    // Two decimals, rounded half up, as the reports' other averages.
    averageDays: days.length ? (Math.round((total * 100) / days.length) / 100).toFixed(2) : null,
    p90Days: percentile(days, 90),
  };
}
