/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on Fastify), liveness at /healthz, readiness
 * at /readyz, Prometheus metrics at /metrics. It knows nothing of the domain: the schema comes in
 * built, and whatever the resolvers need beyond the transport's context is added by
 * `extendContext`. Every request to the API (/graphql, /reports, /files) is authenticated once,
 * limited per key, logged with its request id, operation, key and duration, and counted.
 */
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Config } from '../config';
import { silentLog, type Log } from '../log';
import { compiledExecution } from '../platform/compiled-execution';
import { codeClientMistakes, operationGuardPlugin, refusePersistedQueries } from './client-mistakes';
import { createContext, REQUEST_ID_HEADER, requestIdFrom, type HttpContext, type RequestNote } from './context';
import { formatReplyError, requestErrorsPlugin } from './graphql-errors';
import { anonymousIntrospectionPlugin } from './introspection';
import type { ServiceMetrics } from './metrics';
import { codeQueryLimitErrors, DEFAULT_QUERY_LIMITS, protection, type QueryLimits } from './query-limits';
import { createQueryCaches } from './query-caches';
import { readinessReply } from './readiness';
import { RequestDrain } from './request-drain';
import { MigrationGate, migrationsPendingMessage } from './migration-gate';
import { databaseOutagePlugin, MIGRATIONS_PENDING, sendDatabaseUnreachable, sendUnavailable } from './unavailable';
import { isDatabaseUnreachable } from '../db/unreachable';
import { requestErrorBody } from '../core/request-errors';
import { TokenBuckets, type Throttle } from './token-bucket';

/** Answers of at least this many characters are sent as bytes encoded once (see the onSend hook). */
const ENCODE_ONCE_FROM = 16 * 1024;

/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpServerOptions<TContext extends HttpContext> {
  schema: GraphQLSchema;
  dataSource: DataSource;
  config: Pick<Config, 'production'> & Partial<Pick<Config, 'rateLimits' | 'metricsToken' | 'queryCache'>>;
  /** Adds the domain's per-request state (loaders) to the transport's context. */
  extendContext?: (context: HttpContext) => TContext;
  /**
   * Resolves the request's credentials (the Authorization header) to a caller; null when there are
   * none. Throws when credentials are present but invalid. Without it every request is anonymous.
   */
  authenticate?: (request: FastifyRequest) => Promise<Caller | null>;
  /** Further HTTP routes of the domain (CSV downloads, dossier files), registered beside /graphql. */
  routes?: (app: FastifyInstance) => Promise<void> | void;
  /** Static pages and assets that hold no data (the playground), open without a key. */
  publicRoutes?: (app: FastifyInstance) => Promise<void> | void;
  limits?: QueryLimits;
  metrics?: ServiceMetrics;
  throttle?: Throttle;
  log?: Log;
  /** Holds API requests back with 503 MIGRATIONS_PENDING while the database's schema is behind the code. */
  migrations?: MigrationGate;
  /** Follows requests for an orderly stop (main.ts drains it on SIGTERM); /readyz answers 503 once it stops. */
  drain?: RequestDrain;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, once the API hook has authenticated the request. */
    caller: Caller | null;
    /** What the GraphQL layer tells the log line and the metrics about this request. */
    note: RequestNote;
  }
}

function errorBody(request: FastifyRequest, code: string, message: string): { errors: GraphQLFormattedError[] } {
  return requestErrorBody(request.id, code, message);
}

const isApiRoute = (url: string) =>
  url.startsWith('/graphql') || url.startsWith('/reports/') || url.startsWith('/files/');

