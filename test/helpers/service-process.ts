/**
 * The service as a separate process, as production runs it (several replicas on one database):
 * compiled once per test file with the project's build settings into a temporary folder, then
 * forked with its environment. `startService` (helpers/service.ts) runs it in-process instead.
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

export interface CompiledService {
  folder: string;
  remove(): Promise<void>;
}

/** Compiles src and migrations (about 10 s on the CI machine). */
export async function compileService(): Promise<CompiledService> {
  const folder = await mkdtemp(path.join(tmpdir(), 'tdkt-service-'));
  await promisify(execFile)(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', folder],
    { cwd: ROOT },
  );
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

export interface ServiceProcess {
  url: string;
  /** Lines the process logged at warn level or above. */
  problems: string[];
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
}

/** Forks the compiled service and resolves once it listens (its JSON log says where). */
export function startServiceProcess(compiled: CompiledService, env: Record<string, string>): Promise<ServiceProcess> {
  const child: ChildProcess = fork(path.join(compiled.folder, 'src', 'main.js'), [], {
    env: {
      ...process.env,
      // The compiled files live outside the repository: resolve packages from its node_modules.
      NODE_PATH: path.join(ROOT, 'node_modules'),
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      AUTO_SETUP: 'false',
      ALLOW_ANONYMOUS_READS: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const problems: string[] = [];
  return new Promise((resolve, reject) => {
    let pending = '';
    child.once('exit', (code) => reject(new Error(`the service process exited with ${code} before listening`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { level: number; msg: string; url?: string };
        if (entry.level >= 40) problems.push(line);
        if (entry.msg === 'listening' && entry.url)
          resolve({
            url: entry.url,
            problems,
            stop: () => {
              child.kill('SIGTERM');
              return exited;
            },
          });
      }
    });
  });
}
