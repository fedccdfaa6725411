import { isRateLimitError, isRemoteValidationError, isValidationError } from '../errors/guards';
import { isSehatError, type SehatErrorCode } from '../errors/sehat-error';
import type { Redactor } from '../logging/redact';

/** Codes a problem body may carry: the error family's, plus one for failures we do not explain to clients. */
export type ProblemCode = SehatErrorCode | 'INTERNAL_ERROR';

/** An RFC 9457 problem document with SehatKit's stable `code`, which the elements localise. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  requestId?: string;
  reason?: string;
  source?: string;
  /** Field paths for VALIDATION_FAILED; remote findings (with rule numbers) for REMOTE_VALIDATION_FAILED. */
  issues?: { path?: string; location?: string; message: string; code?: string; ruleNumber?: number }[];
  retryAfterSeconds?: number;
}

const TITLES: Record<ProblemCode, string> = {
  CONFIGURATION_INVALID: 'Server misconfigured',
  VALIDATION_FAILED: 'Invalid request',
  REMOTE_VALIDATION_FAILED: 'Rejected by the remote service',
  AUTHENTICATION_FAILED: 'Remote service refused our credentials',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  RATE_LIMITED: 'Too many requests',
  TRANSPORT_FAILED: 'Remote service unavailable',
  DECRYPTION_FAILED: 'Remote response could not be read',
  INTERNAL_ERROR: 'Internal error',
};

/**
 * Turns anything thrown by a route into a problem document. Messages are redacted again here because a
 * problem body leaves the server; errors outside the family get a generic text, never their internals.
 */
export function toProblem(error: unknown, redactor: Redactor, requestId?: string): Problem {
  const base = (code: ProblemCode, status: number, detail: string): Problem => ({
    type: `https://sehatkit.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code],
    status,
    code,
    detail: redactor.text(detail),
    ...(requestId ? { requestId } : {}),
  });
  if (!isSehatError(error)) return base('INTERNAL_ERROR', 500, 'The server could not complete the request.');
  // A misconfigured server is the operator's problem; the caller only learns that it failed.
  if (error.code === 'CONFIGURATION_INVALID')
    return base('INTERNAL_ERROR', 500, 'The server is not configured for this request.');
  const problem = base(error.code, error.status, error.message);
  if (error.reason) problem.reason = error.reason;
  if (error.source !== 'sehatkit') problem.source = error.source;
  if (isValidationError(error)) {
    problem.issues = error.issues.map((i) => ({
      path: i.path,
      message: redactor.text(i.message),
      ...(i.code ? { code: i.code } : {}),
    }));
  } else if (isRemoteValidationError(error)) {
    problem.issues = error.issues.map((i) => ({
      message: redactor.text(i.message),
      ...(i.location ? { location: i.location } : {}),
      ...(i.code ? { code: i.code } : {}),
      ...(i.ruleNumber !== undefined ? { ruleNumber: i.ruleNumber } : {}),
    }));
  } else if (isRateLimitError(error) && error.retryAfterMs !== undefined) {
    problem.retryAfterSeconds = Math.ceil(error.retryAfterMs / 1000);
  }
  return problem;
}
