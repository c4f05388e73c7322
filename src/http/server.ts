/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on Fastify), liveness at /healthz and
 * readiness at /readyz. It knows nothing of the domain: the schema comes in built, and whatever the
 * resolvers need beyond the transport's context is added by `extendContext`.
 */
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Config } from '../config';
import { silentLog, type Log } from '../log';
import { createContext, REQUEST_ID_HEADER, requestIdFrom, type HttpContext } from './context';
import { formatProductionError, requestErrorsPlugin } from './graphql-errors';
import { checkReadiness } from './readiness';

export interface HttpServerOptions<TContext extends HttpContext> {
  schema: GraphQLSchema;
  dataSource: DataSource;
  config: Pick<Config, 'production'>;
  /** Adds the domain's per-request state (loaders) to the transport's context. */
  extendContext?: (context: HttpContext) => TContext;
  /**
   * Resolves the request's credentials (the Authorization header) to a caller; null when there are
   * none. Throws when credentials are present but invalid. Without it every request is anonymous.
   */
  authenticate?: (request: FastifyRequest) => Promise<Caller | null>;
  /** Further HTTP routes of the domain (e.g. CSV downloads), registered beside /graphql. */
  routes?: (app: FastifyInstance) => Promise<void> | void;
  log?: Log;
}

export async function buildHttpServer<TContext extends HttpContext = HttpContext>(
  options: HttpServerOptions<TContext>,
): Promise<FastifyInstance> {
  const { schema, dataSource, config } = options;
  const log = options.log ?? silentLog;
  // Without an extension TContext is HttpContext itself (the default type argument).
  const extendContext = options.extendContext ?? ((context: HttpContext) => context as TContext);

  const app = Fastify({
    // Every request gets its id from requestIdFrom (the caller's, if sane); Fastify must not
    // take the raw header itself.
    requestIdHeader: false,
    genReqId: (request) => requestIdFrom(request.headers),
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  const apollo = new ApolloServer<TContext & BaseContext>({
    schema,
    introspection: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: config.production ? formatProductionError : undefined,
    // main.ts owns the process's signals; closing Fastify stops Apollo (below).
    stopOnTerminationSignals: false,
    plugins: [
      requestErrorsPlugin(log),
      // The hosted sandbox needs the internet; the service's own playground will take this place.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // Fastify runs onClose hooks once in-flight requests have finished. (Apollo's Fastify drain plugin
  // works the other way round, apollo.stop() closing Fastify, which would leave app.close() unable
  // to stop Apollo.)
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => {
      const caller = options.authenticate ? await options.authenticate(request) : null;
      return extendContext(createContext({ dataSource, request, caller }));
    },
  });

  if (options.routes) await options.routes(app);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { ready, database, migrations } = await checkReadiness(dataSource);
    if (ready) return { status: 'ready', database, migrations };
    return reply.code(503).send({ status: 'unavailable', database, migrations });
  });

  return app;
}
