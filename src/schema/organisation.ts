/**
 * Organisation's lists and connections: units and persons. Filter fields and sort keys come from
 * the entities' field declarations; only relations to many, which no column of theirs holds, are
 * stated here.
 */
import { Person, Unit } from '../entities/organisation';
import { declareList, type DeclaredList } from './define-list';
import { CONTRIBUTIONS } from './contributions';
import { connectionType } from './page';

export const UNITS: DeclaredList<Unit> = declareList<Unit>({
  entity: Unit,
  typeName: 'Unit',
  vietnamese: 'đơn vị',
  alias: 'u',
  search: true,
  softDelete: true,
  fields: {
    // The contributions' unitId points here: a relation to many, not a column of units.
    contributions: {
      kind: 'toMany',
      foreignKey: 'unitId',
      list: () => CONTRIBUTIONS,
      description: "Đóng góp — conditions on the unit's contributions (some / none).",
    },
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
  defaultOrder: [{ column: 'fullName', direction: 'ASC' }],
});

export const UnitConnection = connectionType(Unit, 'Unit', 'đơn vị');
export const PersonConnection = connectionType(Person, 'Person', 'cá nhân');
