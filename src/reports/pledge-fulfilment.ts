/**
 * Pledge fulfilment: each target of a pledge next to what was achieved — the contributions of the
 * same scope (the bloc as a whole for a bloc target, the one unit for a unit target), kind, year
 * and, when the target names one, movement — with the percentage reached. One SQL statement for
 * all the targets of any number of pledges.
 */
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/data-source';
import { fromHundredths } from '../core/hundredths';

export interface TargetFulfilment {
  targetId: number;
  pledgeId: number;
  contributionCount: number;
  achievedQuantity: number | null;
  achievedAmountVnd: string | null;
  targetQuantity: number | null;
  targetAmountVnd: string | null;
  /** achieved ÷ target × 100, two decimals, rounded half up; null without a (non-zero) target. */
  quantityPercent: string | null;
  amountPercent: string | null;
}

export function percentOf(achieved: bigint | null, target: bigint | null): string | null {
  if (target === null || target === 0n) return null;
  return fromHundredths(((achieved ?? 0n) * 10000n * 2n + target) / (target * 2n));
}

const whole = (value: unknown): bigint | null =>
  value === null || value === undefined ? null : BigInt(String(value).split('.')[0]!);

export async function fulfilmentOfPledges(
  dataSource: DataSource,
  pledgeIds: readonly number[],
): Promise<TargetFulfilment[]> {
  if (pledgeIds.length === 0) return [];
  const text = engineOf(dataSource) === 'sqlite' ? 'TEXT' : 'CHAR';
  const inList = pledgeIds.map(() => '?').join(', ');
  // One branch per kind of target, each joined on plain equalities so the report index serves it
  // (an OR in the join would scan every contribution).
  const branches = [
    {
      where: 'pt.movementId IS NOT NULL AND pt.unitId IS NULL',
      join: 'c.movementId = pt.movementId AND c.blocId = p.blocId',
    },
    {
      where: 'pt.movementId IS NOT NULL AND pt.unitId IS NOT NULL',
      join: 'c.movementId = pt.movementId AND c.unitId = pt.unitId',
    },
    { where: 'pt.movementId IS NULL AND pt.unitId IS NULL', join: 'c.blocId = p.blocId' },
    { where: 'pt.movementId IS NULL AND pt.unitId IS NOT NULL', join: 'c.unitId = pt.unitId' },
  ];
  const sql = branches
    .map(
      ({ where, join }) => `SELECT pt.id AS targetId, pt.pledgeId AS pledgeId, pt.targetQuantity AS targetQuantity,
              CAST(pt.targetAmountVnd AS ${text}) AS targetAmount,
            COUNT(c.id) AS n, CAST(SUM(c.quantity) AS ${text}) AS quantity, CAST(SUM(c.amountVnd) AS ${text}) AS amount
       FROM pledge_targets pt
       JOIN pledges p ON p.id = pt.pledgeId
       LEFT JOIN contributions c ON ${join} AND c.year = p.year AND c.kindId = pt.kindId AND c.deletedAt IS NULL
      WHERE pt.deletedAt IS NULL AND ${where} AND pt.pledgeId IN (${inList})
      GROUP BY pt.id, pt.pledgeId, pt.targetQuantity, pt.targetAmountVnd`,
    )
    .join(' UNION ALL ');
  const rows = (await dataSource.query(
    `SELECT * FROM (${sql}) fulfilment ORDER BY pledgeId, targetId`,
    branches.flatMap(() => [...pledgeIds]),
  )) as Array<Record<string, unknown>>;
  return rows.map((row) => {
    const achievedQuantity = whole(row.quantity);
    const achievedAmount = whole(row.amount);
    const targetQuantity = whole(row.targetQuantity);
    const targetAmount = whole(row.targetAmount);
    return {
      targetId: Number(row.targetId),
      pledgeId: Number(row.pledgeId),
      contributionCount: Number(row.n),
      achievedQuantity: achievedQuantity === null ? null : Number(achievedQuantity),
      achievedAmountVnd: achievedAmount === null ? null : achievedAmount.toString(),
      targetQuantity: targetQuantity === null ? null : Number(targetQuantity),
      targetAmountVnd: targetAmount === null ? null : targetAmount.toString(),
      quantityPercent: targetQuantity === null ? null : percentOf(achievedQuantity, targetQuantity),
      amountPercent: targetAmount === null ? null : percentOf(achievedAmount, targetAmount),
    };
  });
}

/** The pledge of a bloc for a year, if there is one. */
export async function pledgeIdOf(dataSource: DataSource, blocId: number, year: number): Promise<number | null> {
  const rows = (await dataSource.query('SELECT id FROM pledges WHERE blocId = ? AND year = ? AND deletedAt IS NULL', [
    blocId,
    year,
  ])) as Array<{ id: number }>;
  return rows[0] ? Number(rows[0].id) : null;
}
