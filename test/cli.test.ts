import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { issueApiKey, revokeApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import { parseApiKeyJob, runApiKeyJob } from '../src/cli/apikey';
import { parseCommand } from '../src/cli/migrate';
import { parseJob } from '../src/cli/seed';
import { Unit } from '../src/entities/organisation';
import { UsageError } from '../src/exit';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { buildStamps, describeTimes, ensureBuilt, runNpm } from './helpers/npm-scripts';

describe('npm run migrate arguments', () => {
  it('defaults to up and knows revert and status', () => {
    expect(parseCommand([])).toBe('up');
    expect(parseCommand(['revert'])).toBe('revert');
    expect(parseCommand(['status'])).toBe('status');
  });

  it.each([[['down']], [['up', 'now']]])('refuses %j', (argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
  });
});

describe('npm run seed arguments', () => {
  it('reads the article job and the synthetic job with its options', () => {
    expect(parseJob(['article'])).toEqual({ kind: 'article' });
    expect(parseJob(['synthetic', '--contributions', '5000'])).toEqual({
      kind: 'synthetic',
      contributions: 5000,
      seed: 1,
    });
    expect(parseJob(['synthetic', '--contributions=20', '--seed', '7'])).toEqual({
      kind: 'synthetic',
      contributions: 20,
      seed: 7,
    });
  });

  it.each([
    [['synthetic'], '--contributions N is required'],
    [['synthetic', '--contributions'], '--contributions needs a value'],
    [['synthetic', '--contributions', '-3'], 'must be an integer from 1'],
    [['synthetic', '--contributions', '1e3x'], 'must be an integer from 1'],
    [['synthetic', '--contributions', '5', '--speed', '2'], 'unknown option --speed'],
    [['synthetic', '5'], 'unexpected argument "5"'],
    [['article', '--contributions', '5'], 'takes no options'],
    [['everything'], 'unknown dataset "everything"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseJob(argv)).toThrow(UsageError);
    expect(() => parseJob(argv)).toThrow(message);
  });
});

describeEachEngine(
  'npm run apikey -- list',
  (ctx) => {
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
    });

    it('prints a header and each key with its unit code, never a numeric id', async () => {
      const soYte = await ctx.dataSource.getRepository(Unit).findOneByOrFail({ code: 'SO_YTE' });
      await issueApiKey(ctx.dataSource, { role: Role.EDITOR, unitId: soYte.id, name: 'Sở Y tế' });
      const admin = await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'ban thi đua' });
      await revokeApiKey(ctx.dataSource, admin.keyId);
      const lines: string[] = [];
      await runApiKeyJob(parseApiKeyJob(['list']), ctx.dataSource, (line) => lines.push(line));
      expect(lines[0]).toMatch(/^KEY ID +ROLE +UNIT +STATE +NAME$/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/^[0-9a-f]{8} {2}EDITOR {2}SO_YTE {2}no expiry +Sở Y tế$/);
      expect(lines[2]).toMatch(new RegExp(`^${admin.keyId} {2}ADMIN  {2}- +revoked \\d{4}-.* +ban thi đua$`));
      expect(lines.join('\n')).not.toContain(` ${soYte.id} `);
      // Columns line up under the header.
      const state = lines[0]!.indexOf('STATE');
      expect(lines.map((line) => line.slice(state).split(' ')[0])).toEqual(['STATE', 'no', 'revoked']);
    });
  },
  { sqlite: 'file' },
);

describe('the scripts on an up-to-date build [sqlite]', () => {
  let folder: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await ensureBuilt();
    folder = await mkdtemp(path.join(tmpdir(), 'tdkt-cli-'));
    env = { DATABASE_URL: `sqlite:${path.join(folder, 'cli.sqlite')}`, LOG_LEVEL: 'silent' };
  }, 180_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('migrate, seed and apikey create run without recompiling anything in dist/', async () => {
    const before = buildStamps();
    const migrate = await runNpm(['run', 'migrate'], env);
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);
    expect((await runNpm(['run', 'seed'], env)).code).toBe(0);
    const create = await runNpm(['run', 'apikey', '--', 'create', '--role', 'EDITOR', '--unit', 'SO_YTE'], env);
    expect(create.code).toBe(0);
    expect(create.stdout.trimEnd().split('\n').at(-1)).toMatch(/^tdkt_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    console.info(`npm run apikey -- create: ${describeTimes(create)} on an up-to-date build`);
    const list = await runNpm(['run', 'apikey', '--silent', '--', 'list'], env);
    expect(list.stdout).toMatch(/^KEY ID +ROLE +UNIT +STATE +NAME$/m);
    expect(list.stdout).toMatch(/ EDITOR +SO_YTE +no expiry +editor key$/m);
    expect(buildStamps()).toEqual(before);
  });
});
