/** Units and persons: written by ADMIN, or by an EDITOR for its own unit and the units under it. */
import { Person, Unit } from '../entities/organisation';
import { writableFields } from '../entities/field';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const UNIT_RECORDS: RecordWrites<Unit> = {
  entity: Unit,
  vietnamese: 'đơn vị — unit',
  field: 'unit',
  fields: writableFields(Unit),
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
  fields: writableFields(Person),
  scope: (scope, person) => scope.requireUnit(person.unitId, 'persons of this unit'),
};
