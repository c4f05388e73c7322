/**
 * `npm run bench:memory [-- --queries 20000 --heap-mb 384 --database mysql://…]`: whether memory
 * stays bounded when every request is a query document the service has not seen before (each is
 * parsed, validated, priced and compiled, and each has its own operation name). The service runs
 * in production mode under `--max-old-space-size` (384 MB by default) on a throw-away embedded
 * database (or the given MySQL one); distinct queries are sent by anonymous callers, four at a
 * time. Prints RSS before and after, the peak, the queries answered and the query cache's
 * evictions (from /metrics), ending with a `MEMORY {json}` line. Exits non-zero if the process
 * died or an answer was not a 200 without errors.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const METRICS_TOKEN = 'bench-memory-metrics-token';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const QUERIES = Number(argument('queries', '20000'));
const HEAP_MB = Number(argument('heap-mb', '384'));
const CONCURRENCY = 4;

/** Query number i: its own name, alias and page sizes, and a selection drawn from its bits. */
export function distinctQuery(i: number): string {
  const pick = (bit: number, text: string) => ((i >> bit) & 1 ? text : '');
  return `query Q${i} {
    u${i}: units(first: ${1 + (i % 7)}, orderBy: [{ field: NAME, direction: ${i % 2 ? 'ASC' : 'DESC'} }]) {
      totalCount
      nodes {
        id code name ${pick(0, 'shortName')} ${pick(1, 'kind headcount')} ${pick(2, 'createdAt version')}
        blocs(year: ${2019 + (i % 5)}) { nodes { id name ${pick(3, 'code')} } }
        contributions(first: ${1 + (i % 3)}) { nodes { id year quantity amountVnd kind { code ${pick(4, 'name')} } } }
      }
    }
    emulationBlocs(first: ${1 + (i % 4)}) {
      nodes { name ${pick(5, 'code')} members(year: 2022) { totalCount ${pick(6, 'nodes { id name }')} } }
    }
    movements(first: 2) { nodes { id code ${pick(7, 'name')} } pageInfo { hasNextPage ${pick(8, 'endCursor')} } }
  }`;
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

/** A metric's value for one label set (`cache="compiled"`), from /metrics. */
async function metric(url: string, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : NaN;
}

async function waitForPort(url: string, exited: () => boolean): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (exited()) throw new Error('the service exited while starting');
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tdkt-memory-'));
  const databaseUrl = argument('database', `sqlite:${path.join(scratch, 'bench.sqlite')}`);
  const port = 4700 + Math.floor(Math.random() * 200);
  const url = `http://127.0.0.1:${port}`;
  const child = fork(path.join(ROOT, 'dist', 'src', 'main.js'), [], {
    execArgv: [`--max-old-space-size=${HEAP_MB}`],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTO_SETUP: 'true',
      ALLOW_ANONYMOUS_READS: 'true',
      RATE_LIMIT_ANONYMOUS: '0',
      METRICS_TOKEN,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let exit: string | null = null;
  child.on('exit', (code, signal) => (exit = `exited with ${signal ?? code}`));
  const pid = child.pid!;
  try {
    await waitForPort(url, () => exit !== null);
    const send = (query: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: unknown } }));
    // Warm: the same query many times, so what follows measures distinct documents only.
    for (let i = 0; i < 200; i += 1) await send(distinctQuery(0));
    const before = rssMb(pid, 'VmRSS');
    let answered = 0;
    let failed = 0;
    let next = 1;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next <= QUERIES && exit === null) {
          const i = next++;
          const { status, body } = await send(distinctQuery(i)).catch(() => ({ status: 0, body: {} as never }));
          if (status === 200 && !body.errors) answered += 1;
          else if ((failed += 1) <= 3) console.error(`query ${i}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    if (exit !== null) throw new Error(`the service ${exit} after ${answered} distinct queries`);
    const after = rssMb(pid, 'VmRSS');
    const figures = {
      distinctQueries: QUERIES,
      answered,
      failed,
      heapLimitMb: HEAP_MB,
      rssBeforeMb: before,
      rssAfterMb: after,
      rssGrowthMb: after - before,
      peakRssMb: rssMb(pid, 'VmHWM'),
      compiledKept: await metric(url, 'tdkt_query_cache_entries', 'cache="compiled"'),
      compiledEvictions: await metric(url, 'tdkt_query_cache_evictions_total', 'cache="compiled"'),
      documentsKept: await metric(url, 'tdkt_query_cache_entries', 'cache="documents"'),
      documentEvictions: await metric(url, 'tdkt_query_cache_evictions_total', 'cache="documents"'),
      queriesPerSecond: Math.round(QUERIES / seconds),
    };
    console.log(`distinct queries     ${figures.distinctQueries} (${answered} answered, ${failed} failed)`);
    console.log(`heap limit           ${HEAP_MB} MB`);
    console.log(
      `RSS before / after   ${before} MB / ${after} MB (growth ${after - before} MB, peak ${figures.peakRssMb} MB)`,
    );
    console.log(`compiled queries     ${figures.compiledKept} kept, ${figures.compiledEvictions} evictions`);
    console.log(`parsed documents     ${figures.documentsKept} kept, ${figures.documentEvictions} evictions`);
    console.log(`rate                 ${figures.queriesPerSecond} distinct queries/s`);
    console.log(`MEMORY ${JSON.stringify(figures)}`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
