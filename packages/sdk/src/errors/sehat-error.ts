/**
 * The stable codes of the error family. Hosts, the server handler and the elements switch on these;
 * they never change meaning once released.
 */
export type SehatErrorCode =
  | 'CONFIGURATION_INVALID'
  | 'VALIDATION_FAILED'
  | 'REMOTE_VALIDATION_FAILED'
  | 'AUTHENTICATION_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TRANSPORT_FAILED'
  | 'DECRYPTION_FAILED';

/** Which system an error came from, so a host can tell "BPJS is down" from "our own server failed". */
export type SehatErrorSource =
  | 'sehatkit'
  | 'satusehat'
  | 'bpjs'
  | 'kfa'
  | 'store'
  | 'smtp'
  | 'peer'
  | 'payment';

export interface SehatErrorOptions {
  source?: SehatErrorSource;
  cause?: unknown;
  /** A machine-readable refinement of `code`, e.g. `slot_taken` for a CONFLICT. */
  reason?: string;
}

// Symbol.for is shared across realms (iframes, workers, duplicated bundles), unlike `instanceof`.
const BRAND = Symbol.for('@sehatkit/error');

/** Base of every error SehatKit throws across a package boundary. */
export class SehatError extends Error {
  readonly code: SehatErrorCode;
  readonly source: SehatErrorSource;
  readonly reason: string | undefined;
  /** The HTTP status the server handler answers with for this error. */
  readonly status: number;

  constructor(code: SehatErrorCode, status: number, message: string, options: SehatErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SehatError';
    this.code = code;
    this.status = status;
    this.source = options.source ?? 'sehatkit';
    this.reason = options.reason;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A JSON-safe view without the cause chain, which may hold transport internals. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      source: this.source,
      reason: this.reason,
      message: this.message,
    };
  }
}

/** True for any SehatKit error, even one created by another copy of the SDK. */
export function isSehatError(value: unknown): value is SehatError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
