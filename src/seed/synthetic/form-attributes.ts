/**
 * What the Ministry's statistical forms count that the other steps do not produce: movements of
 * every scope, method and duration launched through the years; enterprises and people in each of
 * the five groups; decisions of the State, the Government and the province on every ground of
 * commendation, signed all through the year (so the 1 December boundary matters); and a few
 * revoked awards. Drawn from the rows' second random stream, so the rest of the dataset is unchanged.
 */
import type { EntityManager } from 'typeorm';
import { annualTitleKeyOf } from '../../entities/awards';
import {
  AwardLevel,
  AwardStatus,
  CommendationType,
  DecisionStatus,
  MovementKind,
  MovementScope,
  OccupationGroup,
  SubjectType,
  UnitKind,
} from '../../entities/enums';
import { movementSearchKey } from '../../entities/movements';
import { personSearchKey, unitSearchKey } from '../../entities/organisation';
import { prizeAmountVnd } from '../../services/prize-money';
import { AWARD_TYPES } from '../catalogue';
import type { CatalogueIds } from '../ensure-catalogue';
import { baseSalaryOn } from './evaluations-and-awards';
import { FAMILY, GIVEN, MIDDLE, pad, SYNTHETIC_PREFIX, YEARS } from './plan';
import type { SyntheticRows } from './rows';
import type { Structure } from './structure';

/** Durations in months a movement may run; null: its period's years say it. */
const DURATIONS = [3, 6, 9, 12, 12, 18, 24, 36, 48, 60, null];
const ENTERPRISES_PER_PROVINCE = 3;
/** Certificates of merit in each of a province's extra decisions. */
const PROVINCE_AWARDS_PER_DECISION = 60;
const REVOKED_SHARE = 0.02;

interface Recipient {
  subject: SubjectType;
  unitId: number | null;
  personId: number | null;
  name: string;
}

class FormRecords {
  private readonly r;
  private readonly typeByCode = new Map(AWARD_TYPES.map((t) => [t.code, t]));
  private readonly decisionCount = new Map<string, number>();
  readonly toRevoke: number[] = [];
  readonly names = new Map<number, string>();

  constructor(
    private readonly rows: SyntheticRows,
    private readonly manager: EntityManager,
    private readonly catalogue: CatalogueIds,
  ) {
    this.r = rows.formRandom;
  }

  /** A name drawn from this step's stream (the rows' own would shift the contributions drawn after). */
  personName(): string {
    return `${this.r.pick(FAMILY)} ${this.r.pick(MIDDLE)} ${this.r.pick(GIVEN)}`;
  }

  date(year: number): string {
    return `${year}-${pad(this.r.int(1, 12))}-${pad(this.r.int(1, 28))}`;
  }

  async unit(code: string, name: string, kind: UnitKind, parentId: number | null): Promise<number> {
    const id = this.rows.id('units');
    const headcount = this.r.int(20, 400);
    const shortName = name.slice(0, 40);
    await this.rows.add(this.manager, 'units', [
      id,
      code,
      name,
      shortName,
      kind,
      parentId,
      headcount,
      Math.floor(headcount / 2),
      '2015-01-01',
      unitSearchKey({ code, name, shortName }),
    ]);
    this.names.set(id, name);
    return id;
  }

  async person(unitId: number, position: string, group: OccupationGroup): Promise<Recipient> {
    const id = this.rows.id('persons');
    const fullName = this.personName();
    await this.rows.add(this.manager, 'persons', [
      id,
      fullName,
      null,
      unitId,
      position,
      false,
      personSearchKey({ fullName }),
      group,
    ]);
    return { subject: SubjectType.INDIVIDUAL, unitId: null, personId: id, name: fullName };
  }

  async movement(code: string, scope: MovementScope, launch: string, unitId: number | null, blocId: number | null) {
    const name = `Phong trào thi đua ${code.toLowerCase().replace(/_/g, ' ')}`;
    const year = Number(launch.slice(0, 4));
    await this.rows.add(this.manager, 'movements', [
      this.rows.id('movements'),
      code,
      name,
      this.r.pick([MovementKind.REGULAR, MovementKind.THEMATIC, MovementKind.CAMPAIGN]),
      scope,
      scope === MovementScope.NATIONAL ? 'Thủ tướng Chính phủ' : null,
      launch,
      year,
      year + this.r.int(0, 4),
      null,
      blocId,
      movementSearchKey({ code, name }),
      this.r.pick(DURATIONS),
      unitId,
    ]);
  }

