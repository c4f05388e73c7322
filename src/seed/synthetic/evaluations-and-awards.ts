/**
 * The synthetic dataset's evaluations and awards: each bloc's yearly scoring and ranking, and the
 * province's yearly decision that gives the flag to the bloc's first, "Tập thể lao động xuất sắc" to
 * the next two and certificates of merit to a few people — prize money derived as the API derives it.
 */
import type { EntityManager } from 'typeorm';
import { annualTitleKeyOf } from '../../entities/awards';
import {
  AwardLevel,
  AwardStatus,
  CommendationType,
  DecisionStatus,
  EvaluationMethod,
  SubjectType,
} from '../../entities/enums';
import { rankResults, totalPointsByUnit } from '../../services/evaluation-ranking';
import { prizeAmountVnd } from '../../services/prize-money';
import { AWARD_TYPES, BASE_SALARIES } from '../catalogue';
import type { CatalogueIds } from '../ensure-catalogue';
import { CRITERIA, fromHundredths, pad, type BlocPlan, type PersonRow } from './plan';
import type { SyntheticRows } from './rows';
import type { Structure } from './structure';

interface PendingAward {
  awardTypeCode: string;
  subject: SubjectType;
  unitId: number | null;
  person: PersonRow | null;
  name: string;
  blocId: number;
}

export function baseSalaryOn(date: string): (typeof BASE_SALARIES)[number] {
  const inForce = BASE_SALARIES.filter((s) => s.effectiveFrom <= date).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  const row = inForce[0];
  if (!row) throw new RangeError(`no base salary in force on ${date}`);
  return row;
}

export class SyntheticAwards {
  /** Awards waiting for their province's yearly decision, by province index and year. */
  private readonly pendingAwards = new Map<string, PendingAward[]>();

  constructor(
    private readonly rows: SyntheticRows,
    private readonly catalogue: CatalogueIds,
  ) {}

  /** Scores a bloc's members for a year, ranks them and queues the awards the ranking earns. */
  async evaluate(manager: EntityManager, structure: Structure, bloc: BlocPlan, year: number): Promise<void> {
    const { personsByUnit, unitsById } = structure;
    const members = bloc.membersByYear.get(year)!;
    const r = this.rows.random;
    const setId = this.rows.id('criteria_sets');
    await this.rows.add(manager, 'criteria_sets', [setId, bloc.id, year, '110.00', true]);
    const criterionIds: number[] = [];
    for (const [index, criterion] of CRITERIA.entries()) {
      const id = this.rows.id('criteria');
      criterionIds.push(id);
      await this.rows.add(manager, 'criteria', [
        id,
        setId,
        null,
        criterion.code,
        criterion.name,
        `${criterion.maxPoints}.00`,
        `${criterion.maxBonus}.00`,
        index + 1,
      ]);
    }
    const evaluationId = this.rows.id('evaluations');
    await this.rows.add(manager, 'evaluations', [
      evaluationId,
      bloc.id,
      year,
      setId,
      `${year}-12-${pad(r.int(5, 20))}`,
      EvaluationMethod.SCORE_AND_VOTE,
      true,
    ]);

    const scores: Array<{ unitId: number; points: string; bonusPoints: string }> = [];
    for (const unitId of members) {
      for (const [index, criterion] of CRITERIA.entries()) {
        const points = fromHundredths(r.int(criterion.maxPoints * 60, criterion.maxPoints * 100));
        const bonusPoints = fromHundredths(r.int(0, criterion.maxBonus * 100));
        scores.push({ unitId, points, bonusPoints });
        await this.rows.add(manager, 'evaluation_scores', [
          this.rows.id('evaluation_scores'),
          evaluationId,
          unitId,
          criterionIds[index]!,
          points,
          bonusPoints,
        ]);
      }
    }
    const totals = totalPointsByUnit(scores);
    const ranked = rankResults(
      members.map((unitId) => ({ unitId, totalPoints: totals.get(unitId)!, votesFor: r.int(0, members.length) })),
    );
    const flagTypeId = this.catalogue.awardTypeIdByCode.get('CO_THI_DUA_CAP_TINH')!;
    for (const result of ranked) {
      const proposed = result.rank === 1 ? flagTypeId : null;
      await this.rows.add(manager, 'evaluation_results', [
        this.rows.id('evaluation_results'),
        evaluationId,
        result.unitId,
        result.totalPoints,
        result.rank,
        result.votesFor,
        members.length,
        proposed,
      ]);
    }

    // The province's decision for this year: the flag to the bloc's first (one per bloc: within its
    // quota), "Tập thể lao động xuất sắc" to the next two, a certificate of merit to a few people.
    const key = `${bloc.province}:${year}`;
    const pending = this.pendingAwards.get(key) ?? [];
    const firsts = ranked.filter((row) => row.rank === 1).slice(0, 1);
    for (const row of firsts)
      pending.push({
        awardTypeCode: 'CO_THI_DUA_CAP_TINH',
        subject: SubjectType.COLLECTIVE,
        unitId: row.unitId,
        person: null,
        name: unitsById.get(row.unitId)!.name,
        blocId: bloc.id,
      });
    for (const row of ranked.filter((x) => x.rank === 2 || x.rank === 3)) {
      pending.push({
        awardTypeCode: 'TAP_THE_LAO_DONG_XUAT_SAC',
        subject: SubjectType.COLLECTIVE,
        unitId: row.unitId,
        person: null,
        name: unitsById.get(row.unitId)!.name,
        blocId: bloc.id,
      });
    }
    for (const unitId of r.sample(members, 2)) {
      const person = r.pick(personsByUnit.get(unitId)!);
      pending.push({
        awardTypeCode: 'BANG_KHEN_CHU_TICH_UBND_TINH',
        subject: SubjectType.INDIVIDUAL,
        unitId: null,
        person,
        name: person.name,
        blocId: bloc.id,
      });
    }
    if (r.chance(0.3)) {
      pending.push({
        awardTypeCode: 'BANG_KHEN_CHU_TICH_UBND_TINH',
        subject: SubjectType.HOUSEHOLD,
        unitId: null,
        person: null,
        name: `Hộ gia đình ông ${this.rows.personName()}`,
        blocId: bloc.id,
      });
    }
    this.pendingAwards.set(key, pending);
  }

