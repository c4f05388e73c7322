/**
 * Every setting the service reads from the environment, parsed and validated in one place.
 * A bad value is a ConfigError whose message is one line fit to print as the process's last words.
 */
import path from 'node:path';
import type { CacheBudget } from './core/bounded-cache';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type DatabaseConfig =
  { kind: 'sqlite'; file: string; description: string } | { kind: 'mysql'; url: string; description: string };

export interface Config {
  database: DatabaseConfig;
  host: string;
  port: number;
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Migrate and seed the embedded database on start when it is empty (the newcomer's path). */
  autoSetupEmbedded: boolean;
  /**
   * Let callers without an API key read (never write). Off by default on MySQL; on by default on the
   * embedded SQLite file, the newcomer's sandbox that holds only the article's public data.
   */
  anonymousReads: boolean;
  /** Signs CSV download links (HMAC-SHA256); without one, a random secret per process (links die on restart). */
  reportLinkSecret: string | null;
  /** How long a signed download link stays valid. */
  reportLinkTtlSeconds: number;
  /** Requests per minute per API key, by role, and per address for callers without a key; 0 = unlimited. */
  rateLimits: Record<'ADMIN' | 'EDITOR' | 'APPRAISER' | 'REPORTER' | 'READER' | 'ANONYMOUS', number>;
  /** Bearer token for /metrics; without one /metrics is not served. */
  metricsToken: string | null;
  /** How long a verified API key is remembered (a revocation takes effect within it); 0 = never. */
  apiKeyCacheSeconds: number;
  /** What is kept of query documents (parsed and compiled): at most this many, in at most this many bytes. */
  queryCache: CacheBudget;
  /** On SIGTERM, how long requests already received may run before their connections are cut. */
  shutdownGraceSeconds: number;
  /**
   * How often this process places changes written outside the API in the change feed (API writes are
   * placed right after they commit); 0 = never (a process on a read-only account or a replica).
   */
  changeFeedIntervalMs: number;
  /** Where dossier files are kept (by SHA-256), and the largest file an upload may bring. */
  files: FileStoreConfig;
}

export interface FileStoreConfig {
  dir: string;
  maxBytes: number;
}

/** Query documents kept parsed and compiled, and the memory they may take (see http/query-caches). */
export const DEFAULT_QUERY_CACHE_ENTRIES = 1000;
export const DEFAULT_QUERY_CACHE_MB = 32;
/** The largest dossier file accepted, unless FILE_MAX_MB says otherwise. */
export const DEFAULT_FILE_MAX_MB = 20;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The URL as it may be shown: the password, if any, replaced by `***`. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable URL>';
  }
}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseConfig {
  if (raw === undefined || raw.trim() === '') {
    const file = path.resolve(cwd, 'data', 'thi-dua.sqlite');
    return { kind: 'sqlite', file, description: `sqlite:${file}` };
  }
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const rest = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === '')
      throw new ConfigError('DATABASE_URL "sqlite:" names no file (use sqlite:./data/file.sqlite or sqlite::memory:)');
    const file = rest === ':memory:' ? ':memory:' : path.resolve(cwd, rest);
    return { kind: 'sqlite', file, description: `sqlite:${file}` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a URL: ${redactUrl(value)} (expected mysql://user:pass@host:3306/db or sqlite:path)`,
    );
  }
  if (url.protocol !== 'mysql:') {
    throw new ConfigError(`DATABASE_URL scheme "${url.protocol}" is not supported (use mysql:// or sqlite:)`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database)
    throw new ConfigError(
      `DATABASE_URL names no database: ${redactUrl(value)} (expected mysql://user:pass@host:3306/db)`,
    );
  if (!/^[A-Za-z0-9_$]+$/.test(database)) {
    throw new ConfigError(`DATABASE_URL database name "${database}" may only hold letters, digits, _ and $`);
  }
  return { kind: 'mysql', url: value, description: redactUrl(value) };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseLogLevel(raw: string | undefined): Config['logLevel'] {
  if (raw === undefined || raw.trim() === '') return 'info';
  const value = raw.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as Config['logLevel'];
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = parseDatabaseUrl(env.DATABASE_URL);
  return {
    database,
    host: env.HOST?.trim() || '127.0.0.1',
    port: parsePort(env.PORT),
    production: env.NODE_ENV === 'production',
    logLevel: parseLogLevel(env.LOG_LEVEL),
    autoSetupEmbedded: parseBoolean('AUTO_SETUP', env.AUTO_SETUP, database.kind === 'sqlite'),
    anonymousReads: parseBoolean('ALLOW_ANONYMOUS_READS', env.ALLOW_ANONYMOUS_READS, database.kind === 'sqlite'),
    reportLinkSecret: parseLinkSecret(env.REPORT_LINK_SECRET),
    reportLinkTtlSeconds: parseTtl(env.REPORT_LINK_TTL_SECONDS),
    rateLimits: {
      ADMIN: parseRate('RATE_LIMIT_ADMIN', env.RATE_LIMIT_ADMIN, 0),
      EDITOR: parseRate('RATE_LIMIT_EDITOR', env.RATE_LIMIT_EDITOR, 1200),
      APPRAISER: parseRate('RATE_LIMIT_APPRAISER', env.RATE_LIMIT_APPRAISER, 1200),
      REPORTER: parseRate('RATE_LIMIT_REPORTER', env.RATE_LIMIT_REPORTER, 600),
      READER: parseRate('RATE_LIMIT_READER', env.RATE_LIMIT_READER, 1200),
      ANONYMOUS: parseRate('RATE_LIMIT_ANONYMOUS', env.RATE_LIMIT_ANONYMOUS, 300),
    },
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    apiKeyCacheSeconds: parseCacheSeconds(env.API_KEY_CACHE_SECONDS),
    queryCache: {
      entries: parseWholeNumber(
        'QUERY_CACHE_ENTRIES',
        env.QUERY_CACHE_ENTRIES,
        DEFAULT_QUERY_CACHE_ENTRIES,
        1,
        1_000_000,
      ),
      bytes: parseWholeNumber('QUERY_CACHE_MB', env.QUERY_CACHE_MB, DEFAULT_QUERY_CACHE_MB, 1, 16_384) * 1024 * 1024,
    },
    shutdownGraceSeconds: parseGraceSeconds(env.SHUTDOWN_GRACE_SECONDS),
    changeFeedIntervalMs: parseFeedInterval(env.CHANGE_FEED_INTERVAL_MS),
    files: {
      dir: path.resolve(env.FILES_DIR?.trim() || path.join('data', 'files')),
      maxBytes: parseWholeNumber('FILE_MAX_MB', env.FILE_MAX_MB, DEFAULT_FILE_MAX_MB, 1, 1024) * 1024 * 1024,
    },
  };
}

function parseLinkSecret(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (raw.trim().length < 32)
    throw new ConfigError('REPORT_LINK_SECRET must be at least 32 characters (use e.g. `openssl rand -hex 32`)');
  return raw.trim();
}

function parseTtl(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 300;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 10 || value > 86_400)
    throw new ConfigError(`REPORT_LINK_TTL_SECONDS must be a whole number of seconds from 10 to 86400, got "${raw}"`);
  return value;
}

function parseRate(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number of requests per minute (0 = unlimited), got "${raw}"`);
  return value;
}

function parseMetricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (raw.trim().length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return raw.trim();
}

function parseCacheSeconds(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 5;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 300)
    throw new ConfigError(`API_KEY_CACHE_SECONDS must be a whole number of seconds from 0 to 300, got "${raw}"`);
  return value;
}

function parseWholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

function parseGraceSeconds(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 30;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 3600)
    throw new ConfigError(`SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 3600, got "${raw}"`);
  return value;
}

function parseFeedInterval(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 200;
  const value = Number(raw);
  if (!Number.isInteger(value) || (value !== 0 && (value < 20 || value > 60_000)))
    throw new ConfigError(
      `CHANGE_FEED_INTERVAL_MS must be 0 (off) or a whole number of milliseconds from 20 to 60000, got "${raw}"`,
    );
  return value;
}
