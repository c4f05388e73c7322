import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { startupLine } from '../src/startup-line';
import { main, start, type RunningService } from '../src/main';
import { captureIo, captureLog } from './helpers/capture';
import { describeEachEngine } from './helpers/engines';
import { buildStamps, describeTimes, ensureBuilt, runNpm } from './helpers/npm-scripts';

// Anonymous reads let these start-up checks query without minting a key; keys have tests of their own.
const quiet = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ALLOW_ANONYMOUS_READS: 'true' };

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

async function apiVersionStatus(service: RunningService): Promise<number> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ apiVersion }' }),
  });
  return response.status;
}

describe('a process that cannot start', () => {
  it('says what is wrong with a malformed setting in one line and exits 1', async () => {
    const io = captureIo();
    await expect(main({ ...quiet, PORT: 'eighty' }, io)).resolves.toBeUndefined();
    expect(io.exitCodes).toEqual([1]);
    expect(io.stderrText()).toBe('error: PORT must be an integer from 0 to 65535, got "eighty"\n');
  });

  it('names the unreachable database without its password, in one line, without a stack', async () => {
    const io = captureIo();
    await main({ ...quiet, DATABASE_URL: 'mysql://root:hunter2@127.0.0.1:1/x' }, io);
    expect(io.exitCodes).toEqual([1]);
    const output = io.stderrText();
    expect(output).toMatch(/^error: cannot open database mysql:\/\/root:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED.*\n$/);
    expect(output.trimEnd()).not.toContain('\n');
    expect(output).not.toContain('hunter2');
  });

  it('says in one line that its port is taken', async () => {
    const holder = await start({ ...quiet, DATABASE_URL: 'sqlite::memory:' }, captureLog());
    try {
      const port = new URL(holder.url).port;
      const io = captureIo();
      await main({ ...quiet, DATABASE_URL: 'sqlite::memory:', PORT: port }, io);
      expect(io.exitCodes).toEqual([1]);
      expect(io.stderrText()).toMatch(
        new RegExp(`^error: cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE[^\\n]*\\n$`),
      );
    } finally {
      await holder.stop();
    }
  });

  it('answers `npm start` with a bad setting on an up-to-date build, compiling nothing (times printed)', async () => {
    await ensureBuilt();
    const before = buildStamps();
    const run = await runNpm(['start'], { PORT: 'abc', DATABASE_URL: 'sqlite::memory:' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: PORT must be an integer from 0 to 65535, got "abc"\n');
    console.info(`npm start with PORT=abc: ${describeTimes(run)} on an up-to-date build`);
    expect(buildStamps()).toEqual(before);
  }, 180_000);

  it('says in one line that its FILES_DIR cannot be used, before it listens', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-not-a-dir-'));
    try {
      const notADirectory = path.join(dir, 'a-file');
      await writeFile(notADirectory, 'x');
      const io = captureIo();
      await main({ ...quiet, DATABASE_URL: 'sqlite::memory:', FILES_DIR: notADirectory }, io);
      expect(io.exitCodes).toEqual([1]);
      expect(io.stderrText()).toMatch(/^error: FILES_DIR .*a-file cannot be used: .*(EEXIST|ENOTDIR)[^\n]*\n$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects start() with a ConfigError that a caller can recognise', async () => {
    await expect(start({ ...quiet, LOG_LEVEL: 'chatty' })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('the start-up line [sqlite]', () => {
  it('tells a person in one line on stderr: API and playground URLs, the database, how to get a key', async () => {
    const signals = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
    const io = captureIo();
    const service = await main({ ...quiet, DATABASE_URL: 'sqlite::memory:' }, io);
    try {
      expect(service).toBeDefined();
      const url = service!.url;
      expect(io.stderrText()).toBe(
        `Thi đua – Khen thưởng is up: API ${url}/graphql · playground ${url}/playground · ` +
          'database sqlite::memory: · reads need no key; a key: DATABASE_URL=… npm run apikey -- create --role ADMIN\n',
      );
    } finally {
      await service?.stop();
      // main() answers signals for the process; this test process keeps only its own handlers.
      for (const name of ['SIGTERM', 'SIGINT'] as const)
        for (const listener of process.listeners(name))
          if (!signals[name].includes(listener)) process.removeListener(name, listener);
    }
  });

  it('never shows the database password', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://app:hunter2@db.internal:3306/tdkt' });
    const line = startupLine('http://0.0.0.0:4000', config, {
      DATABASE_URL: 'mysql://app:hunter2@db.internal:3306/tdkt',
    });
    expect(line).toContain('database mysql://app:***@db.internal:3306/tdkt');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('reads need no key');
  });
});

describe('the embedded database on first and later starts [sqlite]', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'tdkt-start-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('creates its folder, migrates and seeds itself, serves, stops, and on restart finds all done', async () => {
    const file = path.join(folder, 'data', 'nested', 'thi-dua.sqlite');
    const env = { ...quiet, DATABASE_URL: `sqlite:${file}` };

    const firstLog = captureLog();
    const first = await start(env, firstLog);
    try {
      expect((await stat(file)).isFile()).toBe(true);
      expect(firstLog.messages).toEqual(
        expect.arrayContaining([
          'migrated the embedded database',
          'loaded the article dataset into the embedded database',
        ]),
      );
      expect(await getJson(`${first.url}/readyz`)).toEqual({
        status: 200,
        body: { status: 'ready', database: 'up', migrations: 'current' },
      });
      expect(await apiVersionStatus(first)).toBe(200);
    } finally {
      await first.stop();
    }
    expect(first.dataSource.isInitialized).toBe(false);
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

    const againLog = captureLog();
    const again = await start(env, againLog);
    try {
      expect(againLog.messages).toEqual(['listening']);
      expect((await getJson(`${again.url}/readyz`)).status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});

// The operator's path: without AUTO_SETUP (MySQL's default) the service serves but is not ready
// until someone runs the migrations.
describeEachEngine(
  'start() on a database it is not asked to set up',
  (ctx) => {
    it('reports pending migrations on /readyz until they are applied', async () => {
      const service = await start({ ...quiet, DATABASE_URL: ctx.databaseUrl, AUTO_SETUP: 'false' }, captureLog());
      try {
        expect(await getJson(`${service.url}/readyz`)).toEqual({
          status: 503,
          body: { status: 'unavailable', database: 'up', migrations: 'pending' },
        });
        expect((await getJson(`${service.url}/healthz`)).status).toBe(200);
        await ctx.dataSource.runMigrations();
        expect((await getJson(`${service.url}/readyz`)).status).toBe(200);
      } finally {
        await service.stop();
      }
    });
  },
  { migrate: false, sqlite: 'file' },
);
