import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { BlocKind, LeadershipRole } from '../entities/enums';
import { declareList, type DeclaredList } from './define-list';
import { CONTRIBUTIONS } from './contributions';
import { UNITS } from './organisation';

export const BLOCS: DeclaredList<EmulationBloc> = declareList<EmulationBloc>({
  entity: EmulationBloc,
  typeName: 'EmulationBloc',
  vietnamese: 'khối thi đua',
  alias: 'b',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'EmulationBloc', description: 'Mã định danh — the bloc itself.' },
    code: { kind: 'string', description: 'Mã khối — the bloc code.' },
    name: { kind: 'string', description: 'Tên khối — the name, as stored (use `search` to ignore accents).' },
    kind: {
      kind: 'enum',
      enum: BlocKind,
      enumName: 'BlocKind',
      vietnamese: 'loại khối',
      description: 'Loại — bloc or cluster.',
    },
    maxFlagsPerYear: { kind: 'int', description: 'Số Cờ tối đa — flags per year.' },
    validFrom: { kind: 'date', description: 'Hiệu lực từ ngày — the start date.' },
    validTo: { kind: 'date', description: 'Hiệu lực đến ngày — the end date.' },
    managingUnit: {
      kind: 'toOne',
      column: 'managingUnitId',
      list: () => UNITS,
      description: 'Đơn vị quản lý — conditions on the managing unit.',
    },
    contributions: {
      kind: 'toMany',
      foreignKey: 'blocId',
      list: () => CONTRIBUTIONS,
      description: "Đóng góp của khối — conditions on the bloc's own contributions (some / none).",
    },
    memberships: {
      kind: 'toMany',
      foreignKey: 'blocId',
      list: () => MEMBERSHIPS,
      description: "Thành viên — conditions on the bloc's memberships (some / none).",
    },
  },
  order: {
    NAME: { column: 'name', description: 'Tên — by name.' },
    CODE: { column: 'code', description: 'Mã — by code.' },
    KIND: { column: 'kind', description: 'Loại — by kind.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const MEMBERSHIPS: DeclaredList<BlocMembership> = declareList<BlocMembership>({
  entity: BlocMembership,
  typeName: 'BlocMembership',
  vietnamese: 'thành viên khối',
  alias: 'bm',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'BlocMembership', description: 'Mã định danh — the membership itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị — the member unit, by ID.' },
    fromYear: { kind: 'int', description: 'Từ năm — the first year.' },
    toYear: { kind: 'int', description: 'Đến năm — the last year (isNull: true for ongoing memberships).' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
    unit: {
      kind: 'toOne',
      column: 'unitId',
      list: () => UNITS,
      description: 'Đơn vị — conditions on the member unit.',
    },
  },
  order: {
    FROM_YEAR: { column: 'fromYear', description: 'Từ năm — by first year.' },
    TO_YEAR: { column: 'toYear', description: 'Đến năm — by last year.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'fromYear', direction: 'ASC' }],
});

export const LEADERSHIPS: DeclaredList<BlocLeadership> = declareList<BlocLeadership>({
  entity: BlocLeadership,
  typeName: 'BlocLeadership',
  vietnamese: 'trưởng, phó khối',
  alias: 'bl',
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'BlocLeadership', description: 'Mã định danh — the leadership itself.' },
    blocId: { kind: 'id', of: 'EmulationBloc', description: 'Khối — the bloc, by ID.' },
    unitId: { kind: 'id', of: 'Unit', description: 'Đơn vị — the leading unit, by ID.' },
    year: { kind: 'int', description: 'Năm — the year.' },
    role: {
      kind: 'enum',
      enum: LeadershipRole,
      enumName: 'LeadershipRole',
      vietnamese: 'vai trò',
      description: 'Vai trò — leader or deputy.',
    },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
    bloc: { kind: 'toOne', column: 'blocId', list: () => BLOCS, description: 'Khối — conditions on the bloc.' },
    unit: {
      kind: 'toOne',
      column: 'unitId',
      list: () => UNITS,
      description: 'Đơn vị — conditions on the leading unit.',
    },
  },
  order: {
    YEAR: { column: 'year', description: 'Năm — by year.' },
    ROLE: { column: 'role', description: 'Vai trò — by role.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
});
