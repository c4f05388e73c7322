/**
 * Whether an error means the database cannot be reached right now (refused, reset, timed out, the
 * server gone or shutting down), as opposed to a statement it refused. Such a request is answered
 * 503 SERVICE_UNAVAILABLE with Retry-After instead of an internal error: retrying later works.
 */
import type { DataSource } from 'typeorm';

/** Raised where the driver's own error was lost on the way but the database was found not to answer. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
  readonly code = 'DATABASE_UNREACHABLE';
}

/** Socket and resolver failures (Node), and the MySQL driver's and server's connection-level codes. */
const UNREACHABLE_CODES = new Set([
  'DATABASE_UNREACHABLE',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
]);

/** How deep to follow `cause` / `driverError` / `originalError` links. */
const MAX_DEPTH = 5;

/**
 * Errors are recognised by their shape, not their class: a driver error can come from another realm
 * (and mysql2 marks a connection that can no longer be used `fatal`), and wrappers (TypeORM's
 * QueryFailedError, GraphQL errors) keep the driver's error in a property of their own.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  const { code, fatal, cause, driverError, originalError, errors } = error as Record<string, unknown>;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (fatal === true) return true;
  // An AggregateError: a host name with several addresses, each refused.
  const inner = [cause, driverError, originalError, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((candidate) => isDatabaseUnreachable(candidate, depth + 1));
}

/** Whether the database answers a trivial statement now (for an error that lost its cause on the way). */
export async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
