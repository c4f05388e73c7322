/**
 * CPU pinning on a machine with two or more cores: every server under test runs on core 1, the load
 * generator (this process, autocannon in it, the latency proxy) on core 0, so each variant gets the
 * same CPU and does not share it with the process measuring it. MySQL is left where the scheduler
 * puts it. `taskset -a` moves every thread of a process (V8's GC and libuv's pool too).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export const SERVER_CORE = 1;
export const LOAD_CORE = 0;

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const PINNING = os.cpus().length >= 2 && hasTaskset();

/** Pins a process (all its threads) to a core; nothing when pinning is not available. */
export function pin(pid: number, core: number): void {
  if (PINNING) execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
}

export function describePinning(): string {
  return PINNING
    ? `servers pinned to core ${SERVER_CORE}, load generator to core ${LOAD_CORE} (taskset), MySQL unpinned`
    : 'no pinning (taskset or a second core missing)';
}
