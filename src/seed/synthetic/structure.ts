/**
 * The synthetic dataset's standing structure: national and provincial movements, each province's
 * committee and departments with their people, and blocs with their memberships and funds.
 */
import type { EntityManager } from 'typeorm';
import { blocSearchKey } from '../../entities/blocs';
import { fundSearchKey } from '../../entities/contributions';
import { BlocKind, FundPurpose, Gender, MovementKind, MovementScope, UnitKind } from '../../entities/enums';
import { movementSearchKey } from '../../entities/movements';
import { occupationGroupOf } from './occupation-groups';
import { personSearchKey, unitSearchKey } from '../../entities/organisation';
import {
  BLOC_THEMES,
  BLOCS_PER_PROVINCE,
  MEMBERS_PER_BLOC,
  pad,
  PERSONS_PER_UNIT,
  SECTORS,
  SYNTHETIC_PREFIX,
  YEARS,
  type BlocPlan,
  type PersonRow,
  type UnitRow,
} from './plan';
import type { SyntheticRows } from './rows';

export interface Structure {
  blocs: BlocPlan[];
  movementIds: number[];
  unitsById: Map<number, UnitRow>;
  personsByUnit: Map<number, PersonRow[]>;
  /** The provincial committee's unit id, by province index: it signs the province's decisions. */
  committeeByProvince: number[];
}

export async function loadStructure(
  rows: SyntheticRows,
  manager: EntityManager,
  provinces: number,
): Promise<Structure> {
  const r = rows.random;
  const blocs: BlocPlan[] = [];
  const unitsById = new Map<number, UnitRow>();
  const personsByUnit = new Map<number, PersonRow[]>();
  const committeeByProvince: number[] = [];

  const addUnit = async (code: string, name: string, kind: UnitKind, parentId: number | null): Promise<number> => {
    const id = rows.id('units');
    const shortName = name.length > 40 ? name.slice(0, 40) : name;
    const headcount = r.int(20, 400);
    await rows.add(manager, 'units', [
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
    const people: PersonRow[] = [];
    for (let i = 0; i < PERSONS_PER_UNIT; i += 1) {
      const personId = rows.id('persons');
      const fullName = rows.personName();
      const gender = r.pick([Gender.FEMALE, Gender.MALE]);
      const position = r.pick(['Chuyên viên', 'Trưởng phòng', 'Phó Giám đốc', 'Kế toán']);
      await rows.add(manager, 'persons', [
        personId,
        fullName,
        gender,
        id,
        position,
        false,
        personSearchKey({ fullName }),
        occupationGroupOf(position, rows.formRandom),
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
    launchingUnitId: number | null = null,
  ): Promise<number> => {
    const id = rows.id('movements');
    await rows.add(manager, 'movements', [
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
      null,
      launchingUnitId,
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

  for (let p = 1; p <= provinces; p += 1) {
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
      committee,
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
      const blocId = rows.id('emulation_blocs');
      const code = `${prefix}_KHOI${b}`;
      const name = `Khối thi đua ${BLOC_THEMES[(b - 1) % BLOC_THEMES.length]} số ${b} tỉnh ${p}`;
      await rows.add(manager, 'emulation_blocs', [
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
        await rows.add(manager, 'bloc_memberships', [
          rows.id('bloc_memberships'),
          blocId,
          unitId,
          index === memberIds.length - 1 ? 2021 : 2019,
          null,
        ]);
      }
      const fundId = rows.id('funds');
      const fundCode = `${code}_QUY`;
      const fundName = `Quỹ khuyến học ${name}`;
      await rows.add(manager, 'funds', [
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
  return { blocs, movementIds, unitsById, personsByUnit, committeeByProvince };
}
