/**
 * The reports over lists: what each one measures and what it can be grouped by. A group key is a
 * column (or a joined column) whose value is a typed thing — a record, a year, an enum value — so
 * the API can answer `key { movement { name } year }` rather than strings.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AwardDecision, AwardType } from '../entities/awards';
import { BlocMembership, EmulationBloc } from '../entities/blocs';
import { ContributionKind, Fund } from '../entities/contributions';
import { AwardCategory, AwardLevel, CommendationType, SubjectType } from '../entities/enums';
import { Movement } from '../entities/movements';
import { Unit } from '../entities/organisation';
import type { EntityClass } from '../loaders/record-loaders';
import type { Measure } from './measures';

export type Join = (query: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>;

export interface GroupKey {
  /** The key's field in the group's `key` object. */
  field: string;
  /** SQL of the key's value, on the report's alias or a joined one. */
  sql: string;
  /** What the value is: a record loaded by id, a year, or an enum value. */
  value: { record: EntityClass<ObjectLiteral & { id: number }> } | { int: true } | { enum: object; enumName: string };
  /** Joins the key needs, by alias (shared between keys). */
  joins?: Record<string, Join>;
  description: string;
}

export interface ReportDefinition {
  /** Prefix of the GraphQL types: ContributionGroup, ContributionAggregates… */
  typeName: string;
  vietnamese: string;
  alias: string;
  measures: Measure[];
  /** Group keys by enum value (UPPER_SNAKE). */
  keys: Record<string, GroupKey>;
  /** The key that fixes the contribution kind, when quantities must not mix kinds (rule 6). */
  kindKey?: string;
}

const awardTypeJoin: Join = (q) => q.innerJoin(AwardType, 'grp_at', 'grp_at.id = aw.awardTypeId');
const decisionJoin: Join = (q) => q.innerJoin(AwardDecision, 'grp_ad', 'grp_ad.id = aw.decisionId');
/** A unit's rows rolled up to each bloc it belonged to in the row's year. */
const memberBlocJoin: Join = (q) =>
  q.innerJoin(
    BlocMembership,
    'grp_bm',
    'grp_bm.unitId = c.unitId AND grp_bm.fromYear <= c.year AND (grp_bm.toYear IS NULL OR grp_bm.toYear >= ' +
      'c.year) AND grp_bm.deletedAt IS NULL',
  );

export const CONTRIBUTION_REPORT: ReportDefinition = {
  typeName: 'Contribution',
  vietnamese: 'đóng góp',
  alias: 'c',
  measures: [
    {
      name: 'quantity',
      column: 'quantity',
      kind: 'quantity',
      description: "Số lượng — quantities, in the kind's unit of measure; only where one kind is fixed (rule 6).",
    },
    {
      name: 'amountVnd',
      column: 'amountVnd',
      kind: 'vnd',
      description: 'Giá trị (VND) — money in đồng; may be added across kinds.',
    },
  ],
  kindKey: 'KIND',
  keys: {
    MOVEMENT: {
      field: 'movement',
      sql: 'c.movementId',
      value: { record: Movement },
      description: 'Phong trào — by movement.',
    },
    YEAR: { field: 'year', sql: 'c.year', value: { int: true }, description: 'Năm — by year.' },
    KIND: {
      field: 'kind',
      sql: 'c.kindId',
      value: { record: ContributionKind },
      description: 'Loại — by contribution kind.',
    },
    BLOC: {
      field: 'bloc',
      sql: 'c.blocId',
      value: { record: EmulationBloc },
      description:
        "Khối (đóng góp của chính khối) — the bloc's own rows, where the contributor is the bloc as a whole " +
        "(the article's figures); rows of units fall in the group whose bloc is null.",
    },
    MEMBER_BLOC: {
      field: 'memberBloc',
      sql: 'grp_bm.blocId',
      value: { record: EmulationBloc },
      joins: { grp_bm: memberBlocJoin },
      description:
        "Khối (cộng từ thành viên) — the member units' rows, each rolled up to the bloc the unit belonged to " +
        "that year (a unit in two blocs counts in both; the bloc's own rows are not included).",
    },
    UNIT: {
      field: 'unit',
      sql: 'c.unitId',
      value: { record: Unit },
      description: "Đơn vị — by contributing unit (null: the bloc's own rows).",
    },
    FUND: { field: 'fund', sql: 'c.fundId', value: { record: Fund }, description: 'Quỹ — by fund (null: no fund).' },
  },
};

export const AWARD_REPORT: ReportDefinition = {
  typeName: 'Award',
  vietnamese: 'khen thưởng',
  alias: 'aw',
  measures: [
    {
      name: 'prizeAmountVnd',
      column: 'prizeAmountVnd',
      kind: 'vnd',
      description: 'Tiền thưởng (VND) — prize money in đồng.',
    },
  ],
  keys: {
    AWARD_TYPE: {
      field: 'awardType',
      sql: 'aw.awardTypeId',
      value: { record: AwardType },
      description: 'Danh hiệu / hình thức — by award type.',
    },
    CATEGORY: {
      field: 'category',
      sql: 'grp_at.category',
      value: { enum: AwardCategory, enumName: 'AwardCategory' },
      joins: { grp_at: awardTypeJoin },
      description: 'Nhóm — by category (title, order, certificate of merit…).',
    },
    LEVEL: {
      field: 'level',
      sql: 'grp_at.level',
      value: { enum: AwardLevel, enumName: 'AwardLevel' },
      joins: { grp_at: awardTypeJoin },
      description: 'Cấp — by level.',
    },
    SUBJECT_TYPE: {
      field: 'subjectType',
      sql: 'aw.subjectType',
      value: { enum: SubjectType, enumName: 'SubjectType' },
      description: 'Đối tượng — individual, collective or household.',
    },
    COMMENDATION_TYPE: {
      field: 'commendationType',
      sql: 'grp_ad.commendationType',
      value: { enum: CommendationType, enumName: 'CommendationType' },
      joins: { grp_ad: decisionJoin },
      description: "Loại khen thưởng — by the decision's commendation type.",
    },
    ACHIEVEMENT_YEAR: {
      field: 'achievementYear',
      sql: 'aw.achievementYear',
      value: { int: true },
      description: 'Năm thành tích — by achievement year.',
    },
    BLOC: {
      field: 'bloc',
      sql: 'aw.blocId',
      value: { record: EmulationBloc },
      description: 'Khối — by the bloc the achievement was in.',
    },
    UNIT: {
      field: 'unit',
      sql: 'aw.recipientUnitId',
      value: { record: Unit },
      description: 'Đơn vị — by recipient unit (null: individuals and households).',
    },
  },
};

export const EVALUATION_RESULT_REPORT: ReportDefinition = {
  typeName: 'EvaluationResult',
  vietnamese: 'kết quả bình xét',
  alias: 'er',
  measures: [{ name: 'totalPoints', column: 'totalPoints', kind: 'points', description: 'Tổng điểm — total points.' }],
  keys: {},
};

export const PLEDGE_TARGET_REPORT: ReportDefinition = {
  typeName: 'PledgeTarget',
  vietnamese: 'chỉ tiêu giao ước',
  alias: 'pt',
  measures: [
    {
      name: 'targetQuantity',
      column: 'targetQuantity',
      kind: 'quantity',
      description: 'Chỉ tiêu số lượng — target quantities; only where one kind is fixed (rule 6).',
    },
    {
      name: 'targetAmountVnd',
      column: 'targetAmountVnd',
      kind: 'vnd',
      description: 'Chỉ tiêu số tiền (VND) — target amounts.',
    },
  ],
  keys: {},
};
