/**
 * Requests the client got wrong before anything could run are answered 400 with the code
 * BAD_REQUEST, never as a server failure: a document with no operation of the given name, several
 * operations and no name, an operation type the schema does not serve (subscriptions), and
 * persisted queries (not supported: the query text is always sent). Anything Apollo Server itself
 * refuses with a 4xx but no code gets BAD_REQUEST as well, and none of these is logged as an error.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError } from 'graphql';

export const BAD_REQUEST = 'BAD_REQUEST';

export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: BAD_REQUEST, http: { status: 400 } } });
}

/** Why a document has no operation to run (graphql-js's own wording). */
function unresolvedOperation(document: DocumentNode, operationName: string | undefined): string {
  if (operationName) return `Unknown operation named "${operationName}".`;
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  return operations > 1
    ? 'Must provide operation name if query contains multiple operations.'
    : 'Must provide an operation.';
}

export function operationGuardPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) throw badRequest(unresolvedOperation(document, request.operationName));
          if (!schema.getRootType(operation.operation))
            throw badRequest(`This service does not serve ${operation.operation} operations`);
        },
      };
    },
  };
}

/** The HTTP status an error asks for, if any (Apollo Server puts it in `extensions.http`). */
function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const http = error.extensions.http;
  if (typeof http !== 'object' || http === null || !('status' in http)) return undefined;
  return typeof http.status === 'number' ? http.status : undefined;
}

/** A refusal of the request itself (a 4xx), as opposed to a failure of the service. */
export function isClientMistake(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

/** Apollo's own 4xx refusals without a code (an unsupported persisted query version…) get BAD_REQUEST. */
export function codeClientMistakes(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if ((code !== undefined && code !== 'INTERNAL_SERVER_ERROR') || !isClientMistake(error)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: BAD_REQUEST } };
}

function asksForPersistedQuery(extensions: unknown): boolean {
  if (typeof extensions === 'string') return extensions.includes('persistedQuery');
  return typeof extensions === 'object' && extensions !== null && 'persistedQuery' in extensions;
}

/**
 * Persisted queries are off (Apollo would otherwise keep the text of every query any caller
 * registers); a request for one is refused plainly instead of Apollo's 200 "not supported".
 */
export function refusePersistedQueries(app: FastifyInstance, path: string): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    const body: unknown = request.body;
    const query: unknown = request.query;
    const fromBody = typeof body === 'object' && body !== null && 'extensions' in body ? body.extensions : undefined;
    const fromQuery =
      typeof query === 'object' && query !== null && 'extensions' in query ? query.extensions : undefined;
    if (!asksForPersistedQuery(fromBody) && !asksForPersistedQuery(fromQuery)) return;
    return reply.code(400).send({
      errors: [
        {
          message: 'Persisted queries are not supported: send the query text',
          extensions: { code: BAD_REQUEST, requestId: request.id },
        },
      ],
    });
  });
}
