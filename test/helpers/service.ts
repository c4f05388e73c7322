/**
 * The running service a test talks to over HTTP: on the block's database, on a free loopback
 * port, quiet, already set up by the harness, and with anonymous reads off as in production.
 */
import type { Log } from '../../src/log';
import { start, type RunningService } from '../../src/main';
import { captureLog } from './capture';
import type { EngineContext } from './engines';

export function startService(
  ctx: EngineContext,
  env: NodeJS.ProcessEnv = {},
  log: Log = captureLog(),
): Promise<RunningService> {
  return start(
    {
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: ctx.databaseUrl,
      AUTO_SETUP: 'false',
      ALLOW_ANONYMOUS_READS: 'false',
      ...env,
    },
    log,
  );
}
