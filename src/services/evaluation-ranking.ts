/**
 * Xếp hạng bình xét — totals and ranks are derived, never typed in. Rank is a dense rank by total
 * points descending; equal totals are separated by votes for; still equal means the same rank.
 * Points are DECIMAL(…,2) strings, summed in hundredths so no float rounding creeps in.
 */

import { fromHundredths, toHundredths } from '../core/hundredths';

export interface ScoreLine {
  unitId: number;
  points: string;
  bonusPoints: string;
}

export interface RankInput {
  unitId: number;
  totalPoints: string;
  votesFor: number | null;
}

export interface RankedResult extends RankInput {
  rank: number;
}

/** Total points (points + bonus) per unit, as 2-decimal strings. */
export function totalPointsByUnit(scores: readonly ScoreLine[]): Map<number, string> {
  const totals = new Map<number, bigint>();
  for (const s of scores) {
    totals.set(s.unitId, (totals.get(s.unitId) ?? 0n) + toHundredths(s.points) + toHundredths(s.bonusPoints));
  }
  return new Map([...totals].map(([unitId, total]) => [unitId, fromHundredths(total)]));
}

export function rankResults(rows: readonly RankInput[]): RankedResult[] {
  const sorted = [...rows].sort((a, b) => {
    const byPoints = toHundredths(b.totalPoints) - toHundredths(a.totalPoints);
    if (byPoints !== 0n) return byPoints > 0n ? 1 : -1;
    return (b.votesFor ?? 0) - (a.votesFor ?? 0);
  });
  let rank = 0;
  let previous: RankInput | undefined;
  return sorted.map((row) => {
    const tied =
      previous !== undefined &&
      toHundredths(previous.totalPoints) === toHundredths(row.totalPoints) &&
      (previous.votesFor ?? 0) === (row.votesFor ?? 0);
    if (!tied) rank += 1;
    previous = row;
    return { ...row, rank };
  });
}
