/**
 * One MySQL database per dataset size and generator version, built by the real migrations and filled
 * by the synthetic loader; kept between runs (a marker row records the size it was filled to), so a
 * second run starts at once.
 */
import { createConnection } from 'mysql2/promise';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { GENERATOR_VERSION, seedSynthetic } from '../src/seed/synthetic';

export const SERVER_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** The database of a size, named for the generator version that filled it. */
export function databaseName(contributions: number): string {
  return `tdkt_bench_${contributions}_g${GENERATOR_VERSION}`;
}

export function databaseUrl(contributions: number): string {
  return `${SERVER_URL}/${databaseName(contributions)}`;
}

async function migrate(url: string): Promise<number> {
  const dataSource = createDataSource(parseDatabaseUrl(url));
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  } finally {
    await dataSource.destroy();
  }
}

export async function ensureDataset(contributions: number, print: (line: string) => void): Promise<string> {
  const name = databaseName(contributions);
  const admin = await createConnection({ uri: SERVER_URL });
  try {
    const [marker] = (await admin.query(
      `SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'bench_marker'`,
      [name],
    )) as unknown as [unknown[]];
    if (marker.length) {
      const [[row]] = (await admin.query(`SELECT contributions FROM \`${name}\`.bench_marker`)) as unknown as [
        [{ contributions: number } | undefined],
      ];
      if (row && Number(row.contributions) === contributions) {
        // A cached dataset still gets the migrations added since it was built.
        const applied = await migrate(databaseUrl(contributions));
        const migrated = applied ? `; ${applied} new migration(s) applied` : '';
        print(`dataset ${name}: cached (${contributions.toLocaleString('en')} contributions${migrated})`);
        return databaseUrl(contributions);
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const started = Date.now();
  const dataSource = createDataSource(parseDatabaseUrl(databaseUrl(contributions)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedSynthetic(dataSource, { contributions, seed: 1 });
    await dataSource.query('CREATE TABLE bench_marker (contributions INT NOT NULL)');
    await dataSource.query('INSERT INTO bench_marker VALUES (?)', [contributions]);
  } finally {
    await dataSource.destroy();
  }
  print(
    `dataset ${name}: loaded ${contributions.toLocaleString('en')} contributions in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return databaseUrl(contributions);
}
