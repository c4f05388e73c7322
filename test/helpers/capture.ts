/** Stand-ins for the process's outputs, so startup and shutdown can be tested in-process. */
import type { ProcessIo } from '../../src/exit';
import type { Log } from '../../src/log';

export interface CapturedIo extends ProcessIo {
  stderrText(): string;
  exitCodes: number[];
}

export function captureIo(): CapturedIo {
  let text = '';
  const exitCodes: number[] = [];
  return {
    stderr: (chunk) => {
      text += chunk;
    },
    exit: (code) => {
      exitCodes.push(code);
    },
    stderrText: () => text,
    exitCodes,
  };
}

export interface CapturedLog extends Log {
  messages: string[];
  /** Every line with its fields. */
  entries: Array<{ msg: string; fields: Record<string, unknown> }>;
}

export function captureLog(): CapturedLog {
  const messages: string[] = [];
  const entries: CapturedLog['entries'] = [];
  const record = (fields: object, msg: string): void => {
    messages.push(msg);
    entries.push({ msg, fields: fields as Record<string, unknown> });
  };
  return { messages, entries, error: record, warn: record, info: record, debug: record };
}
