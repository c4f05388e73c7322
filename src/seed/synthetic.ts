/**
 * A synthetic bulk dataset for benchmarks and reports, sized by the number of contributions and
 * reproducible from a seed: several provinces' worth of units, persons, blocs with memberships and
 * yearly leaders, movements, funds, pledges, contests, evaluations, decisions and awards. Every row
 * obeys the domain's rules (signatories and contributors are members that year, one leader per bloc
 * and year, totals and ranks derived, prize money derived, one annual title per recipient and year,
 * flags within the bloc's quota), because the API assumes them.
 *
 * Rows are written with multi-row INSERTs and ids assigned here (see bulk-insert); search keys come
 * from the same functions the entities use.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { annualTitleKeyOf } from '../entities/awards';
import { blocSearchKey } from '../entities/blocs';
import { contestSearchKey } from '../entities/contests';
import { fundSearchKey } from '../entities/contributions';
import {
  AwardLevel,
  AwardStatus,
  BlocKind,
  CommendationType,
  DecisionStatus,
  EvaluationMethod,
  FundPurpose,
  Gender,
  LeadershipRole,
  MovementKind,
  MovementScope,
  PrizeRank,
  SubjectType,
  UnitKind,
} from '../entities/enums';
import { movementSearchKey } from '../entities/movements';
import { personSearchKey, unitSearchKey } from '../entities/organisation';
import { OperatorError } from '../exit';
import { rankResults, totalPointsByUnit } from '../services/evaluation-ranking';
import { prizeAmountVnd } from '../services/prize-money';
import { BulkTable, nextId, type SqlValue } from './bulk-insert';
import { AWARD_TYPES, BASE_SALARIES } from './catalogue';
import { ensureCatalogue, type CatalogueIds } from './ensure-catalogue';
import { SeededRandom } from './random';

/** Every synthetic unit code starts with this; its presence means the dataset is already loaded. */
export const SYNTHETIC_PREFIX = 'SYN';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
const CONTRIBUTIONS_PER_PROVINCE = 50_000;
const BLOCS_PER_PROVINCE = 10;
const MEMBERS_PER_BLOC = 8;
const PERSONS_PER_UNIT = 4;
const CONTRIBUTION_CHUNK = 50_000;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];
const SECTORS = [
  'Giáo dục',
  'Y tế',
  'Tài chính',
  'Xây dựng',
  'Giao thông',
  'Nông nghiệp',
  'Công thương',
  'Tư pháp',
  'Nội vụ',
  'Văn hóa',
  'Du lịch',
  'Khoa học',
  'Thông tin',
  'Lao động',
  'Tài nguyên',
  'Kế hoạch',
];
const BLOC_THEMES = [
  'kinh tế tổng hợp',
  'văn hóa – xã hội',
  'nội chính',
  'đảng – đoàn thể',
  'huyện, thị xã phía Bắc',
  'huyện, thị xã phía Nam',
];

export interface SyntheticOptions {
  contributions: number;
  seed: number;
  log?: (line: string) => void;
}

export type SyntheticCounts = Record<string, number>;

interface UnitRow {
  id: number;
  code: string;
  name: string;
}

interface BlocPlan {
  id: number;
  code: string;
  /** Index of its province, whose committee issues the yearly decision. */
  province: number;
  managingUnitId: number;
  /** Member unit ids by year (a few units join late). */
  membersByYear: Map<number, number[]>;
  fundId: number;
}

