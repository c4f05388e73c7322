/**
 * `npm run bench` (10k, 100k and 1M contributions) or `npm run bench -- --quick` (100k): for each
 * size, starts the service in production mode (ours), the hand-written baseline (B) and the naive
 * implementation (N) on the same database, checks that each answers every shape as B does, then
 * drives each with autocannon and prints a table and, last, a `BENCH {json}` line.
 *
 *   --only nested,byId        time just these shapes (every answer is still checked)
 *   --sizes 100000,1000000    these dataset sizes
 *   --runs N                  measure each shape and variant N times (default 3) and report the median run
 *   --db-latency [MS]         put a proxy that delays every packet MS ms each way (default 0.5) before MySQL
 *   --ours-node-args "..."    Node options for our service (e.g. --max-semi-space-size=32)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { ensureDataset, SERVER_URL } from './dataset';
import { load, post, sqlPerRequest, type Figures, type Target } from './measure';
import { describePinning, LOAD_CORE, pin, pinDatabase, SERVER_CORE } from './pinning';
import { benchFigures, median, resultTable, type Variant } from './report';
import { bodiesFor, findFixtures, SHAPES, type Fixtures, type ShapeName } from './shapes';

const quick = process.argv.includes('--quick');
/** The value after `--name`, if it is there and (unless it may be one) is not another option. */
function option(name: string, mayStartWithDashes = false): string | undefined {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? process.argv[at + 1] : undefined;
  return value === undefined || (value.startsWith('--') && !mayStartWithDashes) ? undefined : value;
}
const RUNS = Math.max(1, Number(option('--runs') ?? 3));
const DB_LATENCY_MS = process.argv.includes('--db-latency') ? Number(option('--db-latency') ?? 0.5) : 0;
const OURS_NODE_ARGS = (option('--ours-node-args', true) ?? '').split(' ').filter(Boolean);
/** `--only nested,byId`: time just these shapes (answers are still all checked). */
const onlyArgument = process.argv.indexOf('--only');
const TIMED: ShapeName[] =
  onlyArgument > 0
    ? (process.argv[onlyArgument + 1] ?? '').split(',').filter((s): s is ShapeName => (SHAPES as string[]).includes(s))
    : SHAPES;
/** `--sizes 100000,1000000`: these dataset sizes (default: 100k with --quick, else 10k, 100k and 1M). */
const SIZES =
  option('--sizes')
    ?.split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0) ?? (quick ? [100_000] : [10_000, 100_000, 1_000_000]);
const SECONDS = quick ? 6 : 15;
const CONNECTIONS = 16;
const ROOT = path.join(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');

const print = (line: string) => console.log(line);

/** A bench process that says `listening` over IPC once it is ready, pinned to `core`. */
async function startServer(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  core = SERVER_CORE,
): Promise<ChildProcess> {
  const child = fork(script, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  pin(child.pid!, core);
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.on('message', (message) => message === 'listening' && resolve());
  });
  return child;
}

