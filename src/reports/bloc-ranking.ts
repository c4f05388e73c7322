/**
 * Blocs' rankings for a year: each evaluated unit's points, rank and votes, with its rank the
 * year before and the change (positive: moved up). One SQL statement for any number of blocs.
 */
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/data-source';
import { fromHundredths, toHundredths } from '../core/hundredths';

export interface RankingRow {
  unitId: number;
  totalPoints: string;
  rank: number | null;
  votesFor: number | null;
  votesCast: number | null;
  previousRank: number | null;
  rankChange: number | null;
}

const intOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** Each bloc's ranking for `year`, in the order of `blocIds` (an empty list for a bloc not evaluated). */
export async function blocRankings(
  dataSource: DataSource,
  blocIds: readonly number[],
  year: number,
): Promise<RankingRow[][]> {
  if (blocIds.length === 0) return [];
  const text = engineOf(dataSource) === 'sqlite' ? 'TEXT' : 'CHAR';
  const rows = (await dataSource.query(
    `SELECT e.blocId AS blocId, r.unitId AS unitId, CAST(r.totalPoints AS ${text}) AS totalPoints,
            r.\`rank\` AS rnk, r.votesFor AS votesFor, r.votesCast AS votesCast, pr.\`rank\` AS previousRank
       FROM evaluations e
       JOIN evaluation_results r ON r.evaluationId = e.id AND r.deletedAt IS NULL
       LEFT JOIN evaluations pe ON pe.blocId = e.blocId AND pe.year = e.year - 1 AND pe.deletedAt IS NULL
       LEFT JOIN evaluation_results pr ON pr.evaluationId = pe.id AND pr.unitId = r.unitId AND pr.deletedAt IS NULL
      WHERE e.blocId IN (${blocIds.map(() => '?').join(', ')}) AND e.year = ? AND e.deletedAt IS NULL
      ORDER BY e.blocId, CASE WHEN r.\`rank\` IS NULL THEN 1 ELSE 0 END, r.\`rank\`, r.unitId`,
    [...blocIds, year],
  )) as Array<Record<string, unknown>>;
  const byBloc = new Map<number, RankingRow[]>(blocIds.map((id) => [id, []]));
  for (const row of rows) {
    const rank = intOrNull(row.rnk);
    const previousRank = intOrNull(row.previousRank);
    byBloc.get(Number(row.blocId))?.push({
      unitId: Number(row.unitId),
      totalPoints: fromHundredths(toHundredths(String(row.totalPoints))),
      rank,
      votesFor: intOrNull(row.votesFor),
      votesCast: intOrNull(row.votesCast),
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
    });
  }
  return blocIds.map((id) => byBloc.get(id)!);
}
