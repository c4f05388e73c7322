/**
 * The one line a person reads when the service has started, beside the JSON log (which stays on
 * stdout for machines): where the API and the playground are, which database is in use (never its
 * password), and how to get a key. It goes to stderr so that stdout stays one JSON object a line.
 */
import type { Config } from './config';

export function startupLine(
  url: string,
  config: Pick<Config, 'database' | 'anonymousReads'>,
  env: NodeJS.ProcessEnv,
): string {
  // The key command must reach the same database: a DATABASE_URL set for the service is needed there too.
  const keyCommand = `${env.DATABASE_URL?.trim() ? 'DATABASE_URL=… ' : ''}npm run apikey -- create --role ADMIN`;
  const reads = config.anonymousReads ? 'reads need no key; ' : '';
  return (
    `Thi đua – Khen thưởng is up: API ${url}/graphql · playground ${url}/playground · ` +
    `database ${config.database.description} · ${reads}a key: ${keyCommand}`
  );
}