  /** One decision and its awards; prize money derived as the API derives it. */
  async decision(
    issuerId: number,
    level: AwardLevel,
    suffix: string,
    year: number,
    recipients: Array<Recipient & { typeCode: string; blocId?: number | null }>,
  ): Promise<void> {
    const signedOn = this.date(year);
    const counter = `${issuerId}:${year}`;
    const number = (this.decisionCount.get(counter) ?? 0) + 1;
    this.decisionCount.set(counter, number);
    const decisionId = this.rows.id('award_decisions');
    await this.rows.add(this.manager, 'award_decisions', [
      decisionId,
      `${number}/QĐ-${suffix}`,
      signedOn,
      year,
      issuerId,
      level,
      this.personName(),
      null,
      'Khen thưởng (dữ liệu tổng hợp cho biểu mẫu thống kê)',
      this.r.pick(Object.values(CommendationType)),
      null,
      DecisionStatus.IN_EFFECT,
      true,
    ]);
    const salary = baseSalaryOn(signedOn);
    for (const recipient of recipients) {
      const type = this.typeByCode.get(recipient.typeCode)!;
      const awardTypeId = this.catalogue.awardTypeIdByCode.get(recipient.typeCode)!;
      const coefficient = type.prizeCoefficient;
      const achievementYear = year - 1;
      const line = {
        awardTypeId,
        subjectType: recipient.subject,
        recipientUnitId: recipient.unitId,
        recipientPersonId: recipient.personId,
        recipientHouseholdName: recipient.subject === SubjectType.HOUSEHOLD ? recipient.name : null,
        achievementYear,
        status: AwardStatus.ACTIVE,
      };
      const id = this.rows.id('awards');
      await this.rows.add(this.manager, 'awards', [
        id,
        decisionId,
        awardTypeId,
        recipient.subject,
        line.recipientUnitId,
        line.recipientPersonId,
        line.recipientHouseholdName,
        recipient.name,
        achievementYear,
        null,
        recipient.blocId ?? null,
        coefficient,
        coefficient === null ? null : salary.amountVnd,
        coefficient === null ? null : prizeAmountVnd(coefficient, salary.amountVnd, salary.roundingStepVnd),
        AwardStatus.ACTIVE,
        annualTitleKeyOf(line, type.isAnnual),
      ]);
      if (!type.isAnnual && this.r.chance(REVOKED_SHARE)) this.toRevoke.push(id);
    }
  }
}

