/**
 * How every mutation runs: validate the input (class-validator) → one transaction: (idempotency
 * lookup) → the service's work → the audit event → commit. A Refusal anywhere rolls the
 * transaction back and becomes the payload's userErrors; a unique or check constraint the database
 * itself refuses (a race the service's checks could not see) is a refusal too, never a 500.
 */
import { createHash } from 'node:crypto';
import { validate, type ValidationError } from 'class-validator';
import { RequestRefusal } from '../core/request-errors';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { inTransaction } from '../db/transaction';
import { IdempotencyKey } from '../entities/idempotency-key';
import type { Log } from '../log';
import { AuditTrail } from './audit';
import { changeSequencerFor } from './changes-sequencer';
import { Refusal, UserErrorCode, type UserErrorShape } from '../core/refusal';
import type { WriteContext } from './write-context';
import { WriteScope } from './write-scope';

export interface MutationRequest {
  dataSource: DataSource;
  caller: Caller;
  requestId: string;
  log?: Log;
}

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserErrorShape[];
}

export interface IdempotentReplay<T> {
  /** The key the client sent, if any. */
  key: string | null | undefined;
  /** The ids to remember of a first result… */
  idsOf(result: T): number[];
  /** …and how to give that result again from them. */
  reload(dataSource: DataSource, ids: number[]): Promise<T>;
}

export async function runMutation<T>(
  request: MutationRequest,
  operation: string,
  input: object,
  work: (w: WriteContext) => Promise<T>,
  idempotency?: IdempotentReplay<T>,
): Promise<MutationOutcome<T>> {
  const { dataSource, caller, requestId } = request;
  try {
    const invalid = await validationErrors(input);
    if (invalid.length) throw new Refusal(invalid);
    const key = idempotency?.key ?? null;
    const inputHash = key ? hashOf(operation, input) : '';
    const afterCommit: Array<() => Promise<unknown>> = [];
    // READ COMMITTED: a rule that locks the row it is about (a bloc, for its memberships, leaderships
    // and flags) then reads sees what the lock's previous holder committed, not a snapshot from before.
    const attempt = () =>
      inTransaction(
        dataSource,
        async (manager) => {
          // A retried attempt (deadlock) starts its list again: only the committed attempt's tasks run.
          afterCommit.length = 0;
          if (key) {
            const first = await manager.findOne(IdempotencyKey, {
              where: { actorKeyId: caller.keyId, idempotencyKey: key },
            });
            if (first) {
              if (first.inputHash !== inputHash) {
                throw new Refusal([
                  {
                    code: UserErrorCode.IDEMPOTENCY_KEY_REUSED,
                    message: 'This idempotency key was already used for a different operation or input',
                    field: ['input', 'idempotencyKey'],
                  },
                ]);
              }
              return { replayIds: JSON.parse(first.resultIds) as number[] };
            }
          }
          const w: WriteContext = {
            manager,
            caller,
            scope: new WriteScope(manager, caller),
            trail: new AuditTrail(),
            afterCommit: (task) => void afterCommit.push(task),
          };
          const result = await work(w);
          if (key && idempotency) {
            await manager.insert(IdempotencyKey, {
              actorKeyId: caller.keyId,
              idempotencyKey: key,
              operation,
              inputHash,
              resultIds: JSON.stringify(idempotency.idsOf(result)),
            });
          }
          await w.trail.write(manager, caller, requestId, operation);
          return { result };
        },
        'READ COMMITTED',
      );
    let outcome: Awaited<ReturnType<typeof attempt>>;
    try {
      outcome = await retryingDeadlocks(attempt);
    } catch (error) {
      // Two requests with the same idempotency key at once: the loser's insert collides with the
      // winner's rows; once the winner has committed, a second attempt finds its result.
      if (!key || constraintRefusal(error)?.errors[0]?.code !== UserErrorCode.DUPLICATE) throw error;
      outcome = await attempt();
    }
    // The write's changes get their place in the feed now, off the request's path: polls never place.
    void changeSequencerFor(dataSource).nudge();
    await runAfterCommit(afterCommit, request, operation);
    if ('replayIds' in outcome && outcome.replayIds)
      return { result: await idempotency!.reload(dataSource, outcome.replayIds), userErrors: [] };
    return { result: outcome.result, userErrors: [] };
  } catch (error) {
    const refusal = error instanceof Refusal ? error : constraintRefusal(error);
    if (refusal) {
      request.log?.info({ requestId, operation, keyId: caller.keyId, refusal: refusal.errors }, 'mutation refused');
      return { result: null, userErrors: refusal.errors };
    }
    if (error instanceof RequestRefusal)
      request.log?.warn(
        { requestId, operation, keyId: caller.keyId, code: error.extensions.code, reason: error.message },
        'mutation refused',
      );
    throw error;
  }
}

