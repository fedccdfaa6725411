import type { Redactor } from './redact';

export type LogFields = Record<string, unknown>;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** What SehatKit logs through. Any structured logger (pino, winston, console) fits with a thin adapter. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** The default: logs nothing. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Writes JSON lines to the console at or above `level`. */
export function consoleLogger(level: LogLevel = 'info', name = 'sehatkit'): Logger {
  const min = LEVELS.indexOf(level);
  const write = (at: LogLevel) => (message: string, fields?: LogFields) => {
    if (LEVELS.indexOf(at) < min) return;
    const line = JSON.stringify({ level: at, name, message, ...fields, time: new Date().toISOString() });
    (at === 'error' ? console.error : at === 'warn' ? console.warn : console.log)(line);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/**
 * Wraps a host's logger so that nothing it receives carries a secret, a NIK or a card number.
 * Every SehatKit component logs through one of these, never through the raw injected logger.
 */
export function redactingLogger(inner: Logger, redactor: Redactor): Logger {
  const wrap = (at: LogLevel) => (message: string, fields?: LogFields) =>
    inner[at](
      redactor.text(message),
      fields === undefined ? undefined : (redactor.value(fields) as LogFields),
    );
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
