/**
 * `npm run migrate [-- up|revert|status]`: applies pending migrations, reverts the last applied
 * one, or lists them all. Operators run this against MySQL; the embedded SQLite database also
 * migrates itself on start.
 */
import { MigrationExecutor, type DataSource } from 'typeorm';
import { die, UsageError } from '../exit';
import { withDatabase, type Print } from './with-database';

const COMMANDS = ['up', 'revert', 'status'] as const;
type Command = (typeof COMMANDS)[number];

async function up(dataSource: DataSource, print: Print): Promise<void> {
  // One transaction per migration: a failure leaves the earlier ones applied and recorded.
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length === 0) print('no pending migrations');
  for (const migration of applied) print(`applied ${migration.name}`);
}

async function revert(dataSource: DataSource, print: Print): Promise<void> {
  const executed = await new MigrationExecutor(dataSource).getExecutedMigrations();
  // Executed migrations come newest first.
  const last = executed[0];
  if (!last) {
    print('no applied migrations to revert');
    return;
  }
  await dataSource.undoLastMigration({ transaction: 'each' });
  print(`reverted ${last.name}`);
}

async function status(dataSource: DataSource, print: Print): Promise<void> {
  const executor = new MigrationExecutor(dataSource);
  const pending = new Set((await executor.getPendingMigrations()).map((m) => m.name));
  for (const migration of dataSource.migrations) {
    const name = migration.name ?? migration.constructor.name;
    print(`${pending.has(name) ? '[ ] pending' : '[x] applied'}  ${name}`);
  }
  print(pending.size === 0 ? 'schema is current' : `${pending.size} pending migration(s): run npm run migrate`);
}

export function parseCommand(argv: string[]): Command {
  if (argv.length > 1) throw new UsageError(`expected one command (${COMMANDS.join(', ')}), got "${argv.join(' ')}"`);
  const command = argv[0] ?? 'up';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}" (expected ${COMMANDS.join(', ')})`);
  }
  return command as Command;
}

const RUN: Record<Command, (dataSource: DataSource, print: Print) => Promise<void>> = { up, revert, status };

if (require.main === module) {
  try {
    const command = parseCommand(process.argv.slice(2));
    void withDatabase((dataSource, print) => RUN[command](dataSource, print));
  } catch (error) {
    die(error);
  }
}
