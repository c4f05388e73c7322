/**
 * A domain refusal: the write is not made, nothing changes, and the caller is told why in the
 * payload's `userErrors` (HTTP 200), each with a stable code and the input path it is about.
 */

export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  STALE_VERSION = 'STALE_VERSION',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ALREADY_DELETED = 'ALREADY_DELETED',
  NOT_DELETED = 'NOT_DELETED',
  EXACTLY_ONE_REQUIRED = 'EXACTLY_ONE_REQUIRED',
  OVERLAPPING_MEMBERSHIP = 'OVERLAPPING_MEMBERSHIP',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  LEADERSHIP_TAKEN = 'LEADERSHIP_TAKEN',
  KIND_MISMATCH = 'KIND_MISMATCH',
  POINTS_OUT_OF_RANGE = 'POINTS_OUT_OF_RANGE',
  SUBJECT_NOT_ALLOWED = 'SUBJECT_NOT_ALLOWED',
  ANNUAL_TITLE_TAKEN = 'ANNUAL_TITLE_TAKEN',
  FLAG_QUOTA_EXCEEDED = 'FLAG_QUOTA_EXCEEDED',
  FLAG_RECIPIENT_NOT_FIRST = 'FLAG_RECIPIENT_NOT_FIRST',
  LEVEL_MISMATCH = 'LEVEL_MISMATCH',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
  NO_BASE_SALARY = 'NO_BASE_SALARY',
  NO_AWARD_VERSION = 'NO_AWARD_VERSION',
  OVERLAPPING_VERSION = 'OVERLAPPING_VERSION',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  PARENT_DELETED = 'PARENT_DELETED',
  INVALID_STATE = 'INVALID_STATE',
  MISSING_DOCUMENTS = 'MISSING_DOCUMENTS',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
}

export interface UserErrorShape {
  /** The path to the input value at fault, e.g. ['input', 'awards', '2', 'subjectType']. */
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

export class Refusal extends Error {
  constructor(readonly errors: UserErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'Refusal';
  }
}

/** Refuses the whole mutation with one reason. `field` is relative to the mutation's input. */
export function refuse(code: UserErrorCode, message: string, field: ReadonlyArray<string | number> = []): never {
  throw new Refusal([{ code, message, field: field.length ? ['input', ...field.map(String)] : null }]);
}

/**
 * Runs one line of a multi-row input (a pledge's third target, say): a refusal inside it points at
 * that line, e.g. ['input', 'targets', '2', 'kindId'].
 */
export async function atLine<T>(path: ReadonlyArray<string | number>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    throw new Refusal(
      error.errors.map((e) => ({ ...e, field: ['input', ...path.map(String), ...(e.field ?? ['input']).slice(1)] })),
    );
  }
}
