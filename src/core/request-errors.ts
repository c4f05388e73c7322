/**
 * Refusals of a whole request, raised below the edge (filters, report arguments, write scope) and
 * answered as top-level errors with their code. They are plain errors carrying `extensions`:
 * graphql-js copies an original error's extensions onto the GraphQL error it wraps it in, so no
 * layer below the resolvers has to build GraphQL errors itself.
 */
export type RequestErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface RequestRefusalExtensions {
  code: RequestErrorCode;
  argumentName?: string;
  /** What exactly is refused, within the code's closed set (e.g. FEED_RESET under BAD_USER_INPUT). */
  reason?: string;
  /** Apollo Server answers with this HTTP status (and removes it from the error). */
  http?: { status: number };
}

export class RequestRefusal extends Error {
  readonly extensions: RequestRefusalExtensions;

  constructor(
    code: RequestErrorCode,
    message: string,
    argumentName?: string,
    details: { reason?: string; httpStatus?: number } = {},
  ) {
    super(message);
    this.name = 'RequestRefusal';
    this.extensions = {
      code,
      ...(argumentName ? { argumentName } : {}),
      ...(details.reason ? { reason: details.reason } : {}),
      ...(details.httpStatus ? { http: { status: details.httpStatus } } : {}),
    };
  }
}

/** The caller's arguments are refused (BAD_USER_INPUT), naming the argument where there is one. */
export function badUserInput(message: string, argumentName?: string): RequestRefusal {
  return new RequestRefusal('BAD_USER_INPUT', message, argumentName);
}

/** The caller is known but may not do this (FORBIDDEN); a write refused so changes nothing. */
export function forbidden(message: string): RequestRefusal {
  return new RequestRefusal('FORBIDDEN', message);
}

/** The body of a request refused outside GraphQL (HTTP routes): the GraphQL error shape, with its code. */
export function requestErrorBody(
  requestId: string,
  code: string,
  message: string,
): { errors: Array<{ message: string; extensions: { code: string; requestId: string } }> } {
  return { errors: [{ message, extensions: { code, requestId } }] };
}