/** Our service announces itself on stdout only; wait for its port to answer instead. */
async function startService(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = fork(path.join(ROOT, 'dist', 'src', 'main.js'), [], {
    execArgv: OURS_NODE_ARGS,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTO_SETUP: 'false',
      ALLOW_ANONYMOUS_READS: 'false',
      RATE_LIMIT_ADMIN: '0',
      // SQL per request is read off the server's counters once it is idle: no placement timer ticking.
      // Changes the timed mutations make are still placed, right after each commits.
      CHANGE_FEED_INTERVAL_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  pin(child.pid!, SERVER_CORE);
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}

/** Responses compared without the parts that differ by design (the mutation's stored row is checked instead). */
async function checkSameAnswers(targets: Record<Variant, Target>, fixtures: Fixtures): Promise<void> {
  for (const shape of SHAPES) {
    const body = bodiesFor(shape, fixtures)[0]!;
    const answers = await Promise.all(
      (['baseline', 'ours', 'naive'] as const).map(
        async (variant) => [variant, await post(targets[variant], body)] as const,
      ),
    );
    const [, expected] = answers[0]!;
    for (const [variant, answer] of answers) {
      if (answer.status !== 200 || (answer.json as { errors?: unknown }).errors)
        throw new Error(`${variant} failed ${shape}: ${JSON.stringify(answer.json).slice(0, 500)}`);
      if (!isDeepStrictEqual(answer.json, expected.json))
        throw new Error(
          `${variant} answers ${shape} differently from the ` +
            `baseline:\n${JSON.stringify(answer.json).slice(0, 800)}\n${JSON.stringify(expected.json).slice(0, 800)}`,
        );
    }
  }
}

async function benchSize(contributions: number): Promise<Record<ShapeName, Record<Variant, Figures>>> {
  const url = await ensureDataset(contributions, print);
  const dataSource = createDataSource(parseDatabaseUrl(url));
  await dataSource.initialize();
  const { key } = await issueApiKey(dataSource, { role: Role.ADMIN, name: 'bench' });
  await dataSource.destroy();
  const db: Connection = await createConnection({ uri: url });
  const fixtures = await findFixtures(db);
  const basePort = 4500 + Math.floor(Math.random() * 400) * 4;
  const children: ChildProcess[] = [];
  try {
    // With --db-latency every server reaches MySQL through the proxy; the counters are read directly.
    let serverUrl = url;
    if (DB_LATENCY_MS > 0) {
      const mysql = new URL(url);
      const proxy = await startServer(
        path.join(__dirname, 'latency-proxy.js'),
        {},
        [String(basePort + 3), mysql.hostname, mysql.port || '3306', String(DB_LATENCY_MS)],
        LOAD_CORE,
      );
      children.push(proxy);
      mysql.hostname = '127.0.0.1';
      mysql.port = String(basePort + 3);
      serverUrl = mysql.toString();
    }
    const ours = await startService(basePort, serverUrl);
    children.push(ours);
    const baseline = await startServer(path.join(__dirname, 'baseline-server.js'), {
      DATABASE_URL: serverUrl,
      PORT: String(basePort + 1),
    });
    children.push(baseline);
    const naive = await startServer(path.join(__dirname, 'naive-server.js'), {
      DATABASE_URL: serverUrl,
      PORT: String(basePort + 2),
    });
    children.push(naive);
    const targets: Record<Variant, Target> = {
      ours: { url: `http://127.0.0.1:${basePort}`, pid: ours.pid!, headers: { authorization: `Bearer ${key}` } },
      baseline: { url: `http://127.0.0.1:${basePort + 1}`, pid: baseline.pid!, headers: {} },
      naive: {
        url: `http://127.0.0.1:${basePort + 2}`,
        pid: naive.pid!,
        headers: { 'apollo-require-preflight': 'true' },
      },
    };
    await checkSameAnswers(targets, fixtures);
    const figures = {} as Record<ShapeName, Record<Variant, Figures>>;
    for (const shape of TIMED) {
      figures[shape] = {} as Record<Variant, Figures>;
      const bodies = bodiesFor(shape, fixtures);
      for (const variant of ['baseline', 'ours', 'naive'] as const) {
        const sql = await sqlPerRequest(targets[variant], bodies, db);
        const runs: Array<Omit<Figures, 'sqlPerRequest'>> = [];
        for (let run = 0; run < RUNS; run += 1) runs.push(await load(targets[variant], bodies, SECONDS, CONNECTIONS));
        const measured = median(runs);
        figures[shape][variant] = { ...measured, sqlPerRequest: sql };
        print(
          `  ${contributions.toLocaleString('en')} ${shape} ${variant}: ${measured.rps} req/s, p50 ` +
            `${measured.p50} ms, p99 ${measured.p99} ms, ${sql} SQL/req, ${measured.cpuSecondsPer1000} CPU s/1k ` +
            `(runs: ${runs.map((r) => r.rps).join(', ')} req/s)`,
        );
      }
    }
    return figures;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await db.end();
  }
}

async function main(): Promise<void> {
  pin(process.pid, LOAD_CORE);
  const database = new URL(SERVER_URL).hostname.match(/^(127\.0\.0\.1|localhost)$/)
    ? pinDatabase()
    : { pid: null, restore: () => undefined };
  // MySQL's affinity is put back however the run ends (Ctrl-C included).
  process.on('exit', () => database.restore());
  process.on('SIGINT', () => process.exit(130));
  const pinning = describePinning(database.pid);
  print(
    `bench: ${pinning}; ${RUNS} run(s) of ${SECONDS} s per shape and variant, median reported; ` +
      `${DB_LATENCY_MS > 0 ? `database behind a proxy adding ${DB_LATENCY_MS} ms each way` : 'database direct'}; ` +
      `our Node options: ${OURS_NODE_ARGS.join(' ') || 'none'}`,
  );
  const all: Record<number, Record<ShapeName, Record<Variant, Figures>>> = {};
  for (const size of SIZES) all[size] = await benchSize(size);
  const reference = all[100_000] ?? all[SIZES[0]!]!;

  print('');
  for (const line of resultTable(all, TIMED)) print(line);
  const bench = benchFigures(reference, TIMED);
  mkdirSync(RESULTS, { recursive: true });
  const saved = JSON.stringify(
    {
      at: new Date().toISOString(),
      quick,
      connections: CONNECTIONS,
      seconds: SECONDS,
      runs: RUNS,
      pinning,
      dbLatencyMs: DB_LATENCY_MS,
      oursNodeArgs: OURS_NODE_ARGS,
      sizes: all,
      bench,
    },
    null,
    2,
  );
  writeFileSync(path.join(RESULTS, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`), saved);
  writeFileSync(path.join(RESULTS, 'latest.json'), saved);
  print(`BENCH ${JSON.stringify(bench)}`);
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
