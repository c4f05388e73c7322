import { Gender, UnitKind } from '../entities/enums';
import { Person, Unit } from '../entities/organisation';
import { declareList, type DeclaredList } from './define-list';
import { CONTRIBUTIONS } from './contributions';

export const UNITS: DeclaredList<Unit> = declareList<Unit>({
  entity: Unit,
  typeName: 'Unit',
  vietnamese: 'đơn vị',
  alias: 'u',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Unit', description: 'Mã định danh — the unit itself.' },
    code: { kind: 'string', description: 'Mã đơn vị — the unit code.' },
    name: { kind: 'string', description: 'Tên đơn vị — the name, as stored (use `search` to ignore accents).' },
    shortName: { kind: 'string', description: 'Tên viết tắt — the short name.' },
    kind: {
      kind: 'enum',
      enum: UnitKind,
      enumName: 'UnitKind',
      vietnamese: 'loại đơn vị',
      description: 'Loại đơn vị — the kind.',
    },
    headcount: { kind: 'int', description: 'Số cán bộ — the headcount.' },
    validFrom: { kind: 'date', description: 'Hiệu lực từ ngày — the start date.' },
    validTo: { kind: 'date', description: 'Hiệu lực đến ngày — the end date (isNull: true for units still in being).' },
    parent: {
      kind: 'toOne',
      column: 'parentId',
      list: () => UNITS,
      description: 'Đơn vị cấp trên — conditions on the parent unit.',
    },
    contributions: {
      kind: 'toMany',
      foreignKey: 'unitId',
      list: () => CONTRIBUTIONS,
      description: "Đóng góp — conditions on the unit's contributions (some / none).",
    },
  },
  order: {
    NAME: { column: 'name', description: 'Tên — by name.' },
    CODE: { column: 'code', description: 'Mã — by code.' },
    KIND: { column: 'kind', description: 'Loại — by kind.' },
    HEADCOUNT: { column: 'headcount', description: 'Số cán bộ — by headcount.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
});

export const PERSONS: DeclaredList<Person> = declareList<Person>({
  entity: Person,
  typeName: 'Person',
  vietnamese: 'cá nhân',
  alias: 'p',
  search: true,
  softDelete: true,
  fields: {
    id: { kind: 'id', of: 'Person', description: 'Mã định danh — the person.' },
    fullName: { kind: 'string', description: 'Họ và tên — the full name, as stored (use `search` to ignore accents).' },
    gender: {
      kind: 'enum',
      enum: Gender,
      enumName: 'Gender',
      vietnamese: 'giới tính',
      description: 'Giới tính — gender.',
    },
    position: { kind: 'string', description: 'Chức vụ — the position.' },
    unitId: { kind: 'id', of: 'Unit', description: "Đơn vị — the person's unit, by ID." },
    unit: {
      kind: 'toOne',
      column: 'unitId',
      list: () => UNITS,
      description: "Đơn vị — conditions on the person's unit.",
    },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — illustrative rows only (or none).' },
  },
  order: {
    FULL_NAME: { column: 'fullName', description: 'Họ và tên — by full name.' },
    ID: { column: 'id', description: 'Mã — by creation order.' },
  },
  defaultOrder: [{ column: 'fullName', direction: 'ASC' }],
});
