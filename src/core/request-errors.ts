/**
 * Refusals of a whole request, raised below the edge (filters, report arguments, write scope) and
 * answered as top-level errors with their code. They are plain errors carrying `extensions`:
 * graphql-js copies an original error's extensions onto the GraphQL error it wraps it in, so no
 * layer below the resolvers has to build GraphQL errors itself.
 */
export type RequestErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export class RequestRefusal extends Error {
  readonly extensions: { code: RequestErrorCode; argumentName?: string };

  constructor(code: RequestErrorCode, message: string, argumentName?: string) {
    super(message);
    this.name = 'RequestRefusal';
    this.extensions = { code, ...(argumentName ? { argumentName } : {}) };
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