/**
 * The committed write's follow-up work. It cannot undo the write, so a failure is logged, not
 * answered: what it leaves undone (a file not removed) is harmless and is said in the log.
 */
async function runAfterCommit(
  tasks: ReadonlyArray<() => Promise<unknown>>,
  request: MutationRequest,
  operation: string,
): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      request.log?.error(
        { requestId: request.requestId, operation, err: { message: (error as Error).message } },
        'work after a committed mutation failed',
      );
    }
  }
}

/** How often a transaction the database chose as a deadlock's victim is run again before giving up. */
const DEADLOCK_RETRIES = 3;

/**
 * MySQL rolls back one of two transactions that wait on each other's locks (errno 1213) and expects
 * it to be run again; nothing of it was written, so running it again is safe.
 */
async function retryingDeadlocks<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const errno = (error as { driverError?: { errno?: number } } | null)?.driverError?.errno;
      if (errno !== 1213 || tries > DEADLOCK_RETRIES) throw error;
    }
  }
}

function hashOf(operation: string, input: object): string {
  return createHash('sha256').update(operation).update('\0').update(canonicalJson(input)).digest('hex');
}

/** JSON with keys sorted, so the same input always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([name, v]) => v !== undefined && name !== 'idempotencyKey')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, v]) => `${JSON.stringify(name)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

async function validationErrors(input: object): Promise<UserErrorShape[]> {
  const errors = await validate(input, {
    forbidUnknownValues: false,
    skipMissingProperties: true,
    validationError: { target: false, value: false },
  });
  const shapes: UserErrorShape[] = [];
  const walk = (list: ValidationError[], path: string[]) => {
    for (const error of list) {
      const here = [...path, error.property];
      for (const message of Object.values(error.constraints ?? {}))
        shapes.push({ field: here, message, code: UserErrorCode.INVALID_INPUT });
      if (error.children?.length) walk(error.children, here);
    }
  };
  walk(errors, ['input']);
  return shapes;
}

/**
 * The database's own refusals, for the races no prior check can close (two creates of the same
 * code at once). Driver codes: MySQL/MariaDB errno, SQLite's extended result code.
 */
function constraintRefusal(error: unknown): Refusal | null {
  const driver = (error as { driverError?: { errno?: number; code?: string } } | null)?.driverError;
  if (!driver) return null;
  if (
    driver.errno === 1062 ||
    driver.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  ) {
    return new Refusal([
      { code: UserErrorCode.DUPLICATE, message: 'A record with these values already exists', field: null },
    ]);
  }
  if (driver.errno === 3819 || driver.errno === 4025 || driver.code === 'SQLITE_CONSTRAINT_CHECK') {
    return new Refusal([
      {
        code: UserErrorCode.INVALID_INPUT,
        message: 'The values break a rule of the record (a check constraint)',
        field: null,
      },
    ]);
  }
  // Missing values are caught before the write; this is the database's own word for any one left over.
  if (driver.errno === 1048 || driver.errno === 1364 || driver.code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new Refusal([{ code: UserErrorCode.INVALID_INPUT, message: 'A required value is missing', field: null }]);
  }
  if (driver.errno === 1452 || driver.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new Refusal([{ code: UserErrorCode.NOT_FOUND, message: 'A referenced record does not exist', field: null }]);
  }
  return null;
}
