import { SehatError, type SehatErrorOptions, type SehatErrorSource } from './sehat-error';

/** Credentials were refused (bad client secret, signature, user key, expired token that could not be renewed). */
export class AuthenticationError extends SehatError {
  constructor(source: SehatErrorSource, message: string, options?: Omit<SehatErrorOptions, 'source'>) {
    super('AUTHENTICATION_FAILED', 502, message, { ...options, source });
    this.name = 'AuthenticationError';
  }
}

/** The caller is known but not allowed to do this (the host's `authorize` hook said no, a patient tried to admit). */
export class ForbiddenError extends SehatError {
  constructor(message: string, options?: SehatErrorOptions) {
    super('FORBIDDEN', 403, message, options);
    this.name = 'ForbiddenError';
  }
}

/** The thing asked for does not exist (no member with that card number, no such room). */
export class NotFoundError extends SehatError {
  constructor(message: string, options?: SehatErrorOptions) {
    super('NOT_FOUND', 404, message, options);
    this.name = 'NotFoundError';
  }
}

/** The request lost a race or contradicts current state, e.g. `reason: 'slot_taken'`. */
export class ConflictError extends SehatError {
  constructor(message: string, options?: SehatErrorOptions) {
    super('CONFLICT', 409, message, options);
    this.name = 'ConflictError';
  }
}

/** Too many requests; `retryAfterMs` says when trying again makes sense. */
export class RateLimitError extends SehatError {
  readonly retryAfterMs: number | undefined;

  constructor(source: SehatErrorSource, message: string, retryAfterMs?: number, options?: SehatErrorOptions) {
    super('RATE_LIMITED', 429, message, { ...options, source });
    this.name = 'RateLimitError';
    this.retryAfterMs = retryAfterMs;
  }
}

export type TransportFailure =
  | 'timeout'
  | 'network'
  | 'server_error'
  | 'unexpected_body'
  | 'unexpected_status';

/** The exchange itself failed: timeout, refused connection, 5xx, or HTML where JSON was expected. */
export class TransportError extends SehatError {
  readonly failure: TransportFailure;
  readonly httpStatus: number | undefined;

  constructor(
    source: SehatErrorSource,
    failure: TransportFailure,
    message: string,
    httpStatus?: number,
    options?: Omit<SehatErrorOptions, 'source'>,
  ) {
    super('TRANSPORT_FAILED', failure === 'timeout' ? 504 : 502, message, { ...options, source });
    this.name = 'TransportError';
    this.failure = failure;
    this.httpStatus = httpStatus;
  }
}

/** An encrypted payload could not be turned back into data (wrong key or timestamp, corrupt or empty LZ-string). */
export class DecryptionError extends SehatError {
  constructor(source: SehatErrorSource, message: string, options?: Omit<SehatErrorOptions, 'source'>) {
    super('DECRYPTION_FAILED', 502, message, { ...options, source });
    this.name = 'DecryptionError';
  }
}
