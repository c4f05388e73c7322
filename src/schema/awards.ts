import { Award, AwardDecision, AwardType, BaseSalary } from '../entities/awards';
import {
  AwardCategory,
  AwardLevel,
  AwardStatus,
  CommendationType,
  DecisionStatus,
  SubjectType,
} from '../entities/enums';
import { declareList, type DeclaredList } from './define-list';
import { BLOCS } from './blocs';
import { MOVEMENTS } from './movements';
import { PERSONS, UNITS } from './organisation';

export const AWARD_TYPES: DeclaredList<AwardType> = declareList<AwardType>({
  entity: AwardType,
  typeName: 'AwardType',
  vietnamese: 'danh hiệu, hình thức khen thưởng',
  alias: 'at',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'AwardType', description: 'Mã định danh — the award type itself.' },
    code: { kind: 'string', description: 'Mã danh hiệu — the catalogue code.' },
    name: { kind: 'string', description: 'Tên danh hiệu — the name.' },
    category: {
      kind: 'enum',
      enum: AwardCategory,
      enumName: 'AwardCategory',
      vietnamese: 'nhóm khen thưởng',
      description: 'Nhóm — title or form.',
    },
    level: {
      kind: 'enum',
      enum: AwardLevel,
      enumName: 'AwardLevel',
      vietnamese: 'cấp khen thưởng',
      description: 'Cấp — the conferring level.',
    },
    isAnnual: { kind: 'boolean', description: 'Danh hiệu hằng năm — annual titles only (or none).' },
    effectiveFrom: { kind: 'date', description: 'Hiệu lực từ ngày — valid from.' },
    effectiveTo: { kind: 'date', description: 'Hiệu lực đến ngày — valid until.' },
  },
  order: {
    CODE: { column: 'code', description: 'Mã — by code.' },
    NAME: { column: 'name', description: 'Tên — by name.' },
    LEVEL: { column: 'level', description: 'Cấp — by level.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'code', direction: 'ASC' }],
});

export const BASE_SALARIES: DeclaredList<BaseSalary> = declareList<BaseSalary>({
  entity: BaseSalary,
  typeName: 'BaseSalary',
  vietnamese: 'mức lương cơ sở',
  alias: 'bs',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'BaseSalary', description: 'Mã định danh — the row itself.' },
    amountVnd: { kind: 'vnd', description: 'Mức lương cơ sở — the amount in VND.' },
    effectiveFrom: { kind: 'date', description: 'Áp dụng từ ngày — in force from.' },
  },
  order: {
    EFFECTIVE_FROM: { column: 'effectiveFrom', description: 'Áp dụng từ ngày — by date in force.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'effectiveFrom', direction: 'DESC' }],
});

