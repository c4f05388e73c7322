/**
 * `npm run apikey -- create --role ROLE [--unit CODE] [--name NAME] [--expires-in-days N]` prints a
 * new key on its last line (the only time it is shown); `list` shows every key without secrets, under
 * a header, with its unit's code; `revoke <keyId>` revokes one at once.
 */
import type { DataSource } from 'typeorm';
import { issueApiKey, listApiKeys, revokeApiKey, type ListedApiKey } from '../auth/api-keys';
import { Role } from '../auth/caller';
import type { ApiKey } from '../entities/api-key';
import { Unit } from '../entities/organisation';
import { die, UsageError } from '../exit';
import { withDatabase, type Print } from './with-database';

type Job =
  | { command: 'create'; role: Role; unitCode: string | null; name: string; expiresInDays: number | null }
  | { command: 'list' }
  | { command: 'revoke'; keyId: string };

const USAGE =
  'usage: apikey create --role ADMIN|EDITOR|APPRAISER|REPORTER|READER [--unit CODE] [--name NAME]' +
  ' [--expires-in-days N]' +
  ' | apikey list | apikey revoke <keyId>';

export function parseApiKeyJob(argv: string[]): Job {
  const [command, ...rest] = argv;
  if (command === 'list' && rest.length === 0) return { command };
  if (command === 'revoke' && rest.length === 1 && /^[0-9a-f]{8}$/.test(rest[0]!)) return { command, keyId: rest[0]! };
  if (command !== 'create') throw new UsageError(USAGE);
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const name = /^--(role|unit|name|expires-in-days)$/.exec(rest[i]!)?.[1];
    const value = rest[i + 1];
    if (!name || value === undefined) throw new UsageError(USAGE);
    flags.set(name, value);
  }
  const role = flags.get('role') as Role | undefined;
  if (!role || !Object.values(Role).includes(role))
    throw new UsageError(`--role must be one of ${Object.values(Role).join(', ')}`);
  const unitCode = flags.get('unit') ?? null;
  if ((role === Role.EDITOR) !== (unitCode !== null))
    throw new UsageError(role === Role.EDITOR ? 'an EDITOR key needs --unit CODE' : `a ${role} key takes no --unit`);
  const days = flags.get('expires-in-days');
  const expiresInDays = days === undefined ? null : Number(days);
  if (expiresInDays !== null && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650)) {
    throw new UsageError('--expires-in-days must be an integer from 1 to 3650');
  }
  return { command, role, unitCode, name: flags.get('name') ?? `${role.toLowerCase()} key`, expiresInDays };
}

function keyState(key: ApiKey, now: Date): string {
  if (key.revokedAt) return `revoked ${key.revokedAt.toISOString()}`;
  if (!key.expiresAt) return 'no expiry';
  return `${key.expiresAt <= now ? 'expired' : 'expires'} ${key.expiresAt.toISOString()}`;
}

/** One line a key under a header, columns aligned; the name, free text, comes last. */
export function keyTable(keys: ListedApiKey[], now = new Date()): string[] {
  const rows = [
    ['KEY ID', 'ROLE', 'UNIT', 'STATE', 'NAME'],
    ...keys.map(({ key, unitCode }) => [key.keyId, key.role, unitCode ?? '-', keyState(key, now), key.name]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

export async function runApiKeyJob(job: Job, dataSource: DataSource, print: Print): Promise<void> {
  if (job.command === 'list') {
    const keys = await listApiKeys(dataSource);
    if (keys.length === 0) print('no API keys yet: npm run apikey -- create --role ADMIN');
    else for (const line of keyTable(keys)) print(line);
    return;
  }
  if (job.command === 'revoke') {
    if (!(await revokeApiKey(dataSource, job.keyId))) throw new UsageError(`no live key with id ${job.keyId}`);
    print(`revoked ${job.keyId}`);
    return;
  }
  let unitId: number | null = null;
  if (job.unitCode !== null) {
    const unit = await dataSource.getRepository(Unit).findOneBy({ code: job.unitCode });
    if (!unit) throw new UsageError(`no unit with code ${job.unitCode}`);
    unitId = unit.id;
  }
  const expiresAt = job.expiresInDays === null ? null : new Date(Date.now() + job.expiresInDays * 86_400_000);
  const issued = await issueApiKey(dataSource, { role: job.role, unitId, name: job.name, expiresAt });
  const expiry = expiresAt ? `, expires ${expiresAt.toISOString()}` : '';
  print(`created ${job.role} key ${issued.keyId}${expiry}; it is shown only once:`);
  print(issued.key);
}

if (require.main === module) {
  try {
    const job = parseApiKeyJob(process.argv.slice(2));
    void withDatabase((dataSource, print) => runApiKeyJob(job, dataSource, print));
  } catch (error) {
    die(error);
  }
}