/** Tables in the order rows may be written (parents first), with the columns the generator fills. */
const TABLES = {
  units: [
    'id',
    'code',
    'name',
    'shortName',
    'kind',
    'parentId',
    'headcount',
    'headcountFemale',
    'validFrom',
    'searchKey',
  ],
  persons: ['id', 'fullName', 'gender', 'unitId', 'position', 'isIllustrative', 'searchKey'],
  emulation_blocs: ['id', 'code', 'name', 'kind', 'managingUnitId', 'maxFlagsPerYear', 'validFrom', 'searchKey'],
  bloc_memberships: ['id', 'blocId', 'unitId', 'fromYear', 'toYear'],
  bloc_leaderships: ['id', 'blocId', 'year', 'unitId', 'role', 'isIllustrative'],
  movements: [
    'id',
    'code',
    'name',
    'kind',
    'scope',
    'launchedBy',
    'launchDate',
    'periodStartYear',
    'periodEndYear',
    'parentId',
    'blocId',
    'searchKey',
  ],
  funds: ['id', 'code', 'name', 'purpose', 'ownerBlocId', 'ownerUnitId', 'establishedYear', 'searchKey'],
  pledges: ['id', 'blocId', 'year', 'signedOn', 'place', 'content'],
  pledge_signatories: ['id', 'pledgeId', 'unitId', 'signerName', 'signerTitle'],
  pledge_targets: [
    'id',
    'pledgeId',
    'unitId',
    'movementId',
    'kindId',
    'targetQuantity',
    'targetAmountVnd',
    'description',
    'isIllustrative',
  ],
  contests: [
    'id',
    'name',
    'year',
    'organiserBlocId',
    'organiserUnitId',
    'movementId',
    'topic',
    'startsOn',
    'endsOn',
    'searchKey',
  ],
  contest_prizes: [
    'id',
    'contestId',
    'rank',
    'recipientUnitId',
    'recipientPersonId',
    'recipientNameSnapshot',
    'amountVnd',
    'isIllustrative',
  ],
  criteria_sets: ['id', 'blocId', 'year', 'maxTotal', 'isIllustrative'],
  criteria: ['id', 'criteriaSetId', 'parentId', 'code', 'name', 'maxPoints', 'maxBonusPoints', 'sortOrder'],
  evaluations: ['id', 'blocId', 'year', 'criteriaSetId', 'heldOn', 'method', 'isIllustrative'],
  evaluation_scores: ['id', 'evaluationId', 'unitId', 'criterionId', 'points', 'bonusPoints'],
  evaluation_results: [
    'id',
    'evaluationId',
    'unitId',
    'totalPoints',
    'rank',
    'votesFor',
    'votesCast',
    'proposedAwardTypeId',
  ],
  award_decisions: [
    'id',
    'decisionNo',
    'signedOn',
    'signedYear',
    'issuingUnitId',
    'level',
    'signerName',
    'signerTitle',
    'summary',
    'commendationType',
    'movementId',
    'status',
    'isIllustrative',
  ],
  awards: [
    'id',
    'decisionId',
    'awardTypeId',
    'subjectType',
    'recipientUnitId',
    'recipientPersonId',
    'recipientHouseholdName',
    'recipientNameSnapshot',
    'achievementYear',
    'movementId',
    'blocId',
    'prizeCoefficient',
    'baseSalaryVnd',
    'prizeAmountVnd',
    'status',
    'annualTitleKey',
  ],
  contributions: [
    'id',
    'movementId',
    'year',
    'unitId',
    'blocId',
    'kindId',
    'quantity',
    'amountVnd',
    'fundId',
    'occurredOn',
    'beneficiaryNote',
    'sourceRef',
  ],
} as const;

type TableName = keyof typeof TABLES;

