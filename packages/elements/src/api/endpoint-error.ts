import { SehatError, type SehatErrorCode, type SehatErrorSource } from '@sehatkit/sdk';

/** The problem document the server handler answers with (RFC 9457 plus SehatKit's stable `code`). */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  requestId?: string;
  reason?: string;
  source?: string;
  issues?: { path?: string; location?: string; message: string; code?: string; ruleNumber?: number }[];
  retryAfterSeconds?: number;
}

const FAMILY: ReadonlySet<string> = new Set<SehatErrorCode>([
  'CONFIGURATION_INVALID',
  'VALIDATION_FAILED',
  'REMOTE_VALIDATION_FAILED',
  'AUTHENTICATION_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'TRANSPORT_FAILED',
  'DECRYPTION_FAILED',
]);

// A Record, not a list: a source the SDK adds fails to compile here until the elements know it.
const SOURCES: Record<SehatErrorSource, true> = {
  sehatkit: true,
  satusehat: true,
  bpjs: true,
  kfa: true,
  store: true,
  smtp: true,
  peer: true,
  payment: true,
};
const isSource = (value: string): value is SehatErrorSource => Object.hasOwn(SOURCES, value);

/**
 * A request to the host's server handler failed. `code` is the error family's stable code, which the
 * elements translate; `source` says whether BPJS, SATUSEHAT or the handler itself failed. The server's
 * `detail` text is kept in `message` for developers, never shown to patients or staff as is.
 */
export class EndpointError extends SehatError {
  /** HTTP status of the answer; 0 when no answer arrived (network, CORS). */
  readonly httpStatus: number;
  readonly requestId: string | undefined;
  readonly issues: NonNullable<ProblemBody['issues']>;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: SehatErrorCode,
    httpStatus: number,
    message: string,
    extra: {
      source?: SehatErrorSource;
      reason?: string;
      requestId?: string;
      issues?: ProblemBody['issues'];
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(code, httpStatus || 502, message, {
      ...(extra.source ? { source: extra.source } : {}),
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(extra.cause === undefined ? {} : { cause: extra.cause }),
    });
    this.name = 'EndpointError';
    this.httpStatus = httpStatus;
    this.requestId = extra.requestId;
    this.issues = extra.issues ?? [];
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  /** Builds the error from a problem body; unknown codes (a newer server) count as a server failure. */
  static fromProblem(status: number, body: ProblemBody, retryAfter: string | null): EndpointError {
    const known = body.code !== undefined && FAMILY.has(body.code);
    const code = known ? (body.code as SehatErrorCode) : 'TRANSPORT_FAILED';
    const retry =
      body.retryAfterSeconds ?? (retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined);
    return new EndpointError(code, status, body.detail ?? body.title ?? `HTTP ${status}`, {
      ...(body.source && isSource(body.source) ? { source: body.source } : {}),
      // INTERNAL_ERROR (and any code this version does not know) keeps its name as the reason.
      ...(known
        ? body.reason
          ? { reason: body.reason }
          : {}
        : { reason: (body.code ?? 'server_error').toLowerCase() }),
      ...(body.requestId ? { requestId: body.requestId } : {}),
      ...(body.issues ? { issues: body.issues } : {}),
      ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
    });
  }
}

export function isEndpointError(value: unknown): value is EndpointError {
  return value instanceof EndpointError;
}
