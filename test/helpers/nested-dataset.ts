/**
 * A dataset of many parents for the N+1 guard: blocs with member units, each unit with
 * contributions; each bloc with an evaluation (ranked results) for two years and a pledge with
 * targets. Inserted with plain multi-row INSERTs, so a large one loads in seconds.
 */
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../src/db/transaction';
import { ensureCatalogue } from '../../src/seed/ensure-catalogue';
import { searchKeyOf } from '../../src/core/fold';

async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunk = Math.floor(2000 / columns.length) * 10;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const placeholders = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`, part.flat());
  }
}

const idsOf = (ds: DataSource, table: string, prefix: string): Promise<Array<{ id: number }>> =>
  ds.query(`SELECT id FROM ${table} WHERE code LIKE ? ORDER BY id`, [`${prefix}-%`]);

/** Each bloc evaluated in 2021 and 2022: its members ranked, in an order that changes between the years. */
async function insertEvaluations(ds: DataSource, blocIds: number[], membersOf: Map<number, number[]>): Promise<void> {
  await insertRows(
    ds,
    'evaluations',
    ['blocId', 'year', 'method'],
    blocIds.flatMap((blocId) => [2021, 2022].map((year) => [blocId, year, 'SCORE'])),
  );
  const evaluations: Array<{ id: number; blocId: number; year: number }> = await ds.query(
    `SELECT id, blocId, year FROM evaluations WHERE blocId IN (${blocIds.map(() => '?').join(', ')})`,
    blocIds,
  );
  await insertRows(
    ds,
    'evaluation_results',
    ['evaluationId', 'unitId', 'totalPoints', '`rank`', 'votesFor', 'votesCast'],
    evaluations.flatMap((e) => {
      const members = membersOf.get(Number(e.blocId)) ?? [];
      // 2021 ranks the members in order, 2022 in reverse; the last member has no rank in 2022.
      return members.map((unitId, i) => {
        const rank = Number(e.year) === 2021 ? i + 1 : members.length - i;
        const ranked = Number(e.year) === 2021 || i < members.length - 1;
        return [e.id, unitId, `${90 - rank}.50`, ranked ? rank : null, members.length - 1, members.length];
      });
    }),
  );
}

/** Each bloc's 2022 pledge: a money target for each of its first two members, under the movement. */
async function insertPledges(
  ds: DataSource,
  blocIds: number[],
  membersOf: Map<number, number[]>,
  movementId: number,
  kindId: number,
): Promise<void> {
  await insertRows(
    ds,
    'pledges',
    ['blocId', 'year'],
    blocIds.map((blocId) => [blocId, 2022]),
  );
  const pledges: Array<{ id: number; blocId: number }> = await ds.query(
    `SELECT id, blocId FROM pledges WHERE blocId IN (${blocIds.map(() => '?').join(', ')})`,
    blocIds,
  );
  await insertRows(
    ds,
    'pledge_targets',
    ['pledgeId', 'unitId', 'movementId', 'kindId', 'targetAmountVnd'],
    pledges.flatMap((p) =>
      (membersOf.get(Number(p.blocId)) ?? []).slice(0, 2).map((unitId) => [p.id, unitId, movementId, kindId, '8000']),
    ),
  );
}

/** `blocs` blocs, `units` units spread over them (members since 2020), `perUnit` contributions each. */
export async function buildNestedDataset(
  ds: DataSource,
  prefix: string,
  blocs: number,
  units: number,
  perUnit: number,
): Promise<void> {
  const { kindIdByCode } = await inTransaction(ds, (m) => ensureCatalogue(m));
  await ds.query(
    `INSERT INTO movements (code, name, kind, scope, searchKey)
     VALUES (?, 'Phong trào thử', 'REGULAR', 'PROVINCIAL', 'phong trao thu')`,
    [`${prefix}-MV`],
  );
  const [{ id: movementId }] = await ds.query('SELECT id FROM movements WHERE code = ?', [`${prefix}-MV`]);
  const named = (letter: string, what: string, i: number) => {
    const name = `${what} ${prefix} ${i}`;
    return [`${prefix}-${letter}${i}`, name, letter === 'B' ? 'BLOC' : 'DEPARTMENT', searchKeyOf(name)];
  };
  const columns = ['code', 'name', 'kind', 'searchKey'];
  await insertRows(
    ds,
    'emulation_blocs',
    columns,
    Array.from({ length: blocs }, (_, b) => named('B', 'Khối', b)),
  );
  await insertRows(
    ds,
    'units',
    columns,
    Array.from({ length: units }, (_, u) => named('U', 'Đơn vị', u)),
  );
  const blocIds = (await idsOf(ds, 'emulation_blocs', prefix)).map((b) => Number(b.id));
  const unitIds = (await idsOf(ds, 'units', prefix)).map((u) => Number(u.id));
  const membersOf = new Map<number, number[]>(blocIds.map((id) => [id, []]));
  unitIds.forEach((unitId, i) => membersOf.get(blocIds[i % blocs]!)!.push(unitId));
  await insertRows(
    ds,
    'bloc_memberships',
    ['blocId', 'unitId', 'fromYear'],
    unitIds.map((unitId, i) => [blocIds[i % blocs], unitId, 2020]),
  );
  const kind = kindIdByCode.get('MONEY')!;
  await insertRows(
    ds,
    'contributions',
    ['movementId', 'year', 'unitId', 'kindId', 'amountVnd'],
    unitIds.flatMap((unitId) =>
      Array.from({ length: perUnit }, (_, c) => [movementId, 2020 + (c % 5), unitId, kind, String(1000 + c)]),
    ),
  );
  await insertEvaluations(ds, blocIds, membersOf);
  await insertPledges(ds, blocIds, membersOf, Number(movementId), kind);
}