const CRITERIA = [
  { code: 'TC1', name: 'Thực hiện nhiệm vụ chính trị được giao', maxPoints: 50, maxBonus: 5 },
  { code: 'TC2', name: 'Tổ chức phong trào thi đua và công tác khen thưởng', maxPoints: 30, maxBonus: 3 },
  { code: 'TC3', name: 'Xây dựng tổ chức, đoàn thể vững mạnh', maxPoints: 20, maxBonus: 2 },
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A decimal with two places from a number of hundredths. */
function fromHundredths(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${pad(hundredths % 100)}`;
}

function baseSalaryOn(date: string): (typeof BASE_SALARIES)[number] {
  const inForce = BASE_SALARIES.filter((s) => s.effectiveFrom <= date).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  const row = inForce[0];
  if (!row) throw new RangeError(`no base salary in force on ${date}`);
  return row;
}

class SyntheticLoader {
  private readonly random: SeededRandom;
  private readonly tables = new Map<TableName, BulkTable>();
  private readonly ids = new Map<TableName, number>();
  private readonly provinces: number;

  constructor(
    private readonly options: SyntheticOptions,
    private readonly catalogue: CatalogueIds,
  ) {
    this.random = new SeededRandom(options.seed);
    this.provinces = Math.max(1, Math.ceil(options.contributions / CONTRIBUTIONS_PER_PROVINCE));
    // Only contributions, loaded alone after everything they refer to, are written as they come.
    for (const [name, columns] of Object.entries(TABLES))
      this.tables.set(name as TableName, new BulkTable(name, columns, name === 'contributions'));
  }

  counts(): SyntheticCounts {
    return Object.fromEntries([...this.tables].map(([name, table]) => [name, table.inserted]));
  }

  async reserveIds(manager: EntityManager): Promise<void> {
    for (const name of Object.keys(TABLES) as TableName[]) this.ids.set(name, await nextId(manager, name));
  }

  private id(table: TableName): number {
    const id = this.ids.get(table)!;
    this.ids.set(table, id + 1);
    return id;
  }

  private add(manager: EntityManager, table: TableName, row: SqlValue[]): Promise<void> {
    return this.tables.get(table)!.add(manager, row);
  }

  private async flushAll(manager: EntityManager): Promise<void> {
    for (const table of this.tables.values()) await table.flush(manager);
  }

  private personName(): string {
    return `${this.random.pick(FAMILY)} ${this.random.pick(MIDDLE)} ${this.random.pick(GIVEN)}`;
  }

  /** Everything but the contributions, in one transaction. */
  async loadStructure(
    manager: EntityManager,
  ): Promise<{ blocs: BlocPlan[]; movementIds: number[]; unitsById: Map<number, UnitRow> }> {
    const r = this.random;
    const blocs: BlocPlan[] = [];
    const unitsById = new Map<number, UnitRow>();
    const personsByUnit = new Map<number, Array<{ id: number; name: string }>>();
    const committeeByProvince: number[] = [];

    const addUnit = async (code: string, name: string, kind: UnitKind, parentId: number | null): Promise<number> => {
      const id = this.id('units');
      const shortName = name.length > 40 ? name.slice(0, 40) : name;
      const headcount = r.int(20, 400);
      await this.add(manager, 'units', [
        id,
        code,
        name,
        shortName,
        kind,
        parentId,
        headcount,
        Math.floor(headcount * r.next()),
        '2015-01-01',
        unitSearchKey({ code, name, shortName }),
      ]);
      unitsById.set(id, { id, code, name });
      const people: Array<{ id: number; name: string }> = [];
      for (let i = 0; i < PERSONS_PER_UNIT; i += 1) {
        const personId = this.id('persons');
        const fullName = this.personName();
        await this.add(manager, 'persons', [
          personId,
          fullName,
          r.pick([Gender.FEMALE, Gender.MALE]),
          id,
          r.pick(['Chuyên viên', 'Trưởng phòng', 'Phó Giám đốc', 'Kế toán']),
          false,
          personSearchKey({ fullName }),
        ]);
        people.push({ id: personId, name: fullName });
      }
      personsByUnit.set(id, people);
      return id;
    };

    // National movements everyone takes part in, then each province's own.
    const movementIds: number[] = [];
    const addMovement = async (
      code: string,
      name: string,
      scope: MovementScope,
      parentId: number | null,
      launchedBy: string,
    ): Promise<number> => {
      const id = this.id('movements');
      await this.add(manager, 'movements', [
        id,
        code,
        name,
        r.pick([MovementKind.REGULAR, MovementKind.THEMATIC]),
        scope,
        launchedBy,
        '2018-06-01',
        2019,
        2025,
        parentId,
        null,
        movementSearchKey({ code, name }),
      ]);
      movementIds.push(id);
      return id;
    };
    const national = await addMovement(
      `${SYNTHETIC_PREFIX}_MV_NTM`,
      'Chung sức xây dựng nông thôn mới (tổng hợp)',
      MovementScope.NATIONAL,
      null,
      'Thủ tướng Chính phủ',
    );
    await addMovement(
      `${SYNTHETIC_PREFIX}_MV_NGHEO`,
      'Chung tay vì người nghèo (tổng hợp)',
      MovementScope.NATIONAL,
      null,
      'Thủ tướng Chính phủ',
    );
    await addMovement(
      `${SYNTHETIC_PREFIX}_MV_CDS`,
      'Chuyển đổi số (tổng hợp)',
      MovementScope.NATIONAL,
      null,
      'Thủ tướng Chính phủ',
    );

    for (let p = 1; p <= this.provinces; p += 1) {
      const prefix = `${SYNTHETIC_PREFIX}${pad(p)}`;
      const committee = await addUnit(
        `${prefix}_UBND`,
        `Ủy ban nhân dân tỉnh số ${p}`,
        UnitKind.PROVINCIAL_COMMITTEE,
        null,
      );
      committeeByProvince.push(committee);
      await addMovement(
        `${prefix}_MV_NTM`,
        `Nông thôn mới nâng cao tỉnh số ${p}`,
        MovementScope.PROVINCIAL,
        national,
        `Ủy ban nhân dân tỉnh số ${p}`,
      );

      for (let b = 1; b <= BLOCS_PER_PROVINCE; b += 1) {
        const memberIds: number[] = [];
        for (let m = 1; m <= MEMBERS_PER_BLOC; m += 1) {
          const sector = SECTORS[(b * MEMBERS_PER_BLOC + m) % SECTORS.length]!;
          memberIds.push(
            await addUnit(
              `${prefix}_K${b}_U${pad(m)}`,
              `Sở ${sector} số ${b}.${m} tỉnh ${p}`,
              UnitKind.DEPARTMENT,
              committee,
            ),
          );
        }
        const blocId = this.id('emulation_blocs');
        const code = `${prefix}_KHOI${b}`;
        const name = `Khối thi đua ${BLOC_THEMES[(b - 1) % BLOC_THEMES.length]} số ${b} tỉnh ${p}`;
        await this.add(manager, 'emulation_blocs', [
          blocId,
          code,
          name,
          BlocKind.BLOC,
          committee,
          1,
          '2018-01-01',
          blocSearchKey({ code, name }),
        ]);
        // The last member joins in 2021: memberships change over the years.
        const membersByYear = new Map<number, number[]>(
          YEARS.map((year) => [year, year < 2021 ? memberIds.slice(0, -1) : memberIds]),
        );
        for (const [index, unitId] of memberIds.entries()) {
          await this.add(manager, 'bloc_memberships', [
            this.id('bloc_memberships'),
            blocId,
            unitId,
            index === memberIds.length - 1 ? 2021 : 2019,
            null,
          ]);
        }
        const fundId = this.id('funds');
        const fundCode = `${code}_QUY`;
        const fundName = `Quỹ khuyến học ${name}`;
        await this.add(manager, 'funds', [
          fundId,
          fundCode,
          fundName,
          FundPurpose.SOCIAL,
          blocId,
          null,
          2019,
          fundSearchKey({ code: fundCode, name: fundName }),
        ]);
        blocs.push({ id: blocId, code, province: p - 1, managingUnitId: committee, membersByYear, fundId });
      }
    }

    for (const bloc of blocs) {
      for (const year of YEARS) {
        const members = bloc.membersByYear.get(year)!;
        const [leader, deputy] = r.sample(members, 2) as [number, number];
        await this.add(manager, 'bloc_leaderships', [
          this.id('bloc_leaderships'),
          bloc.id,
          year,
          leader,
          LeadershipRole.LEADER,
          true,
        ]);
        await this.add(manager, 'bloc_leaderships', [
          this.id('bloc_leaderships'),
          bloc.id,
          year,
          deputy,
          LeadershipRole.DEPUTY,
          true,
        ]);

        const pledgeId = this.id('pledges');
        await this.add(manager, 'pledges', [
          pledgeId,
          bloc.id,
          year,
          `${year - 1}-12-${pad(r.int(10, 28))}`,
          'Hội trường tỉnh',
          `Giao ước thi đua năm ${year}`,
        ]);
        for (const unitId of members) {
          await this.add(manager, 'pledge_signatories', [
            this.id('pledge_signatories'),
            pledgeId,
            unitId,
            this.personName(),
            'Giám đốc',
          ]);
        }
        for (const kindCode of ['HOUSE', 'STUDENT_SUPPORT', 'MONEY']) {
          const quantity = kindCode === 'MONEY' ? null : r.int(5, 60);
          const amount = kindCode === 'STUDENT_SUPPORT' ? null : String(r.int(1, 40) * 50_000_000);
          await this.add(manager, 'pledge_targets', [
            this.id('pledge_targets'),
            pledgeId,
            null,
            r.pick(movementIds),
            this.catalogue.kindIdByCode.get(kindCode)!,
            quantity,
            amount,
            `Chỉ tiêu ${kindCode} năm ${year}`,
            true,
          ]);
        }

        const contestId = this.id('contests');
        const contestName = `Cuộc thi tìm hiểu pháp luật năm ${year} – ${bloc.code}`;
        await this.add(manager, 'contests', [
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
          await this.add(manager, 'contest_prizes', [
            this.id('contest_prizes'),
            contestId,
            rank,
            null,
            person.id,
            person.name,
            String((4 - index) * 500_000),
            true,
          ]);
        }

        await this.evaluateAndAward(manager, bloc, year, members, personsByUnit, unitsById);
      }
    }

    await this.awardDecisions(manager, committeeByProvince);
    await this.flushAll(manager);
    return { blocs, movementIds, unitsById };
  }

  /** Awards waiting for their province's yearly decision, by province index and year. */
  private readonly pendingAwards = new Map<
    string,
    Array<{
      awardTypeCode: string;
      subject: SubjectType;
      unitId: number | null;
      person: { id: number; name: string } | null;
      name: string;
      blocId: number;
    }>
  >();

  private async evaluateAndAward(
    manager: EntityManager,
    bloc: BlocPlan,
    year: number,
    members: number[],
    personsByUnit: Map<number, Array<{ id: number; name: string }>>,
    unitsById: Map<number, UnitRow>,
  ): Promise<void> {
    const r = this.random;
    const setId = this.id('criteria_sets');
    await this.add(manager, 'criteria_sets', [setId, bloc.id, year, '110.00', true]);
    const criterionIds: number[] = [];
    for (const [index, criterion] of CRITERIA.entries()) {
      const id = this.id('criteria');
      criterionIds.push(id);
      await this.add(manager, 'criteria', [
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
    const evaluationId = this.id('evaluations');
    await this.add(manager, 'evaluations', [
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
        await this.add(manager, 'evaluation_scores', [
          this.id('evaluation_scores'),
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
      await this.add(manager, 'evaluation_results', [
        this.id('evaluation_results'),
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
        name: `Hộ gia đình ông ${this.personName()}`,
        blocId: bloc.id,
      });
    }
    this.pendingAwards.set(key, pending);
  }

  private async awardDecisions(manager: EntityManager, committeeByProvince: number[]): Promise<void> {
    const typeByCode = new Map(AWARD_TYPES.map((t) => [t.code, t]));
    for (const [key, awards] of this.pendingAwards) {
      const [provinceIndex, yearText] = key.split(':') as [string, string];
      const year = Number(yearText);
      const issuer = committeeByProvince[Number(provinceIndex)]!;
      const signedOn = `${year + 1}-01-${pad(this.random.int(10, 28))}`;
      const decisionId = this.id('award_decisions');
      await this.add(manager, 'award_decisions', [
        decisionId,
        `${100 + Number(provinceIndex)}/QĐ-UBND`,
        signedOn,
        year + 1,
        issuer,
        AwardLevel.PROVINCE,
        this.personName(),
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
        await this.add(manager, 'awards', [
          this.id('awards'),
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

  /** One contribution: by a member unit that year (mostly) or by the bloc as a whole. */
  async contribution(
    manager: EntityManager,
    blocs: BlocPlan[],
    movementIds: number[],
    kindIds: number[],
    moneyKindId: number,
  ): Promise<void> {
    const r = this.random;
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
    await this.add(manager, 'contributions', [
      this.id('contributions'),
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

  async flush(manager: EntityManager, table: TableName): Promise<void> {
    await this.tables.get(table)!.flush(manager);
  }
}

async function assertNotLoaded(manager: EntityManager): Promise<void> {
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(*) AS n FROM units WHERE code LIKE '${SYNTHETIC_PREFIX}%'`,
  );
  if (Number(rows[0]?.n ?? 0) > 0) {
    throw new OperatorError(
      `this database already holds the synthetic dataset (units coded ${SYNTHETIC_PREFIX}…): load it into a fresh database`,
    );
  }
}

