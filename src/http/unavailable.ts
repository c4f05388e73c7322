/**
 * The answer while the service cannot serve for a reason that will pass: HTTP 503, a code, a
 * message, and Retry-After. SERVICE_UNAVAILABLE while the database is out of reach (any API
 * request: a read, a report, a mutation, or a key that has to be verified), MIGRATIONS_PENDING while
 * the database's schema is behind the code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnreachable } from '../db/unreachable';
import type { Log } from '../log';
import type { HttpContext } from './context';
import { requestErrorBody } from '../core/request-errors';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const MIGRATIONS_PENDING = 'MIGRATIONS_PENDING';

/** What a client is told to wait: a short database restart or failover is over within seconds. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNREACHABLE_MESSAGE =
  `The database cannot be reached at the moment: retry in ${RETRY_AFTER_SECONDS} s. ` +
  'A mutation retried with the same idempotencyKey is safe: it takes effect at most once.';

export function sendUnavailable(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  message: string,
): FastifyReply {
  return reply
    .code(503)
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .send(requestErrorBody(request.id, code, message));
}

/** A request that failed because the database is away (authentication, a report): 503, logged as a warning. */
export function sendDatabaseUnreachable(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  log: Log,
): FastifyReply {
  log.warn({ requestId: request.id, reason: reasonOf(error) }, 'database unreachable: answered 503');
  return sendUnavailable(request, reply, SERVICE_UNAVAILABLE, DATABASE_UNREACHABLE_MESSAGE);
}

function reasonOf(error: unknown): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  return [code, message].filter((part) => typeof part === 'string' && part !== '').join(': ') || String(error);
}

/**
 * GraphQL requests: an error whose cause is the database out of reach gets the code
 * SERVICE_UNAVAILABLE (before the error plugins run, so it is not logged as an internal error), and
 * the response becomes a 503 with Retry-After and the message above instead of the driver's text.
 */
export function databaseOutagePlugin(log: Log): ApolloServerPlugin<HttpContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (error.extensions.code !== undefined || !isDatabaseUnreachable(error.originalError)) continue;
            error.extensions.code = SERVICE_UNAVAILABLE;
            log.warn(
              { requestId: contextValue.requestId, path: error.path, reason: reasonOf(error.originalError) },
              'database unreachable: answered 503',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          response.body.singleResult.errors = errors.map((error) =>
            error.extensions?.code === SERVICE_UNAVAILABLE
              ? {
                  message: DATABASE_UNREACHABLE_MESSAGE,
                  ...(error.path ? { path: error.path } : {}),
                  extensions: { code: SERVICE_UNAVAILABLE },
                }
              : error,
          );
        },
      };
    },
  };
}
