/**
 * Xếp hạng bình xét — totals and ranks are derived, never typed in. Rank is a dense rank by total
 * points descending; equal totals are separated by votes for; still equal means the same rank.
 * Points are DECIMAL(…,2) strings, summed in hundredths so no float rounding creeps in.
 */

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

export function toHundredths(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new RangeError(`"${value}" is not a decimal with at most two places`);
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -magnitude : magnitude;
}

function fromHundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
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
    const tied = previous !== undefined && toHundredths(previous.totalPoints) === toHundredths(row.totalPoints) && (previous.votesFor ?? 0) === (row.votesFor ?? 0);
    if (!tied) rank += 1;
    previous = row;
    return { ...row, rank };
  });
}
