import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl, redactUrl } from '../src/config';
import { ensureBuilt, runNpm } from './helpers/npm-scripts';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, port 4000 on loopback, auto setup on', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: path.resolve('data', 'thi-dua.sqlite'),
      description: `sqlite:${path.resolve('data', 'thi-dua.sqlite')}`,
    });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      production: false,
      logLevel: 'info',
      autoSetupEmbedded: true,
      anonymousReads: true,
    });
  });

  it('opens anonymous reads only on the embedded sandbox unless told otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u@h:3306/db' }).anonymousReads).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'mysql://u@h:3306/db', ALLOW_ANONYMOUS_READS: 'true' }).anonymousReads).toBe(
      true,
    );
    expect(loadConfig({ ALLOW_ANONYMOUS_READS: 'off' }).anonymousReads).toBe(false);
    expect(() => loadConfig({ ALLOW_ANONYMOUS_READS: 'sometimes' })).toThrow(
      'ALLOW_ANONYMOUS_READS must be true or false',
    );
  });

  it('reads the CSV link secret and lifetime, and refuses weak or odd values', () => {
    expect(loadConfig({})).toMatchObject({ reportLinkSecret: null, reportLinkTtlSeconds: 300 });
    expect(loadConfig({ REPORT_LINK_SECRET: 'k'.repeat(40), REPORT_LINK_TTL_SECONDS: '60' })).toMatchObject({
      reportLinkSecret: 'k'.repeat(40),
      reportLinkTtlSeconds: 60,
    });
    expect(() => loadConfig({ REPORT_LINK_SECRET: 'short' })).toThrow('at least 32 characters');
    expect(() => loadConfig({ REPORT_LINK_TTL_SECONDS: '1.5' })).toThrow('REPORT_LINK_TTL_SECONDS');
  });

  it('sizes the query caches by entries and megabytes, and refuses odd values', () => {
    expect(loadConfig({}).queryCache).toEqual({ entries: 1000, bytes: 32 * 1024 * 1024 });
    expect(loadConfig({ QUERY_CACHE_ENTRIES: '50', QUERY_CACHE_MB: '8' }).queryCache).toEqual({
      entries: 50,
      bytes: 8 * 1024 * 1024,
    });
    expect(() => loadConfig({ QUERY_CACHE_ENTRIES: '0' })).toThrow('QUERY_CACHE_ENTRIES must be a whole number');
    expect(() => loadConfig({ QUERY_CACHE_MB: '1.5' })).toThrow('QUERY_CACHE_MB must be a whole number');
  });

  it('reads the grace period of a stop: 30 s by default, from 0 to 3600 s', () => {
    expect(loadConfig({}).shutdownGraceSeconds).toBe(30);
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '2.5' }).shutdownGraceSeconds).toBe(2.5);
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' }).shutdownGraceSeconds).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow('SHUTDOWN_GRACE_SECONDS must be a number');
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: 'soon' })).toThrow('SHUTDOWN_GRACE_SECONDS must be a number');
  });

  it('reads MySQL, host, port, production and log level; auto setup is off for MySQL', () => {
    const config = loadConfig({
      DATABASE_URL: 'mysql://app:s3cret@db.internal:3306/tdkt',
      HOST: '0.0.0.0',
      PORT: '8080',
      NODE_ENV: 'production',
      LOG_LEVEL: 'WARN',
    });
    expect(config.database).toEqual({
      kind: 'mysql',
      url: 'mysql://app:s3cret@db.internal:3306/tdkt',
      description: 'mysql://app:***@db.internal:3306/tdkt',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      production: true,
      logLevel: 'warn',
      autoSetupEmbedded: false,
    });
  });

  it.each([
    ['AUTO_SETUP', 'off', false],
    ['AUTO_SETUP', 'YES', true],
    ['PORT', '0', 0],
  ])('accepts %s=%s', (name, value, expected) => {
    const config = loadConfig({ [name]: value });
    expect(name === 'PORT' ? config.port : config.autoSetupEmbedded).toBe(expected);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be an integer'],
    [{ PORT: '80.5' }, 'PORT must be an integer'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ AUTO_SETUP: 'maybe' }, 'AUTO_SETUP must be true or false'],
    [{ DATABASE_URL: 'postgres://u@h/db' }, 'scheme "postgres:" is not supported'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a URL'],
    [{ DATABASE_URL: 'mysql://u:pw@h:3306' }, 'DATABASE_URL names no database: mysql://u:***@h:3306'],
    [{ DATABASE_URL: 'mysql://u@h:3306/bad-name' }, 'may only hold letters, digits'],
    [{ DATABASE_URL: 'sqlite:' }, 'names no file'],
  ])('refuses %j with a one-line ConfigError', (env, message) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it.each(['mysql://u:hunter2@h:3306', 'mysql://u:hunter2@h:3306/bad-name!', 'mysql://u:hunter2@h:99999/db'])(
    'never puts a password in an error message (%#)',
    (url) => {
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: url })).not.toThrow(/hunter2/);
    },
  );
});

describe('CHANGE_FEED_INTERVAL_MS', () => {
  it('places outside writes every 200 ms by default, and takes 0 (off) or 20–60000 ms', () => {
    expect(loadConfig({}).changeFeedIntervalMs).toBe(200);
    expect(loadConfig({ CHANGE_FEED_INTERVAL_MS: '0' }).changeFeedIntervalMs).toBe(0);
    expect(loadConfig({ CHANGE_FEED_INTERVAL_MS: '1000' }).changeFeedIntervalMs).toBe(1000);
  });

  it.each(['5', '-1', 'abc', '100000', '2.5'])('refuses %s', (value) => {
    expect(() => loadConfig({ CHANGE_FEED_INTERVAL_MS: value })).toThrow(
      /^CHANGE_FEED_INTERVAL_MS must be 0 \(off\) or a whole number of milliseconds from 20 to 60000/,
    );
  });
});

describe('parseDatabaseUrl', () => {
  it('resolves sqlite paths against the working directory and keeps :memory:', () => {
    expect(parseDatabaseUrl('sqlite:./x/y.sqlite', '/srv/app')).toMatchObject({
      kind: 'sqlite',
      file: '/srv/app/x/y.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:///abs/z.sqlite', '/srv/app')).toMatchObject({
      kind: 'sqlite',
      file: '/abs/z.sqlite',
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toMatchObject({
      kind: 'sqlite',
      file: ':memory:',
      description: 'sqlite::memory:',
    });
  });
});

describe('redactUrl', () => {
  it('hides the password and nothing else', () => {
    expect(redactUrl('mysql://root:pa55@127.0.0.1:3306/tdkt')).toBe('mysql://root:***@127.0.0.1:3306/tdkt');
    expect(redactUrl('mysql://root@127.0.0.1:3306/tdkt')).toBe('mysql://root@127.0.0.1:3306/tdkt');
  });

  it('does not echo an unparseable value, which might be a secret', () => {
    expect(redactUrl('::::pa55')).toBe('<unparseable URL>');
  });
});

describe('a bad setting and the scripts', () => {
  let folder: string;
  beforeAll(async () => {
    await ensureBuilt();
    folder = await mkdtemp(path.join(tmpdir(), 'tdkt-config-'));
  }, 180_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([['migrate'], ['seed'], ['apikey', '--', 'list']])(
    'stops npm run %s in one line before it opens the database',
    async (...script) => {
      const file = path.join(folder, `${script[0]}.sqlite`);
      const run = await runNpm(['run', '--silent', ...script], { DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'loud' });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"\n',
      );
      expect(existsSync(file)).toBe(false);
    },
  );
});
