/**
 * Opens the configured database, turning any failure into one line that names the database (by its
 * password-free description) and the driver's reason, e.g.
 * `cannot open database mysql://app:***@db:3306/tdkt: connect ECONNREFUSED 10.0.0.5:3306`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { OperatorError } from '../exit';
import { createDataSource, type DataSourceExtras } from './data-source';

export class DatabaseUnavailableError extends OperatorError {
  override name = 'DatabaseUnavailableError';
}

export async function openDatabase(db: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = createDataSource(db, extras);
  try {
    // SQLite creates a missing file but not a missing folder (data/ in a fresh clone).
    if (db.kind === 'sqlite' && db.file !== ':memory:') await mkdir(path.dirname(db.file), { recursive: true });
    return await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot open database ${db.description}: ${reasonOf(error)}`, { cause: error });
  }
}

/** A driver error's shortest useful explanation, on one line. */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node reports a refused connection to a name with several addresses as an AggregateError whose
  // own message is empty.
  if (error instanceof AggregateError && error.errors.length > 0 && !error.message) return reasonOf(error.errors[0]);
  const code = (error as { code?: unknown }).code;
  const message = error.message.split('\n')[0]!.trim();
  if (message) return message;
  return typeof code === 'string' ? code : error.name;
}
