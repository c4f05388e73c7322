/**
 * What a client may learn from a top-level GraphQL error. A client mistake is its message, code,
 * location and path, in every environment: a stack trace of the server's files tells its author
 * nothing. Outside production an unexpected error (a bug) keeps its stack for the developer. In
 * production there is never a stack, and no internal message at all, since an unexpected error's
 * text can carry SQL or data.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Log } from '../log';
import { isClientMistake } from './client-mistakes';
import type { HttpContext } from './context';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * graphql-js's suggestion sentence (" Did you mean "a", "b", or "c"?", from its didYouMean), on
 * validation errors and on variable values alike. It is cut whole: it would spell the schema out to
 * a prober, and graphql-armor's own mask leaves "[Suggestion hidden]?" in the text.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** The reply's form of any error: no suggestions, and a stack only for a bug outside production. */
export function formatReplyError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (production) return formatProductionError(formatted);
  const code = formatted.extensions?.code ?? INTERNAL;
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: formatted.message.replace(SUGGESTION, ''),
    extensions: code === INTERNAL && stacktrace !== undefined ? { ...extensions, stacktrace } : extensions,
  };
}

export function formatProductionError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const raw = formatted.extensions?.code;
  const code = typeof raw === 'string' ? raw : INTERNAL;
  // A refusal's reason is a stable, public sub-code (e.g. FEED_RESET): clients act on it.
  const reason = code !== INTERNAL ? formatted.extensions?.reason : undefined;
  return {
    message: code === INTERNAL ? 'Internal server error' : formatted.message.replace(SUGGESTION, ''),
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