  /** One decision per province and year, holding the awards queued for it. */
  async decide(manager: EntityManager, committeeByProvince: number[]): Promise<void> {
    const typeByCode = new Map(AWARD_TYPES.map((t) => [t.code, t]));
    for (const [key, awards] of this.pendingAwards) {
      const [provinceIndex, yearText] = key.split(':') as [string, string];
      const year = Number(yearText);
      const issuer = committeeByProvince[Number(provinceIndex)]!;
      const signedOn = `${year + 1}-01-${pad(this.rows.random.int(10, 28))}`;
      const decisionId = this.rows.id('award_decisions');
      await this.rows.add(manager, 'award_decisions', [
        decisionId,
        `${100 + Number(provinceIndex)}/QĐ-UBND`,
        signedOn,
        year + 1,
        issuer,
        AwardLevel.PROVINCE,
        this.rows.personName(),
        'Chủ tịch Ủy ban nhân dân tỉnh',
        `Khen thưởng thành tích năm ${year}`,
        CommendationType.MERIT,
        null,
        DecisionStatus.IN_EFFECT,
        true,
      ]);
      const salary = baseSalaryOn(signedOn);
      for (const award of awards) {
        const type = typeByCode.get(award.awardTypeCode)!;
        const awardTypeId = this.catalogue.awardTypeIdByCode.get(award.awardTypeCode)!;
        const coefficient = type.prizeCoefficient;
        const amount =
          coefficient === null ? null : prizeAmountVnd(coefficient, salary.amountVnd, salary.roundingStepVnd);
        const recipient = {
          awardTypeId,
          subjectType: award.subject,
          recipientUnitId: award.unitId,
          recipientPersonId: award.person?.id ?? null,
          recipientHouseholdName: award.subject === SubjectType.HOUSEHOLD ? award.name : null,
          achievementYear: year,
          status: AwardStatus.ACTIVE,
        };
        await this.rows.add(manager, 'awards', [
          this.rows.id('awards'),
          decisionId,
          awardTypeId,
          award.subject,
          recipient.recipientUnitId,
          recipient.recipientPersonId,
          recipient.recipientHouseholdName,
          award.name,
          year,
          null,
          award.blocId,
          coefficient,
          coefficient === null ? null : salary.amountVnd,
          amount,
          AwardStatus.ACTIVE,
          annualTitleKeyOf(recipient, type.isAnnual),
        ]);
      }
    }
  }
}
