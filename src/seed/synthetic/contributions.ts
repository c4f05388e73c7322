/** The synthetic dataset's contributions, generated one at a time and written in chunks. */
import type { EntityManager } from 'typeorm';
import { pad, YEARS, type BlocPlan } from './plan';
import type { SyntheticRows } from './rows';

export interface ContributionChoices {
  blocs: BlocPlan[];
  movementIds: number[];
  kindIds: number[];
  moneyKindId: number;
}

/** One contribution: by a member unit that year (mostly) or by the bloc as a whole. */
export async function addContribution(
  rows: SyntheticRows,
  manager: EntityManager,
  { blocs, movementIds, kindIds, moneyKindId }: ContributionChoices,
): Promise<void> {
  const r = rows.random;
  const bloc = r.pick(blocs);
  const year = r.pick(YEARS);
  const byBloc = r.chance(0.1);
  const unitId = byBloc ? null : r.pick(bloc.membersByYear.get(year)!);
  const kindId = r.pick(kindIds);
  const quantity = kindId === moneyKindId || r.chance(0.05) ? null : r.int(1, 50);
  // Mostly modest sums, now and then a very large one, so totals pass 2^53 at scale.
  const amount = r.chance(0.1)
    ? null
    : r.chance(0.001)
      ? String(r.int(1, 9) * 10 ** 13 + r.int(0, 999_999))
      : String(r.int(1, 20_000) * 100_000);
  await rows.add(manager, 'contributions', [
    rows.id('contributions'),
    r.pick(movementIds),
    year,
    unitId,
    byBloc ? bloc.id : null,
    kindId,
    quantity,
    amount,
    byBloc && r.chance(0.5) ? bloc.fundId : null,
    `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
    null,
    'synthetic',
  ]);
}
