export { type Clock, manualClock, systemClock } from './clock';
export {
  consoleLogger,
  type LogFields,
  type Logger,
  type LogLevel,
  redactingLogger,
  silentLogger,
} from './logger';
export { defaultRedactor, maskIdentifier, REDACTED, Redactor } from './redact';
