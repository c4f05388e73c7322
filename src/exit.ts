/**
 * How a process says it cannot go on: one line on stderr and a non-zero exit code. Expected
 * failures (a bad setting, an unreachable database, a refused command) are a sentence, not a stack
 * trace; only an unexpected error, which is a bug, keeps its stack.
 */
import { ConfigError } from './config';

/** A failure whose message is already fit for an operator (a port in use, for instance). */
export class OperatorError extends Error {
  override name = 'OperatorError';
}

/** A command line the CLI cannot act on. */
export class UsageError extends OperatorError {
  override name = 'UsageError';
}

// exit.ts loads nothing heavy (an entry checks the settings with it before the service loads), so
// errors such as DatabaseUnavailableError are OperatorErrors rather than listed here.
const EXPECTED: Function[] = [ConfigError, OperatorError];

export function fatalMessage(error: unknown): string {
  if (error instanceof Error && EXPECTED.some((kind) => error instanceof kind)) {
    return `error: ${error.message.replace(/\s*\n\s*/g, ' ')}`;
  }
  if (error instanceof Error) return `unexpected error: ${error.stack ?? error.message}`;
  return `unexpected error: ${String(error)}`;
}

/** The process's exit codes: an operator (or an orchestrator) can tell a clean stop from a cut one. */
export const ExitCode = {
  ok: 0,
  /** Could not start, or failed: the reason is the last line on stderr. */
  failed: 1,
  /** Stopped, but requests still running after SHUTDOWN_GRACE_SECONDS were cut (the log says how many). */
  requestsCut: 3,
} as const;

export interface ProcessIo {
  stderr: (text: string) => void;
  exit: (code: number) => void;
}

export const realProcessIo: ProcessIo = {
  stderr: (text) => process.stderr.write(text),
  exit: (code) => process.exit(code),
};

export function die(error: unknown, io: ProcessIo = realProcessIo): void {
  io.stderr(`${fatalMessage(error)}\n`);
  io.exit(ExitCode.failed);
}