export async function loadFormRecords(
  rows: SyntheticRows,
  manager: EntityManager,
  catalogue: CatalogueIds,
  structure: Structure,
): Promise<void> {
  const records = new FormRecords(rows, manager, catalogue);
  const r = rows.formRandom;
  const president = await records.unit(`${SYNTHETIC_PREFIX}_CHU_TICH_NUOC`, 'Chủ tịch nước', UnitKind.OTHER, null);
  const government = await records.unit(`${SYNTHETIC_PREFIX}_THU_TUONG`, 'Thủ tướng Chính phủ', UnitKind.OTHER, null);
  for (const year of YEARS) {
    await records.movement(`${SYNTHETIC_PREFIX}_MV_TQ_${year}`, MovementScope.NATIONAL, records.date(year), null, null);
  }
  for (const [index, committee] of structure.committeeByProvince.entries()) {
    const prefix = `${SYNTHETIC_PREFIX}${pad(index + 1)}`;
    const blocs = structure.blocs.filter((b) => b.province === index);
    const enterprises: number[] = [];
    const enterprisePeople: Recipient[] = [];
    for (let e = 1; e <= ENTERPRISES_PER_PROVINCE; e += 1) {
      const id = await records.unit(
        `${prefix}_DN${e}`,
        `Công ty cổ phần số ${e} tỉnh ${index + 1}`,
        UnitKind.ENTERPRISE,
        committee,
      );
      enterprises.push(id);
      enterprisePeople.push(await records.person(id, 'Giám đốc', OccupationGroup.ENTREPRENEUR));
      for (let w = 0; w < 3; w += 1)
        enterprisePeople.push(await records.person(id, 'Công nhân', OccupationGroup.WORKER));
    }
    for (const year of YEARS) {
      const members = [...new Set(blocs.flatMap((b) => b.membersByYear.get(year)!))];
      await records.movement(`${prefix}_MV_${year}`, MovementScope.PROVINCIAL, records.date(year), committee, null);
      for (const bloc of blocs)
        await records.movement(`${bloc.code}_MV_${year}`, MovementScope.BLOC, records.date(year), null, bloc.id);
      for (const [u, unitId] of r.sample(members, 3).entries())
        await records.movement(`${prefix}_MV_${year}_DV${u}`, MovementScope.UNIT, records.date(year), unitId, null);

      const collective = (unitId: number): Recipient => ({
        subject: SubjectType.COLLECTIVE,
        unitId,
        personId: null,
        name: structure.unitsById.get(unitId)?.name ?? records.names.get(unitId)!,
      });
      const person = (): Recipient => {
        if (r.chance(0.15)) return r.pick(enterprisePeople);
        const people = structure.personsByUnit.get(r.pick(members))!;
        const chosen = r.pick(people);
        return { subject: SubjectType.INDIVIDUAL, unitId: null, personId: chosen.id, name: chosen.name };
      };
      const household = (): Recipient & { blocId: number } => ({
        subject: SubjectType.HOUSEHOLD,
        unitId: null,
        personId: null,
        name: `Hộ gia đình ông ${records.personName()}`,
        blocId: r.pick(blocs).id,
      });
      const anyCollective = () => collective(r.chance(0.3) ? r.pick(enterprises) : r.pick(members));
      const signed = year + 1;
      await records.decision(president, AwardLevel.STATE, 'CTN', signed, [
        { ...anyCollective(), typeCode: 'HUAN_CHUONG_LAO_DONG_HANG_BA' },
        { ...person(), typeCode: 'HUAN_CHUONG_LAO_DONG_HANG_BA' },
        { ...person(), typeCode: 'HUAN_CHUONG_LAO_DONG_HANG_BA' },
      ]);
      await records.decision(government, AwardLevel.GOVERNMENT, 'TTg', signed, [
        { ...collective(r.pick(members)), typeCode: 'CO_THI_DUA_CHINH_PHU' },
        { ...person(), typeCode: 'CHIEN_SI_THI_DUA_TOAN_QUOC' },
        ...[anyCollective(), anyCollective(), person(), person(), person(), household()].map((x) => ({
          ...x,
          typeCode: 'BANG_KHEN_THU_TUONG',
        })),
      ]);
      for (let d = 0; d < 3; d += 1) {
        const lines = Array.from({ length: PROVINCE_AWARDS_PER_DECISION }, () => {
          const draw = r.next();
          if (draw < 0.1) return { ...person(), typeCode: 'CHIEN_SI_THI_DUA_CAP_TINH' };
          const recipient = draw < 0.7 ? person() : draw < 0.9 ? anyCollective() : household();
          return { ...recipient, typeCode: 'BANG_KHEN_CHU_TICH_UBND_TINH' };
        });
        await records.decision(committee, AwardLevel.PROVINCE, 'UBND-TK', signed, lines);
      }
    }
  }
  await rows.flushAll(manager);
  // Revoked by the province after the fact: they stay on record, and no form counts them.
  for (let i = 0; i < records.toRevoke.length; i += 500) {
    const chunk = records.toRevoke.slice(i, i + 500);
    await manager.query(
      "UPDATE awards SET status = 'REVOKED', revokedOn = '2026-01-15', " +
        `revocationReason = 'Thu hồi (dữ liệu tổng hợp)' WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      chunk,
    );
  }
  await manager.query(
    "UPDATE award_decisions SET status = 'PARTIALLY_REVOKED' WHERE status = 'IN_EFFECT' AND id IN " +
      "(SELECT decisionId FROM awards WHERE status = 'REVOKED')",
  );
}