export async function buildHttpServer<TContext extends HttpContext = HttpContext>(
  options: HttpServerOptions<TContext>,
): Promise<FastifyInstance> {
  const { schema, dataSource, config } = options;
  const log = options.log ?? silentLog;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const throttle = options.throttle ?? new TokenBuckets();
  // Without an extension TContext is HttpContext itself (the default type argument).
  const extendContext = options.extendContext ?? ((context: HttpContext) => context as TContext);

  const app = Fastify({
    // Every request gets its id from requestIdFrom (the caller's, if sane); Fastify must not
    // take the raw header itself.
    requestIdHeader: false,
    genReqId: (request) => requestIdFrom(request.headers),
    bodyLimit: MAX_BODY_BYTES,
  });
  const drain = options.drain ?? new RequestDrain();
  drain.attach(app.server);
  // During a stop every answer closes its keep-alive connection (unless a pipelined request waits).
  app.addHook('onSend', async (request, reply) => {
    if (drain.shouldClose(request.raw.socket)) reply.header('connection', 'close');
  });
  // A large answer is encoded to UTF-8 once: given a string, Fastify measures its byte length (a pass
  // over it) and the socket then encodes it (another). Small ones are not worth the copy.
  app.addHook('onSend', async (_request, _reply, payload) =>
    typeof payload === 'string' && payload.length >= ENCODE_ONCE_FROM ? Buffer.from(payload, 'utf8') : payload,
  );
  app.decorateRequest('caller', null);
  app.decorateRequest('note', null as unknown as RequestNote);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    request.note = { startedAt: process.hrtime.bigint(), operation: null, errorCodes: [] };
  });

  // Authentication and the rate limit, once per API request, before the body is even read.
  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRoute(request.url)) return;
    // Before authentication, which itself needs a migrated database (the API keys' table).
    const pending = (await options.migrations?.pendingMigrations()) ?? [];
    if (pending.length > 0)
      return sendUnavailable(request, reply, MIGRATIONS_PENDING, migrationsPendingMessage(pending));
    try {
      request.caller = options.authenticate ? await options.authenticate(request) : null;
    } catch (error) {
      const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
      if (error instanceof GraphQLError && status)
        return reply.code(status).send(errorBody(request, String(error.extensions.code), error.message));
      throw error;
    }
    const perMinute = config.rateLimits?.[request.caller?.role ?? 'ANONYMOUS'] ?? 0;
    if (perMinute === 0) return;
    const verdict = throttle.take(request.caller ? `key:${request.caller.keyId}` : `ip:${request.ip}`, perMinute);
    if (!verdict.allowed) {
      return reply
        .code(429)
        .header('retry-after', String(verdict.retryAfterSeconds))
        .send(
          errorBody(
            request,
            'THROTTLED',
            `Too many requests for this key (${perMinute} a minute): retry after ${verdict.retryAfterSeconds} s`,
          ),
        );
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const note = request.note;
    const seconds = Number(process.hrtime.bigint() - note.startedAt) / 1e9;
    const route = request.routeOptions.url ?? 'unmatched';
    const operation = options.metrics?.operationLabel(note.operation ?? '-') ?? '-';
    options.metrics?.requests.inc({ route, operation, status: String(reply.statusCode) });
    options.metrics?.duration.observe({ route, operation }, seconds);
    for (const code of note.errorCodes) options.metrics?.errors.inc({ code });
    if (route === '/healthz' || route === '/readyz' || route === '/metrics') return;
    log.info(
      {
        requestId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        operation: note.operation,
        keyId: request.caller?.keyId ?? null,
        durationMs: Math.round(seconds * 10_000) / 10,
      },
      'request',
    );
  });

  // Transport-level refusals (a body too large, malformed JSON, an unsupported media type) in the
  // GraphQL error shape with a code; anything else is an internal error, logged, never echoed.
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // The database away (while verifying a key, say): 503 with Retry-After, not an internal error.
    if (isDatabaseUnreachable(error)) return sendDatabaseUnreachable(request, reply, error, log);
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply
        .code(413)
        .send(errorBody(request, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES / 1024} kB`));
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody(request, 'BAD_REQUEST', error.message));
    log.error(
      { requestId: request.id, err: { message: error.message, stack: error.stack } },
      'unexpected error in an HTTP request',
    );
    return reply.code(500).send(errorBody(request, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  });

  const guard = protection(limits);
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    formatReplyError(codeQueryLimitErrors(codeClientMistakes(formatted, error)), config.production);
  const caches = createQueryCaches(config.queryCache);
  options.metrics?.observeQueryCaches(caches);
  const apollo = new ApolloServer<TContext & BaseContext>({
    gateway: compiledExecution(schema, caches.compiled),
    // Bounded (by entries and bytes) in place of Apollo's own, which any caller could fill.
    documentStore: caches.documentStore,
    // Introspection is for authenticated callers in production (the plugin below), for all in development.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    // Apollo stacks every error outside production; formatReplyError keeps only a bug's.
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: guard.validationRules,
    parseOptions: guard.parseOptions,
    formatError,
    // main.ts owns the process's signals; closing Fastify stops Apollo (below).
    stopOnTerminationSignals: false,
    plugins: [
      // First: the other plugins may assume the request names an operation the schema serves.
      operationGuardPlugin(),
      ...guard.plugins,
      ...(config.production ? [anonymousIntrospectionPlugin()] : []),
      // Before requestErrorsPlugin: an error coded here is not logged as an internal one.
      databaseOutagePlugin(log),
      requestErrorsPlugin(log),
      // The service serves its own playground (see publicRoutes); Apollo's landing page needs the internet.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are given or read; the default cache-control plugin would otherwise wrap
      // every field's resolver to track them (a measurable share of a large nested answer).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // Fastify runs onClose hooks once in-flight requests have finished. (Apollo's Fastify drain plugin
  // works the other way round, apollo.stop() closing Fastify, which would leave app.close() unable
  // to stop Apollo.)
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  refusePersistedQueries(app, '/graphql');
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => extendContext(createContext({ dataSource, request, caller: request.caller })),
  });

  if (options.routes) await options.routes(app);
  if (options.publicRoutes) await options.publicRoutes(app);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { statusCode, body } = await readinessReply(dataSource, drain.isStopping);
    return reply.code(statusCode).send(body);
  });
  const metricsToken = config.metricsToken;
  if (options.metrics && metricsToken) {
    const metrics = options.metrics;
    app.get('/metrics', async (request, reply) => {
      if (request.headers.authorization !== `Bearer ${metricsToken}`)
        return reply
          .code(401)
          .send(
            errorBody(
              request,
              'UNAUTHENTICATED',
              '/metrics needs the metrics token: Authorization: Bearer <METRICS_TOKEN>',
            ),
          );
      return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  return app;
}
