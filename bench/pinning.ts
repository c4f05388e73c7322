/**
 * CPU pinning on a machine with two or more cores: every server under test runs on core 1; the load
 * generator (this process, autocannon in it, the latency proxy) and a local MySQL on core 0, so
 * each variant gets the same core to itself. `taskset -a` moves every thread of a process (V8's GC
 * and libuv's pool too). MySQL's own affinity is put back when the benchmark ends.
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

/** The local MySQL server's process, if one runs here (MariaDB's or MySQL's). */
function databaseProcess(): number | null {
  for (const name of ['mariadbd', 'mysqld']) {
    try {
      const pid = Number(execFileSync('pgrep', ['-x', name], { encoding: 'utf8' }).split('\n')[0]);
      if (pid > 0) return pid;
    } catch {
      // not running under this name
    }
  }
  return null;
}

/**
 * Pins the local MySQL to the load generator's core; returns how to put its affinity back (nothing
 * to do when there is no local server or no pinning).
 */
export function pinDatabase(): { pid: number | null; restore(): void } {
  const pid = PINNING ? databaseProcess() : null;
  if (pid === null) return { pid, restore: () => undefined };
  const mask = /: ([0-9a-f]+)\s*$/.exec(execFileSync('taskset', ['-p', String(pid)], { encoding: 'utf8' }))?.[1];
  pin(pid, LOAD_CORE);
  return {
    pid,
    restore: () => {
      if (mask) execFileSync('taskset', ['-a', '-p', mask, String(pid)], { stdio: 'ignore' });
    },
  };
}

export function describePinning(databasePid: number | null): string {
  if (!PINNING) return 'no pinning (taskset or a second core missing)';
  const database = databasePid ? `MySQL (pid ${databasePid}) too` : 'MySQL not local, not pinned';
  return `servers pinned to core ${SERVER_CORE}; load generator to core ${LOAD_CORE}, ${database} (taskset)`;
}