export const AWARD_DECISIONS: DeclaredList<AwardDecision> = declareList<AwardDecision>({
  entity: AwardDecision,
  typeName: 'AwardDecision',
  vietnamese: 'quyết định khen thưởng',
  alias: 'ad',
  fields: {
    id: { kind: 'id', of: 'AwardDecision', description: 'Mã định danh — the decision itself.' },
    decisionNo: { kind: 'string', description: 'Số quyết định — the number as written.' },
    signedOn: { kind: 'date', description: 'Ngày ký — the signing date.' },
    signedYear: { kind: 'int', description: 'Năm ký — the signing year.' },
    issuingUnitId: { kind: 'id', of: 'Unit', description: 'Đơn vị ban hành — the issuing unit, by ID.' },
    level: {
      kind: 'enum',
      enum: AwardLevel,
      enumName: 'AwardLevel',
      vietnamese: 'cấp khen thưởng',
      description: "Cấp — the issuer's level.",
    },
    commendationType: {
      kind: 'enum',
      enum: CommendationType,
      enumName: 'CommendationType',
      vietnamese: 'loại khen thưởng',
      description: 'Loại khen thưởng — regular, thematic…',
    },
    status: {
      kind: 'enum',
      enum: DecisionStatus,
      enumName: 'DecisionStatus',
      vietnamese: 'trạng thái quyết định',
      description: 'Trạng thái — in effect or revoked.',
    },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
    issuingUnit: {
      kind: 'toOne',
      column: 'issuingUnitId',
      list: () => UNITS,
      description: 'Đơn vị ban hành — conditions on the issuing unit.',
    },
    awards: {
      kind: 'toMany',
      foreignKey: 'decisionId',
      list: () => AWARDS,
      description: 'Khen thưởng — conditions on its awards (some / none).',
    },
  },
  order: {
    SIGNED_ON: { column: 'signedOn', description: 'Ngày ký — by signing date.' },
    DECISION_NO: { column: 'decisionNo', description: 'Số quyết định — by number.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'signedOn', direction: 'DESC' }],
});

export const AWARDS: DeclaredList<Award> = declareList<Award>({
  entity: Award,
  typeName: 'Award',
  vietnamese: 'khen thưởng',
  alias: 'aw',
  fields: {
    id: { kind: 'id', of: 'Award', description: 'Mã định danh — the award itself.' },
    decisionId: { kind: 'id', of: 'AwardDecision', description: 'Quyết định — the decision, by ID.' },
    awardTypeId: { kind: 'id', of: 'AwardType', description: 'Danh hiệu — the award type, by ID.' },
    subjectType: {
      kind: 'enum',
      enum: SubjectType,
      enumName: 'SubjectType',
      vietnamese: 'đối tượng khen thưởng',
      description: 'Đối tượng — individual, collective or household.',
    },
    recipientUnitId: { kind: 'id', of: 'Unit', description: 'Đơn vị nhận — the receiving unit, by ID.' },
    recipientPersonId: { kind: 'id', of: 'Person', description: 'Cá nhân nhận — the receiving person, by ID.' },
    recipientHouseholdName: { kind: 'string', description: 'Hộ gia đình nhận — the receiving household.' },
    recipientNameSnapshot: { kind: 'string', description: 'Tên người/đơn vị nhận — the name as at the decision.' },
    achievementYear: { kind: 'int', description: 'Năm thành tích — the achievement year.' },
    movementId: { kind: 'id', of: 'Movement', description: 'Phong trào — the movement, by ID.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    prizeAmountVnd: { kind: 'vnd', description: 'Tiền thưởng — the prize money in VND.' },
    status: {
      kind: 'enum',
      enum: AwardStatus,
      enumName: 'AwardStatus',
      vietnamese: 'trạng thái khen thưởng',
      description: 'Trạng thái — active or revoked.',
    },
    decision: {
      kind: 'toOne',
      column: 'decisionId',
      list: () => AWARD_DECISIONS,
      description: 'Quyết định — conditions on the decision.',
    },
    awardType: {
      kind: 'toOne',
      column: 'awardTypeId',
      list: () => AWARD_TYPES,
      description: 'Danh hiệu — conditions on the award type (e.g. its code).',
    },
    recipientUnit: {
      kind: 'toOne',
      column: 'recipientUnitId',
      list: () => UNITS,
      description: 'Đơn vị nhận — conditions on the receiving unit.',
    },
    recipientPerson: {
      kind: 'toOne',
      column: 'recipientPersonId',
      list: () => PERSONS,
      description: 'Cá nhân nhận — conditions on the receiving person.',
    },
    movement: {
      kind: 'toOne',
      column: 'movementId',
      list: () => MOVEMENTS,
      description: 'Phong trào — conditions on the movement.',
    },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
  },
  order: {
    ACHIEVEMENT_YEAR: { column: 'achievementYear', description: 'Năm thành tích — by achievement year.' },
    PRIZE_AMOUNT_VND: { column: 'prizeAmountVnd', description: 'Tiền thưởng — by prize money.' },
    RECIPIENT_NAME: { column: 'recipientNameSnapshot', description: 'Tên người/đơn vị nhận — by recipient name.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'achievementYear', direction: 'DESC' }],
});
