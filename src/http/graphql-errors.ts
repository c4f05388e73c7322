/**
 * What a client may learn from a top-level GraphQL error. In production: the message and its code
 * (plus the path, which only names the failed field), never a stack trace, and no internal message
 * at all, since an unexpected error's text can carry SQL or data.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Log } from '../log';
import { isClientMistake } from './client-mistakes';
import type { HttpContext } from './context';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

export function formatProductionError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const raw = formatted.extensions?.code;
  const code = typeof raw === 'string' ? raw : INTERNAL;
  // A refusal's reason is a stable, public sub-code (e.g. FEED_RESET): clients act on it.
  const reason = code !== INTERNAL ? formatted.extensions?.reason : undefined;
  return {
    message: code === INTERNAL ? 'Internal server error' : formatted.message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) },
  };
}

/**
 * Logs unexpected errors with the request id (clients only see a generic message in production) and
 * stamps that id on every error the client sees, so a report can be matched to the log line.
 */
export function requestErrorsPlugin(log: Log): ApolloServerPlugin<HttpContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          if (contextValue.note) contextValue.note.operation = operationName ?? 'anonymous';
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors)
            contextValue.note?.errorCodes.push(
              String(error.extensions?.code ?? (isClientMistake(error) ? 'BAD_REQUEST' : INTERNAL)),
            );
          for (const error of errors) {
            if (isClientMistake(error)) {
              log.debug({ requestId: contextValue.requestId, message: error.message }, 'request refused');
              continue;
            }
            if (error.extensions?.code !== undefined && error.extensions.code !== INTERNAL) continue;
            const cause = error.originalError ?? error;
            log.error(
              {
                requestId: contextValue.requestId,
                path: error.path,
                err: { message: cause.message, stack: cause.stack },
              },
              'unexpected error in a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
