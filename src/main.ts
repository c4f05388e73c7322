/**
 * Process entry: configuration → database → HTTP server, and an orderly stop on SIGTERM/SIGINT.
 * `start` is the whole startup without the process around it, so tests can run it in-process.
 */
import 'reflect-metadata';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { authenticateWith } from './auth/authenticate';
import { VerifiedKeyCache } from './auth/key-cache';
import { loadConfig, type Config } from './config';
import { openDatabase } from './db/connect';
import { die, OperatorError, realProcessIo, type ProcessIo } from './exit';
import { ServiceMetrics } from './http/metrics';
import { registerPlayground } from './http/playground';
import { buildHttpServer } from './http/server';
import { PLAYGROUND_EXAMPLES } from './playground/examples';
import { createJsonLog, type Log } from './log';
import { createRequestContext } from './resolvers/context';
import { registerCsvRoutes } from './reports/csv-route';
import { LinkSigner } from './reports/download-links';
import type { Caller } from './auth/caller';
import { buildGraphQLSchema } from './schema/build-schema';
import { seedArticle } from './seed/article';
import { startupLine } from './startup-line';

/** How long stopping waits for in-flight requests before closing their connections. */
const STOP_GRACE_MS = 10_000;

export interface RunningService {
  config: Config;
  log: Log;
  dataSource: DataSource;
  server: FastifyInstance;
  /** Where the server listens, e.g. http://127.0.0.1:4000. */
  url: string;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export async function start(env: NodeJS.ProcessEnv = process.env, givenLog?: Log): Promise<RunningService> {
  const config = loadConfig(env);
  const log = givenLog ?? createJsonLog(config.logLevel);
  const embeddedSetup = config.database.kind === 'sqlite' && config.autoSetupEmbedded;

  const dataSource = await openDatabase(config.database);
  let server: FastifyInstance | undefined;
  try {
    if (embeddedSetup) await setUpEmbedded(dataSource, log);
    const schema = await buildGraphQLSchema();
    const authenticate = authenticateWith(dataSource, new VerifiedKeyCache(config.apiKeyCacheSeconds));
    const linkSigner = new LinkSigner(config.reportLinkSecret, config.reportLinkTtlSeconds);
    const contextFor = (caller: Caller | null, requestId: string) =>
      createRequestContext(dataSource, requestId, caller, config.anonymousReads, log, linkSigner);
    server = await buildHttpServer({
      schema,
      dataSource,
      config,
      log,
      authenticate,
      extendContext: ({ requestId, caller, note }) => Object.assign(contextFor(caller, requestId), { note }),
      routes: (app) => registerCsvRoutes(app, { schema, dataSource, signer: linkSigner, contextFor }),
      metrics: new ServiceMetrics(dataSource),
      publicRoutes: (app) => registerPlayground(app, PLAYGROUND_EXAMPLES),
    });
    await server.listen({ host: config.host, port: config.port }).catch((error: Error) => {
      // A port in use or a host that is not ours is the operator's to fix, not a bug.
      throw new OperatorError(`cannot listen on ${config.host}:${config.port}: ${error.message}`, { cause: error });
    });
    const url = listeningUrl(server);
    const listening = server;
    log.info({ url, graphql: `${url}/graphql`, database: config.database.description }, 'listening');
    return {
      config,
      log,
      dataSource,
      server: listening,
      url,
      async stop() {
        // A request that hangs must not hold the process forever: cut remaining connections after a while.
        const cutOff = setTimeout(() => listening.server.closeAllConnections(), STOP_GRACE_MS).unref();
        try {
          await listening.close();
        } finally {
          clearTimeout(cutOff);
        }
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    // Leave nothing open behind a failed start (tests start services in-process).
    await server?.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

/** The newcomer's path: an embedded database that builds and fills itself. Both steps are idempotent. */
async function setUpEmbedded(dataSource: DataSource, log: Log): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrated the embedded database');
  const { inserted } = await seedArticle(dataSource);
  if (inserted) log.info({}, 'loaded the article dataset into the embedded database');
}

function listeningUrl(server: FastifyInstance): string {
  const address = server.server.address();
  if (address === null || typeof address === 'string') return String(address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** The first signal stops gracefully; a second one, while that is under way, exits at once. */
function stopOnSignals(service: RunningService, log: Log, io: ProcessIo): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting');
      io.exit(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight requests');
    service.stop().then(
      () => {
        log.info({}, 'stopped');
        io.exit(0);
      },
      (error: unknown) => die(error, io),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

export async function main(
  env: NodeJS.ProcessEnv = process.env,
  io: ProcessIo = realProcessIo,
): Promise<RunningService | undefined> {
  try {
    const service = await start(env);
    // For the person who started it, whatever the log level: the log is for machines.
    io.stderr(`${startupLine(service.url, service.config, env)}\n`);
    stopOnSignals(service, service.log, io);
    return service;
  } catch (error) {
    die(error, io);
    return undefined;
  }
}

if (require.main === module) void main();
