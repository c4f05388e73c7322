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
import { die, ExitCode, OperatorError, realProcessIo, type ProcessIo } from './exit';
import { ServiceMetrics } from './http/metrics';
import { registerPlayground } from './http/playground';
import { MigrationGate, migrationsPendingAtStart } from './http/migration-gate';
import { RequestDrain, type DrainOutcome } from './http/request-drain';
import { buildHttpServer } from './http/server';
import { PLAYGROUND_EXAMPLES } from './playground/examples';
import { createJsonLog, type Log } from './log';
import { createRequestContext } from './resolvers/context';
import { registerCsvRoutes } from './reports/csv-route';
import { registerFormDownloadRoutes } from './reports/forms/form-download-route';
import { LinkSigner } from './reports/download-links';
import type { Caller } from './auth/caller';
import { buildGraphQLSchema } from './schema/build-schema';
import { seedArticle } from './seed/article';
import { changeSequencerFor } from './services/changes-sequencer';
import { startupLine } from './startup-line';
import { FileStore } from './storage/file-store';
import { registerDocumentFileRoutes } from './resolvers/proposals-documents.route';

export interface RunningService {
  config: Config;
  log: Log;
  dataSource: DataSource;
  server: FastifyInstance;
  /** Where the server listens, e.g. http://127.0.0.1:4000. */
  url: string;
  /**
   * Stops accepting, answers every request already received (cutting those still running after
   * SHUTDOWN_GRACE_SECONDS), then closes the database. Tells how many were drained and cut.
   */
  stop(): Promise<DrainOutcome>;
  /** Requests received and not yet answered. */
  inFlight(): number;
}

export async function start(env: NodeJS.ProcessEnv = process.env, givenLog?: Log): Promise<RunningService> {
  const config = loadConfig(env);
  const log = givenLog ?? createJsonLog(config.logLevel);
  const embeddedSetup = config.database.kind === 'sqlite' && config.autoSetupEmbedded;

  const dataSource = await openDatabase(config.database);
  let server: FastifyInstance | undefined;
  const drain = new RequestDrain();
  try {
    if (embeddedSetup) await setUpEmbedded(dataSource, log);
    const migrations = new MigrationGate(dataSource);
    const pending = await migrations.pendingMigrations();
    if (pending.length > 0) log.warn({ pending }, migrationsPendingAtStart(pending, config.database.description));
    const schema = await buildGraphQLSchema();
    const authenticate = authenticateWith(dataSource, new VerifiedKeyCache(config.apiKeyCacheSeconds));
    const linkSigner = new LinkSigner(config.reportLinkSecret, config.reportLinkTtlSeconds);
    const files = new FileStore(config.files.dir, config.files.maxBytes);
    await files.prepare().catch((error: Error) => {
      throw new OperatorError(`FILES_DIR ${config.files.dir} cannot be used: ${error.message}`, { cause: error });
    });
    const contextFor = (caller: Caller | null, requestId: string) =>
      createRequestContext(dataSource, requestId, caller, config.anonymousReads, { log, linkSigner, files });
    server = await buildHttpServer({
      schema,
      dataSource,
      config,
      log,
      authenticate,
      extendContext: ({ requestId, caller, note }) => Object.assign(contextFor(caller, requestId), { note }),
      routes: (app) => {
        registerCsvRoutes(app, { schema, dataSource, signer: linkSigner, contextFor });
        registerFormDownloadRoutes(app, { dataSource, signer: linkSigner });
        return registerDocumentFileRoutes(app, { dataSource, files, signer: linkSigner, log });
      },
      metrics: new ServiceMetrics(dataSource),
      drain,
      migrations,
      publicRoutes: (app) => registerPlayground(app, PLAYGROUND_EXAMPLES),
    });
    await server.listen({ host: config.host, port: config.port }).catch((error: Error) => {
      // A port in use or a host that is not ours is the operator's to fix, not a bug.
      throw new OperatorError(`cannot listen on ${config.host}:${config.port}: ${error.message}`, { cause: error });
    });
    // Places changes written outside the API (and any an API write left unplaced) within a tick.
    const sequencer = changeSequencerFor(dataSource);
    sequencer.start(log, config.changeFeedIntervalMs);
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
        const outcome = await drain.drain(config.shutdownGraceSeconds * 1000);
        await listening.close();
        await sequencer.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
        return outcome;
      },
      inFlight: () => drain.inFlightCount,
    };
  } catch (error) {
    // Leave nothing open behind a failed start (tests start services in-process).
    await server?.close().catch(() => undefined);
    await changeSequencerFor(dataSource).stop();
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

/** Past the grace period, how long closing Apollo and the database may take before the process just exits. */
const CLOSE_MARGIN_MS = 5_000;

/**
 * The first signal stops gracefully; a second one, while that is under way, exits at once. The exit
 * code says whether every request was answered (0) or some had to be cut (ExitCode.requestsCut).
 */
function stopOnSignals(service: RunningService, log: Log, io: ProcessIo): void {
  let stopping = false;
  const graceSeconds = service.config.shutdownGraceSeconds;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal, cut: service.inFlight() }, 'second signal: exiting without waiting');
      io.exit(ExitCode.requestsCut);
      return;
    }
    stopping = true;
    log.info({ signal, inFlight: service.inFlight(), graceSeconds }, 'stopping: answering the requests received');
    // Whatever happens while closing (a database that does not answer), the process ends.
    setTimeout(
      () => {
        log.error({ cut: service.inFlight() }, 'stop did not finish in time: exiting');
        io.exit(ExitCode.requestsCut);
      },
      graceSeconds * 1000 + CLOSE_MARGIN_MS,
    ).unref();
    service.stop().then(
      ({ drained, cut }) => {
        if (cut === 0) log.info({ drained, cut }, `stopped: ${drained} requests drained, none cut`);
        else log.warn({ drained, cut }, `stopped: ${drained} requests drained, ${cut} cut after ${graceSeconds} s`);
        io.exit(cut === 0 ? ExitCode.ok : ExitCode.requestsCut);
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
