/** Units and persons: written by ADMIN, or by an EDITOR for its own unit and the units under it. */
import { Gender, UnitKind } from '../entities/enums';
import { Person, Unit } from '../entities/organisation';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const UNIT_RECORDS: RecordWrites<Unit> = {
  entity: Unit,
  vietnamese: 'đơn vị — unit',
  field: 'unit',
  fields: {
    code: {
      kind: 'string',
      max: 64,
      required: true,
      description: 'Mã đơn vị — the stable code, unique (e.g. SO_YTE).',
    },
    name: { kind: 'string', max: 255, required: true, description: 'Tên đơn vị — the full name as written.' },
    shortName: { kind: 'string', max: 100, description: 'Tên viết tắt — the short name.' },
    kind: { kind: 'enum', enum: UnitKind, required: true, description: 'Loại đơn vị — the kind of unit.' },
    parentId: { kind: 'ref', of: () => Unit, description: "Đơn vị cấp trên — the parent unit's ID." },
    headcount: { kind: 'int', min: 0, max: 10_000_000, description: 'Số cán bộ — headcount.' },
    headcountFemale: {
      kind: 'int',
      min: 0,
      max: 10_000_000,
      description: 'Số cán bộ nữ — female headcount (at most the headcount).',
    },
    validFrom: { kind: 'date', description: 'Hiệu lực từ ngày — the date the unit came into being.' },
    validTo: { kind: 'date', description: 'Hiệu lực đến ngày — the date it ceased (merged or dissolved).' },
    successorId: { kind: 'ref', of: () => Unit, description: 'Đơn vị kế thừa — the unit it was merged into.' },
  },
  unique: [{ columns: ['code'], field: 'code', message: 'A unit with this code already exists' }],
  // An EDITOR keeps its own unit, and units it places under a unit it covers.
  scope: async (scope, unit) => {
    if (!scope.isOwnUnit(unit.id)) await scope.requireUnit(unit.parentId ?? null, 'this unit');
  },
  async rules(w, unit) {
    if (
      unit.headcount !== null &&
      unit.headcount !== undefined &&
      unit.headcountFemale !== null &&
      unit.headcountFemale !== undefined &&
      unit.headcountFemale > unit.headcount
    ) {
      refuse(UserErrorCode.INVALID_INPUT, 'headcountFemale cannot exceed headcount', ['headcountFemale']);
    }
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom)
      refuse(UserErrorCode.INVALID_INPUT, 'validTo cannot be before validFrom', ['validTo']);
    if (unit.id !== undefined && (unit.parentId === unit.id || unit.successorId === unit.id))
      refuse(UserErrorCode.INVALID_INPUT, 'A unit cannot be its own parent or successor', ['parentId']);
    // No cycles: walking up from the new parent must not reach this unit.
    let ancestor = unit.parentId ?? null;
    for (let depth = 0; ancestor !== null && unit.id !== undefined; depth += 1) {
      if (ancestor === unit.id || depth > 32)
        refuse(UserErrorCode.INVALID_INPUT, 'The parent would make the unit its own ancestor', ['parentId']);
      ancestor =
        (
          await w.manager.findOne(Unit, {
            where: { id: ancestor },
            select: { id: true, parentId: true },
            withDeleted: true,
          })
        )?.parentId ?? null;
    }
  },
};

export const PERSON_RECORDS: RecordWrites<Person> = {
  entity: Person,
  vietnamese: 'cá nhân — person',
  field: 'person',
  fields: {
    fullName: { kind: 'string', max: 255, required: true, description: 'Họ và tên — the full name.' },
    gender: { kind: 'enum', enum: Gender, description: 'Giới tính — gender, if recorded.' },
    unitId: { kind: 'ref', of: () => Unit, required: true, description: "Đơn vị — the person's unit." },
    position: { kind: 'string', max: 255, description: 'Chức vụ — the position held.' },
    isIllustrative: { kind: 'boolean', description: 'Dữ liệu minh họa — the row is invented to illustrate.' },
  },
  scope: (scope, person) => scope.requireUnit(person.unitId, 'persons of this unit'),
};
