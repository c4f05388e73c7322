/**
 * While the database's schema is behind the code (migrations pending: a MySQL database that nobody
 * has migrated yet, or a new version deployed before `npm run migrate`), the API answers 503
 * MIGRATIONS_PENDING instead of failing on missing tables with 500s. The state is checked again at
 * most once a second while migrations are pending, so the service serves as soon as an operator has
 * migrated, without a restart; once current, it is never checked again.
 */
import type { DataSource } from 'typeorm';
import { pendingMigrations } from './readiness';

export const MIGRATE_COMMAND = 'npm run migrate';

export class MigrationGate {
  private current = false;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly recheckMs = 1_000,
  ) {}

  /** The migrations still to apply, by name; empty once the schema is current. */
  async pendingMigrations(now = Date.now()): Promise<string[]> {
    if (this.current) return [];
    if (now - this.checkedAt < this.recheckMs) return this.pending;
    this.pending = await pendingMigrations(this.dataSource);
    this.checkedAt = now;
    this.current = this.pending.length === 0;
    return this.pending;
  }
}

/** What a client is told while migrations are pending. */
export function migrationsPendingMessage(pending: readonly string[]): string {
  return (
    `The database's schema is behind this version of the service (${pending.length} migrations pending): ` +
    `an operator has to run \`${MIGRATE_COMMAND}\`. Nothing was read or written.`
  );
}

/** The one line the service logs at start when migrations are pending. */
export function migrationsPendingAtStart(pending: readonly string[], database: string): string {
  return (
    `${pending.length} database migrations pending on ${database}: run \`${MIGRATE_COMMAND}\` with the same ` +
    'DATABASE_URL; until then the API answers 503 MIGRATIONS_PENDING'
  );
}
