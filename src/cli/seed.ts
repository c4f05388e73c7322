/**
 * `npm run seed` loads the article's dataset (idempotent); `npm run seed:synthetic -- --contributions N
 * [--seed S]` adds generated rows for load tests. Both expect a migrated database.
 */
import { MigrationExecutor, type DataSource } from 'typeorm';
import { die, UsageError } from '../exit';
import { seedArticle } from '../seed/article';
import { seedSynthetic } from '../seed/synthetic';
import { withDatabase, type Print } from './with-database';

export interface SyntheticOptions {
  contributions: number;
  seed: number;
}

type Job = { kind: 'article' } | ({ kind: 'synthetic' } & SyntheticOptions);

const MAX_CONTRIBUTIONS = 10_000_000;

function integerFlag(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || raw === '') throw new UsageError(`--${name} needs a value`);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Flags as `--name value` or `--name=value`; nothing else is accepted. */
function readFlags(args: string[]): Map<string, string | undefined> {
  const flags = new Map<string, string | undefined>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (inline !== undefined) {
      flags.set(name, inline);
    } else {
      flags.set(name, args[i + 1]?.startsWith('--') ? undefined : args[i + 1]);
      if (flags.get(name) !== undefined) i += 1;
    }
  }
  return flags;
}

export function parseJob(argv: string[]): Job {
  const [kind, ...rest] = argv;
  const flags = readFlags(rest);
  if (kind === 'article') {
    if (flags.size > 0) throw new UsageError('the article dataset takes no options');
    return { kind };
  }
  if (kind === 'synthetic') {
    for (const name of flags.keys()) {
      if (name !== 'contributions' && name !== 'seed')
        throw new UsageError(`unknown option --${name} (expected --contributions N [--seed S])`);
    }
    if (!flags.has('contributions')) throw new UsageError('--contributions N is required');
    return {
      kind,
      contributions: integerFlag('contributions', flags.get('contributions'), 1, MAX_CONTRIBUTIONS),
      seed: flags.has('seed') ? integerFlag('seed', flags.get('seed'), 0, 2 ** 31 - 1) : 1,
    };
  }
  throw new UsageError(`unknown dataset "${kind ?? ''}" (expected article or synthetic)`);
}

async function requireCurrentSchema(dataSource: DataSource): Promise<void> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  if (pending.length > 0) {
    throw new UsageError(`the database has ${pending.length} pending migration(s): run npm run migrate first`);
  }
}

export async function runJob(job: Job, dataSource: DataSource, print: Print): Promise<void> {
  await requireCurrentSchema(dataSource);
  if (job.kind === 'article') {
    const { inserted } = await seedArticle(dataSource);
    print(inserted ? 'loaded the article dataset' : 'the article dataset is already there: nothing to do');
    return;
  }
  const started = Date.now();
  const counts = await seedSynthetic(dataSource, { contributions: job.contributions, seed: job.seed, log: print });
  const seconds = (Date.now() - started) / 1000;
  for (const [table, count] of Object.entries(counts)) print(`  ${table}: ${count}`);
  print(
    `generated ${job.contributions} synthetic contributions (seed ${job.seed}) in ${seconds.toFixed(1)} s ` +
      `(${Math.round(job.contributions / seconds)} contributions/s)`,
  );
}

if (require.main === module) {
  try {
    const job = parseJob(process.argv.slice(2));
    void withDatabase((dataSource, print) => runJob(job, dataSource, print));
  } catch (error) {
    die(error);
  }
}
