/**
 * A minimal structured logger: one JSON object per line on stdout. Its call shape, (fields, msg),
 * is pino's, so swapping pino in later changes this file and not its callers.
 */
import type { Config } from './config';

export type LogLevel = Config['logLevel'];

export interface Log {
  error(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  info(fields: object, msg: string): void;
  debug(fields: object, msg: string): void;
}

const SEVERITY: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

export function createJsonLog(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(line)): Log {
  const at = (name: Exclude<LogLevel, 'silent' | 'fatal' | 'trace'>) => (fields: object, msg: string): void => {
    if (SEVERITY[name] < SEVERITY[level]) return;
    write(`${JSON.stringify({ level: name, time: new Date().toISOString(), msg, ...fields })}\n`);
  };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** For tests and tools that want quiet. */
export const silentLog: Log = { error() {}, warn() {}, info() {}, debug() {} };
