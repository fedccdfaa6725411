import { AuthenticationError, NotFoundError, RateLimitError, TransportError } from '../errors/remote-errors';
import { type RemoteIssue, RemoteValidationError } from '../errors/remote-validation-error';
import type { SehatError } from '../errors/sehat-error';
import type { Redactor } from '../logging/redact';

export type BpjsService = 'pcare' | 'antrean' | 'icare';

export const SERVICE_LABEL: Record<BpjsService, string> = {
  pcare: 'pCare',
  antrean: 'Antrean FKTP',
  icare: 'i-Care',
};

export interface FailureContext {
  service: BpjsService;
  /** `GET peserta/{noKartu}`: the route template, so no member number reaches a message. */
  operation: string;
  httpStatus: number;
  /** metaData.code, or the HTTP status when the body had no envelope. */
  code: number;
  /** metaData.message as received; redacted before use. */
  message: string;
  /** The (decrypted when possible) response payload. */
  payload: unknown;
  retryAfterMs: number | undefined;
  redactor: Redactor;
}

/**
 * Maps a non-success answer to the error family. Remote messages are passed through the redactor: BPJS
 * sometimes echoes a card number or NIK back in them.
 */
export function failureFor(context: FailureContext): SehatError {
  const { service, operation, code, redactor } = context;
  const label = SERVICE_LABEL[service];
  const remote = redactor.text(context.message.trim());
  const said = remote ? `: ${remote}` : '';

  if (code === 412 || (service === 'antrean' && code === 201)) {
    if (service === 'icare') {
      const wait = waitFromMessage(context.message);
      if (wait !== undefined) {
        return new RateLimitError(
          'bpjs',
          `i-Care asks to wait before the next request (${operation})`,
          wait,
          {
            reason: 'icare_wait',
          },
        );
      }
    }
    return new RemoteValidationError('bpjs', code, issuesFrom(context.payload, remote, redactor));
  }
  if (code === 401 || code === 403 || (code === 404 && /^unauthori[sz]ed/i.test(context.message.trim()))) {
    const reason = code === 404 ? 'service_not_registered' : 'credentials_refused';
    const hint =
      code === 404
        ? ' (the cons-id is not registered for this service, or the path is outdated, e.g. kunjungan instead of kunjungan/v1)'
        : ' (check cons-id, consumer secret, user_key, the pCare login and the clock offset)';
    return new AuthenticationError(
      'bpjs',
      `${label} refused the credentials for ${operation}${said}${hint}`,
      {
        reason,
      },
    );
  }
  if (code === 404)
    return new NotFoundError(`${label} has no such resource (${operation})${said}`, { source: 'bpjs' });
  if (code === 429) {
    return new RateLimitError(
      'bpjs',
      `${label} is rate limiting (${operation})${said}`,
      context.retryAfterMs,
    );
  }
  if (code >= 500) {
    const hint = /JValue|child value/i.test(context.message)
      ? ' (BPJS could not read a field of the request body: a value of the wrong JSON type)'
      : '';
    return new TransportError(
      'bpjs',
      'server_error',
      `${label} failed on ${operation} with code ${code}${said}${hint}`,
      context.httpStatus,
    );
  }
  return new TransportError(
    'bpjs',
    'unexpected_status',
    `${label} answered ${operation} with code ${code}${said}`,
    context.httpStatus,
  );
}

/** A 412 payload is a list of `{field, message}` (spec §2.3); anything else falls back to the envelope message. */
function issuesFrom(payload: unknown, fallback: string, redactor: Redactor): RemoteIssue[] {
  const items = Array.isArray(payload) ? payload : payload && typeof payload === 'object' ? [payload] : [];
  const issues: RemoteIssue[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const { field, message } = item as Record<string, unknown>;
    if (typeof message !== 'string') continue;
    issues.push({
      message: redactor.text(message),
      ...(typeof field === 'string' && field ? { location: field } : {}),
      severity: 'error',
    });
  }
  if (issues.length === 0) issues.push({ message: fallback || 'PRECONDITION_FAILED', severity: 'error' });
  return issues;
}

/** i-Care puts the wait in its 412 message as `HH:MM:SS` (spec §4, after banguncode/PHP-Icare). */
export function waitFromMessage(message: string): number | undefined {
  const match = /(\d{1,2}):([0-5]\d):([0-5]\d)/.exec(message);
  if (!match) return undefined;
  const [, h, m, s] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}
