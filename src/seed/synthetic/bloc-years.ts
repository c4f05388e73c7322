/**
 * One bloc's year in the synthetic dataset: its leader and deputy, the pledge its members sign with
 * targets, and a contest with prizes to members' people.
 */
import type { EntityManager } from 'typeorm';
import { contestSearchKey } from '../../entities/contests';
import { LeadershipRole, PrizeRank } from '../../entities/enums';
import type { CatalogueIds } from '../ensure-catalogue';
import { pad, type BlocPlan } from './plan';
import type { SyntheticRows } from './rows';
import type { Structure } from './structure';

export async function loadBlocYear(
  rows: SyntheticRows,
  manager: EntityManager,
  catalogue: CatalogueIds,
  structure: Structure,
  bloc: BlocPlan,
  year: number,
): Promise<void> {
  const r = rows.random;
  const { movementIds, personsByUnit } = structure;
  const members = bloc.membersByYear.get(year)!;
  const [leader, deputy] = r.sample(members, 2) as [number, number];
  await rows.add(manager, 'bloc_leaderships', [
    rows.id('bloc_leaderships'),
    bloc.id,
    year,
    leader,
    LeadershipRole.LEADER,
    true,
  ]);
  await rows.add(manager, 'bloc_leaderships', [
    rows.id('bloc_leaderships'),
    bloc.id,
    year,
    deputy,
    LeadershipRole.DEPUTY,
    true,
  ]);

  const pledgeId = rows.id('pledges');
  await rows.add(manager, 'pledges', [
    pledgeId,
    bloc.id,
    year,
    `${year - 1}-12-${pad(r.int(10, 28))}`,
    'Hội trường tỉnh',
    `Giao ước thi đua năm ${year}`,
  ]);
  for (const unitId of members) {
    await rows.add(manager, 'pledge_signatories', [
      rows.id('pledge_signatories'),
      pledgeId,
      unitId,
      rows.personName(),
      'Giám đốc',
    ]);
  }
  for (const kindCode of ['HOUSE', 'STUDENT_SUPPORT', 'MONEY']) {
    const quantity = kindCode === 'MONEY' ? null : r.int(5, 60);
    const amount = kindCode === 'STUDENT_SUPPORT' ? null : String(r.int(1, 40) * 50_000_000);
    await rows.add(manager, 'pledge_targets', [
      rows.id('pledge_targets'),
      pledgeId,
      null,
      r.pick(movementIds),
      catalogue.kindIdByCode.get(kindCode)!,
      quantity,
      amount,
      `Chỉ tiêu ${kindCode} năm ${year}`,
      true,
    ]);
  }

  const contestId = rows.id('contests');
  const contestName = `Cuộc thi tìm hiểu pháp luật năm ${year} – ${bloc.code}`;
  await rows.add(manager, 'contests', [
    contestId,
    contestName,
    year,
    bloc.id,
    null,
    null,
    'Pháp luật về thi đua, khen thưởng',
    `${year}-05-01`,
    `${year}-09-30`,
    contestSearchKey({ name: contestName, topic: 'Pháp luật về thi đua, khen thưởng' }),
  ]);
  const prizeRanks = [PrizeRank.FIRST, PrizeRank.SECOND, PrizeRank.THIRD, PrizeRank.CONSOLATION];
  for (const [index, rank] of prizeRanks.entries()) {
    const unitId = r.pick(members);
    const person = r.pick(personsByUnit.get(unitId)!);
    await rows.add(manager, 'contest_prizes', [
      rows.id('contest_prizes'),
      contestId,
      rank,
      null,
      person.id,
      person.name,
      String((4 - index) * 500_000),
      true,
    ]);
  }
}
