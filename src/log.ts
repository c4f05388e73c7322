/**
 * Structured logs: pino, one JSON object per line on stdout. The rest of the service sees only the
 * `Log` shape (fields, message), so tests can capture lines without a logger of their own.
 */
import pino from 'pino';
import type { Config } from './config';

export type LogLevel = Config['logLevel'];

export interface Log {
  error(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  info(fields: object, msg: string): void;
  debug(fields: object, msg: string): void;
}

export function createJsonLog(level: LogLevel, destination?: pino.DestinationStream): Log {
  return pino(
    { level, base: { service: 'thi-dua-khen-thuong' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination,
  );
}

/** For tests and tools that want quiet. */
export const silentLog: Log = { error() {}, warn() {}, info() {}, debug() {} };