export async function seedSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticCounts> {
  const log = options.log ?? (() => undefined);
  const catalogue = await inTransaction(dataSource, async (manager) => {
    await assertNotLoaded(manager);
    return ensureCatalogue(manager);
  });
  const loader = new SyntheticLoader(options, catalogue);

  const structure = await inTransaction(dataSource, async (manager) => {
    await loader.reserveIds(manager);
    return loader.loadStructure(manager);
  });
  log(
    `structure loaded: ${structure.blocs.length} blocs, ${structure.unitsById.size} units, ${structure.movementIds.length} movements`,
  );

  const kindIds = [...catalogue.kindIdByCode.values()];
  const moneyKindId = catalogue.kindIdByCode.get('MONEY')!;
  for (let done = 0; done < options.contributions; done += CONTRIBUTION_CHUNK) {
    const size = Math.min(CONTRIBUTION_CHUNK, options.contributions - done);
    await inTransaction(dataSource, async (manager) => {
      for (let i = 0; i < size; i += 1)
        await loader.contribution(manager, structure.blocs, structure.movementIds, kindIds, moneyKindId);
      await loader.flush(manager, 'contributions');
    });
    if (options.contributions > CONTRIBUTION_CHUNK) log(`contributions: ${done + size} / ${options.contributions}`);
  }
  return loader.counts();
}
