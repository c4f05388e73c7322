/**
 * The service as an orchestrator runs it: its own `node` process (src/main.ts, transpiled on load by
 * transpile-on-require.js), configured by environment variables, stopped by a signal. The test reads
 * its JSON log from stdout and its exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface LogLine {
  msg: string;
  level: number;
  [field: string]: unknown;
}

export interface ChildService {
  url: string;
  child: ChildProcess;
  /** Every JSON line the process has logged so far. */
  lines(): LogLine[];
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnService(env: NodeJS.ProcessEnv, startTimeoutMs = 30_000): Promise<ChildService> {
  const child = spawn(process.execPath, ['-r', './test/helpers/transpile-on-require.js', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed: LogLine[] = [];
  let pending = '';
  let errText = '';
  child.stderr!.on('data', (chunk: Buffer) => (errText += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start: ${errText}`)), startTimeoutMs);
    void exited.then(({ code }) => reject(new Error(`the service exited with ${code} before listening: ${errText}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const text of complete) {
        if (!text.startsWith('{')) continue;
        const line = JSON.parse(text) as LogLine;
        parsed.push(line);
        if (line.msg === 'listening') {
          clearTimeout(timer);
          resolve(String(line.url));
        }
      }
    });
  });
  try {
    return { url: await url, child, lines: () => [...parsed], stderr: () => errText, exited };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
