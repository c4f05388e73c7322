/**
 * `npm run bench:feed [-- --contributions N]` (default 100,000): the change feed as the portal uses
 * it, on a fresh MySQL database (dropped afterwards) filled by the synthetic loader, served by two
 * service processes. Prints:
 *  - how long the service took to place the bulk load's changes (its timer, batches of 5,000);
 *  - reading the whole feed from the start, 100 changes a page, through one process: pages/s and
 *    changes/s, bare and with each change's record;
 *  - the delay from commit to visibility, polled through the other process: for API writes
 *    (placed right after they commit) and for SQL written outside the API (placed by the timer);
 * and last a `FEED {json}` line.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import { parseDatabaseUrl } from '../src/config';
import { toGlobalId } from '../src/core/global-id';
import { createDataSource } from '../src/db/data-source';
import { seedSynthetic } from '../src/seed/synthetic';
import { SERVER_URL } from './dataset';

const ROOT = path.join(__dirname, '..', '..');
const contributionsArgument = process.argv.indexOf('--contributions');
const CONTRIBUTIONS = contributionsArgument > 0 ? Number(process.argv[contributionsArgument + 1]) : 100_000;
const DELAY_SAMPLES = 40;

const BARE = `query($after: String) { changes(after: $after, first: 100) {
  pageInfo { endCursor hasNextPage } nodes { typeName recordId operation changedAt } } }`;
const WITH_RECORDS = `query($after: String) { changes(after: $after, first: 100) {
  pageInfo { endCursor hasNextPage } nodes { typeName recordId operation changedAt record { id } } } }`;

interface Page {
  changes: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: unknown[] };
}

const print = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startService(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = fork(path.join(ROOT, 'dist', 'src', 'main.js'), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTO_SETUP: 'false',
      RATE_LIMIT_ADMIN: '0',
      RATE_LIMIT_READER: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  for (let i = 0; i < 200; i += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await sleep(100);
  }
  throw new Error('the service did not start');
}

function client(port: number, key: string) {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

type Client = ReturnType<typeof client>;

/** Reads the feed from the start to its end; the pages, changes and seconds it took. */
async function readAll(ask: Client, query: string): Promise<{ pages: number; changes: number; seconds: number }> {
  const started = process.hrtime.bigint();
  let after: string | null = null;
  let pages = 0;
  let changes = 0;
  for (let more = true; more; pages += 1) {
    const page: Page = await ask<Page>(query, { after });
    changes += page.changes.nodes.length;
    after = page.changes.pageInfo.endCursor;
    more = page.changes.pageInfo.hasNextPage;
  }
  return { pages, changes, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function endCursor(ask: Client): Promise<string | null> {
  let after: string | null = null;
  for (let more = true; more;) {
    const page: Page = await ask<Page>(BARE, { after });
    after = page.changes.pageInfo.endCursor;
    more = page.changes.pageInfo.hasNextPage;
  }
  return after;
}

/** Milliseconds from `commit` resolving (the write is committed) to a poll through `reader` showing it. */
async function delayOf(reader: Client, after: string | null, commit: () => Promise<void>) {
  await commit();
  const committed = process.hrtime.bigint();
  for (;;) {
    const page: Page = await reader<Page>(BARE, { after });
    if (page.changes.nodes.length > 0)
      return { ms: Number(process.hrtime.bigint() - committed) / 1e6, cursor: page.changes.pageInfo.endCursor };
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const summary = (values: number[]) => ({
  p50: Math.round(percentile(values, 50)),
  p95: Math.round(percentile(values, 95)),
  max: Math.round(Math.max(...values)),
});

async function main(): Promise<void> {
  const name = `tdkt_feedbench_${randomBytes(3).toString('hex')}`;
  const url = `${SERVER_URL}/${name}`;
  const admin = await createConnection({ uri: SERVER_URL });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const children: ChildProcess[] = [];
  try {
    const dataSource = createDataSource(parseDatabaseUrl(url));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seedSynthetic(dataSource, { contributions: CONTRIBUTIONS, seed: 1 });
    const [{ n: logged }] = (await dataSource.query('SELECT COUNT(*) AS n FROM change_log')) as [{ n: string }];
    const { key: readerKey } = await issueApiKey(dataSource, { role: Role.READER, name: 'portal' });
    const { key: adminKey } = await issueApiKey(dataSource, { role: Role.ADMIN, name: 'writer' });
    print(`database ${name}: ${CONTRIBUTIONS.toLocaleString('en')} contributions, ${logged} changes logged`);

    const port = 4900 + Math.floor(Math.random() * 50) * 2;
    const placingFrom = Date.now();
    children.push(await startService(port, url), await startService(port + 1, url));
    for (;;) {
      const [{ n }] = (await dataSource.query('SELECT COUNT(*) AS n FROM change_log WHERE batchNo IS NULL')) as [
        { n: string },
      ];
      if (Number(n) === 0) break;
      await sleep(20);
    }
    const placingSeconds = (Date.now() - placingFrom) / 1000;
    print(`placed the bulk load's ${logged} changes in ${placingSeconds.toFixed(1)} s (from the services' start)`);

    const reader = client(port, readerKey);
    const reading: Record<string, { pages: number; changes: number; seconds: number }> = {};
    for (const [label, query] of [
      ['bare (first read)', BARE],
      ['bare', BARE],
      ['with records', WITH_RECORDS],
    ] as const) {
      const run = await readAll(reader, query);
      reading[label] = run;
      print(
        `read ${run.changes} changes in ${run.pages} pages, ${label}: ${run.seconds.toFixed(1)} s — ` +
          `${Math.round(run.pages / run.seconds)} pages/s, ${Math.round(run.changes / run.seconds)} changes/s`,
      );
    }

    const otherReader = client(port + 1, readerKey);
    const writer = client(port, adminKey);
    const [{ id: movementId }] = (await dataSource.query('SELECT id FROM movements LIMIT 1')) as [{ id: number }];
    let cursor = await endCursor(otherReader);
    const api: number[] = [];
    const sql: number[] = [];
    for (let i = 0; i < DELAY_SAMPLES; i += 1) {
      await sleep(Math.random() * 100);
      const [{ version }] = (await dataSource.query('SELECT version FROM movements WHERE id = ?', [movementId])) as [
        { version: number },
      ];
      const viaApi = await delayOf(otherReader, cursor, async () => {
        const { updateMovement } = await writer<{ updateMovement: { userErrors: unknown[] } }>(
          'mutation($id: ID!, $v: Int!, $name: String!) { updateMovement(input: { id: $id, expectedVersion: $v, ' +
            'name: $name }) { userErrors { code } } }',
          { id: toGlobalId('Movement', movementId), v: Number(version), name: `Phong trào thử ${i}` },
        );
        if (updateMovement.userErrors.length) throw new Error(JSON.stringify(updateMovement.userErrors));
      });
      api.push(viaApi.ms);
      await sleep(Math.random() * 100);
      const viaSql = await delayOf(otherReader, viaApi.cursor, async () => {
        await dataSource.query('UPDATE movements SET launchedBy = ? WHERE id = ?', [`lần ${i}`, movementId]);
      });
      sql.push(viaSql.ms);
      cursor = viaSql.cursor;
    }
    print(`commit → visible, API writes (placed after commit): ms ${JSON.stringify(summary(api))}`);
    print(`commit → visible, SQL outside the API (timer): ms ${JSON.stringify(summary(sql))}`);
    await dataSource.destroy();
    print(
      `FEED ${JSON.stringify({
        contributions: CONTRIBUTIONS,
        changes: Number(logged),
        placingSeconds,
        reading,
        delayMs: { api: summary(api), sql: summary(sql) },
      })}`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
