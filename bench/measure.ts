/**
 * Measuring one variant on one shape: autocannon at fixed concurrency after a warm-up, the server
 * process's CPU time and peak RSS from /proc, and SQL statements per request from MySQL's own
 * counters (SELECT/INSERT/UPDATE/DELETE; BEGIN and COMMIT are not counted).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Connection } from 'mysql2/promise';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  cpuSecondsPer1000: number;
  peakRssMb: number;
  sqlPerRequest: number;
}

const CLOCK_TICKS = 100;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function statementCount(db: Connection): Promise<number> {
  const [rows] = (await db.query(
    "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')",
  )) as unknown as [Array<{ Value: string }>];
  return rows.reduce((sum, r) => sum + Number(r.Value), 0);
}

export interface Target {
  url: string;
  pid: number;
  headers: Record<string, string>;
}

export async function post(target: Target, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body,
  });
  return { status: response.status, json: await response.json() };
}

/** Waits until no other statements run (requests of the previous load may still be finishing). */
async function settle(db: Connection): Promise<void> {
  let last = await statementCount(db);
  for (let i = 0; i < 60; i += 1) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await statementCount(db);
    // Only the probe itself (one statement) ran in the meantime.
    if (now - last <= 1) return;
    last = now;
  }
}

/** Statements per request, over a few requests sent one at a time (the counter's own query subtracted). */
export async function sqlPerRequest(target: Target, bodies: string[], db: Connection, samples = 20): Promise<number> {
  await settle(db);
  const before = await statementCount(db);
  for (let i = 0; i < samples; i += 1) await post(target, bodies[i % bodies.length]!);
  const after = await statementCount(db);
  return Math.round(((after - before - 1) / samples) * 100) / 100;
}

export async function load(
  target: Target,
  bodies: string[],
  seconds: number,
  connections: number,
): Promise<Omit<Figures, 'sqlPerRequest'>> {
  const run = (duration: number) =>
    autocannon({
      url: `${target.url}/graphql`,
      connections,
      pipelining: 1,
      duration,
      requests: bodies.map((body) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...target.headers },
        body,
      })),
    });
  await run(Math.max(1, Math.round(seconds / 3)));
  const cpuBefore = cpuSeconds(target.pid);
  const result = await run(seconds);
  const cpu = cpuSeconds(target.pid) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `the run is invalid: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} ` +
        `timeouts at ${target.url}`,
    );
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    cpuSecondsPer1000: Math.round((cpu / result.requests.total) * 1000 * 100) / 100,
    peakRssMb: Math.round(peakRssMb(target.pid)),
  };
}
