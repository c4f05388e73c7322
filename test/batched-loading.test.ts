/**
 * The N+1 guard: the number of statements a nested query sends does not grow with the number of
 * rows it returns. Same three-level query, small and large dataset, same statement count.
 */
import type { DataSource } from 'typeorm';
import { inTransaction } from '../src/db/transaction';
import { ensureCatalogue } from '../src/seed/ensure-catalogue';
import { searchKeyOf } from '../src/core/fold';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunk = Math.floor(2000 / columns.length) * 10;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const placeholders = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`, part.flat());
  }
}

/** `blocs` blocs, `units` units spread over them (members since 2020), `perUnit` contributions each. */
async function buildDataset(
  ds: DataSource,
  prefix: string,
  blocs: number,
  units: number,
  perUnit: number,
): Promise<void> {
  const { kindIdByCode } = await inTransaction(ds, (m) => ensureCatalogue(m));
  await ds.query(
    `INSERT INTO movements (code, name, kind, scope, searchKey) VALUES (?, 'Phong trào thử', 'REGULAR', ` +
      `'PROVINCIAL', 'phong trao thu')`,
    [`${prefix}-MV`],
  );
  const [{ id: movementId }] = await ds.query('SELECT id FROM movements WHERE code = ?', [`${prefix}-MV`]);
  await insertRows(
    ds,
    'emulation_blocs',
    ['code', 'name', 'kind', 'searchKey'],
    Array.from({ length: blocs }, (_, b) => [
      `${prefix}-B${b}`,
      `Khối ${prefix} ${b}`,
      'BLOC',
      searchKeyOf(`Khối ${prefix} ${b}`),
    ]),
  );
  await insertRows(
    ds,
    'units',
    ['code', 'name', 'kind', 'searchKey'],
    Array.from({ length: units }, (_, u) => [
      `${prefix}-U${u}`,
      `Đơn vị ${prefix} ${u}`,
      'DEPARTMENT',
      searchKeyOf(`Đơn vị ${prefix} ${u}`),
    ]),
  );
  const blocIds: Array<{ id: number }> = await ds.query(
    'SELECT id FROM emulation_blocs WHERE code LIKE ? ORDER BY id',
    [`${prefix}-%`],
  );
  const unitIds: Array<{ id: number }> = await ds.query('SELECT id FROM units WHERE code LIKE ? ORDER BY id', [
    `${prefix}-%`,
  ]);
  await insertRows(
    ds,
    'bloc_memberships',
    ['blocId', 'unitId', 'fromYear'],
    unitIds.map((u, i) => [blocIds[i % blocs].id, u.id, 2020]),
  );
  const kind = kindIdByCode.get('MONEY');
  await insertRows(
    ds,
    'contributions',
    ['movementId', 'year', 'unitId', 'kindId', 'amountVnd'],
    unitIds.flatMap((u) =>
      Array.from({ length: perUnit }, (_, c) => [movementId, 2020 + (c % 5), u.id, kind, String(1000 + c)]),
    ),
  );
}

const NESTED = `query($prefix: String!) {
  emulationBlocs(first: 100, filter: { code: { startsWith: $prefix } }) {
    nodes {
      code
      members(year: 2022, first: 100) {
        nodes {
          code
          contributions(first: 20) { nodes { year amountVnd } }
        }
      }
    }
  }
}`;

interface Nested {
  emulationBlocs: { nodes: Array<{ members: { nodes: Array<{ contributions: { nodes: unknown[] } }> } }> };
}

describeEachEngine('batched loading', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  beforeAll(async () => {
    await buildDataset(ctx.dataSource, 'SMALL', 3, 15, 20);
    await buildDataset(ctx.dataSource, 'LARGE', 60, 2000, 20);
  });

  it('sends the same few statements for 3 blocs of 5 units as for 60 blocs of 2,000 units', async () => {
    const small = await ctx.countStatements(() => client.data<Nested>(NESTED, { prefix: 'SMALL-' }));
    const large = await ctx.countStatements(() => client.data<Nested>(NESTED, { prefix: 'LARGE-' }));

    const rows = (r: Nested) =>
      r.emulationBlocs.nodes.flatMap((b) => b.members.nodes).flatMap((u) => u.contributions.nodes).length;
    expect(rows(small.result)).toBe(15 * 20);
    expect(rows(large.result)).toBe(2000 * 20);
    expect(large.result.emulationBlocs.nodes).toHaveLength(60);

    // One statement per level: blocs, members, contributions.
    expect(small.count).toBe(3);
    expect(large.count).toBe(small.count);
  });

  it('batches to-one references too: each referenced type costs one statement', async () => {
    const query = `query($prefix: String!) { emulationBlocs(first: 100, filter: { code: { startsWith: $prefix } }) {
      nodes { members(year: 2022, first: 100) { nodes {
        contributions(first: 3) { nodes { movement { code } kind { code } unit { code } } }
      } } } } }`;
    const { count } = await ctx.countStatements(() => client.data(query, { prefix: 'LARGE-' }));
    expect(count).toBe(3 + 3);
  });
});
