/**
 * The package's scripts run as a newcomer runs them (`npm start`, `npm run apikey -- …`), in child
 * processes from the repository's root. `ensureBuilt` brings dist/ up to date first, one test file
 * at a time (tsc writing the same files from two workers would race), so a timed run measures a
 * script on a fresh build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const REPOSITORY = path.resolve(__dirname, '..', '..');
const DIST = path.join(REPOSITORY, 'dist');
const LOCK = path.join(DIST, '.build-lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time: what a person waits, but stretched by whatever else the machine runs. */
  milliseconds: number;
  /** CPU time of npm and everything it ran (user + system): the script's own work, whatever the load. */
  cpuMilliseconds: number;
}

/** bash's `times` prints the shell's own times, then its children's (descendants included): `0m0.650s 0m0.100s`. */
function childCpuMilliseconds(times: string): number {
  const children = times.trim().split('\n')[1] ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (seconds.length !== 2) throw new Error(`unexpected output of times: ${JSON.stringify(times)}`);
  return (seconds[0]! + seconds[1]!) * 1000;
}

/** `npm run build`: a full compile on a fresh clone, a timestamp check when nothing changed. */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { force: true, recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPOSITORY, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  } finally {
    rmSync(LOCK, { force: true, recursive: true });
  }
}

/** When each emitted file was last written: a script that recompiles changes some of them. */
export function buildStamps(): Record<string, number> {
  const files = ['tsconfig.build.tsbuildinfo', 'src/main.js', 'src/config.js', 'src/cli/apikey.js'];
  return Object.fromEntries(files.map((file) => [file, statSync(path.join(DIST, file)).mtimeMs]));
}

/** Runs `npm <args>` with the given settings on top of this process's environment. */
export function runNpm(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<ScriptRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    // bash runs npm and then reports the CPU time of all it ran on a pipe of its own (fd 3).
    const script = 'npm "$@"; status=$?; times >&3; exit $status';
    const child = spawn('bash', ['-c', script, 'npm', ...args], {
      cwd: REPOSITORY,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let times = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdio[3]!.on('data', (chunk: Buffer) => (times += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ code, stdout, stderr, milliseconds, cpuMilliseconds: childCpuMilliseconds(times) });
    });
  });
}

export function describeTimes(run: ScriptRun): string {
  return `${Math.round(run.milliseconds)} ms (${Math.round(run.cpuMilliseconds)} ms of CPU)`;
}
