import {
  AuthenticationError,
  ConflictError,
  DecryptionError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  TransportError,
} from '../../errors/remote-errors';
import { type RemoteIssue, RemoteValidationError } from '../../errors/remote-validation-error';
import type { SehatError, SehatErrorSource } from '../../errors/sehat-error';
import type { HttpResponse } from '../../http/http-client';
import { isHtml, retryAfterMs } from '../../http/response-body';
import type { Redactor } from '../../logging/redact';
import { isOperationOutcome, issuesFromOutcome } from './operation-outcome';

export interface ErrorContext {
  source: SehatErrorSource;
  redactor: Redactor;
  now: number;
  /** What was being done, for the message: `read Encounter`, `token request`. */
  action: string;
}

/** The gateway's fault body: `{"fault":{"faultstring":…,"detail":{"errorcode":…}}}` (satusehat.md §2.4). */
export interface GatewayFault {
  faultstring: string;
  errorcode: string;
}

export function gatewayFault(body: unknown): GatewayFault | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const fault = (body as { fault?: { faultstring?: unknown; detail?: { errorcode?: unknown } } }).fault;
  if (!fault) return undefined;
  return {
    faultstring: typeof fault.faultstring === 'string' ? fault.faultstring : 'gateway fault',
    errorcode: typeof fault.detail?.errorcode === 'string' ? fault.detail.errorcode : 'unknown',
  };
}

/** Gateway answers that mean "this token is no good, get another": the only ones worth a refresh. */
const TOKEN_REJECTIONS = new Set([
  'oauth.v2.InvalidAccessToken',
  'oauth.v2.AccessTokenExpired',
  'keymanagement.service.access_token_expired',
  'keymanagement.service.invalid_access_token',
]);

export function isTokenRejection(response: HttpResponse, body: unknown): boolean {
  if (response.status !== 401) return false;
  const fault = gatewayFault(body);
  return fault !== undefined && TOKEN_REJECTIONS.has(fault.errorcode);
}

function parsed(response: HttpResponse): unknown {
  try {
    return response.body.trim() === '' ? undefined : JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

function kfaIssues(body: unknown, redactor: Redactor): RemoteIssue[] | undefined {
  const detail = (body as { detail?: unknown })?.detail;
  if (!Array.isArray(detail)) return undefined;
  return detail.map((d: { loc?: unknown; msg?: unknown; type?: unknown }) => ({
    message: redactor.text(typeof d.msg === 'string' ? d.msg : 'invalid value'),
    ...(Array.isArray(d.loc) ? { location: d.loc.map(String).join('.') } : {}),
    ...(typeof d.type === 'string' ? { code: d.type } : {}),
    severity: 'error' as const,
  }));
}

/** KYC and Master Wilayah wrap errors in their own envelopes (satusehat.md §4.1). */
function envelopeMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { message?: unknown; metadata?: { message?: unknown }; data?: { error?: unknown } };
  if (typeof b.data?.error === 'string') return b.data.error;
  if (typeof b.metadata?.message === 'string') return b.metadata.message;
  if (typeof b.message === 'string') return b.message;
  return undefined;
}

/**
 * Turns a non-success answer into the error family (ARCHITECTURE.md "Errors"): gateway faults →
 * AuthenticationError, 429 → RateLimitError with retry-after, OperationOutcome → RemoteValidationError with
 * RuleNumbers (duplicates → ConflictError), text or HTML 5xx → TransportError. Messages are redacted.
 */
export function errorFromResponse(response: HttpResponse, ctx: ErrorContext): SehatError {
  const { source, redactor } = ctx;
  const status = response.status;
  const body = parsed(response);
  const fault = gatewayFault(body);
  const label = source === 'kfa' ? 'KFA' : 'SATUSEHAT';

  if (status === 429 || fault?.errorcode.startsWith('policies.ratelimit')) {
    return new RateLimitError(
      source,
      `${label} rate limit reached during ${ctx.action}`,
      retryAfterMs(response.headers, ctx.now),
    );
  }
  if (fault) {
    return new AuthenticationError(
      source,
      `${label} gateway refused the request during ${ctx.action}: ${redactor.text(fault.faultstring)} (${fault.errorcode})`,
      { reason: fault.errorcode },
    );
  }
  if (body === undefined) {
    if (status >= 500) {
      const kind = isHtml(response) ? 'an HTML page' : 'a text body';
      return new TransportError(
        source,
        'server_error',
        `${label} answered HTTP ${status} with ${kind} during ${ctx.action}`,
        status,
      );
    }
    if (status === 404) return new NotFoundError(`${label} has no such resource (${ctx.action})`, { source });
    if (status === 403) return new ForbiddenError(`${label} refused access (${ctx.action})`, { source });
    if (status === 401)
      return new AuthenticationError(source, `${label} refused the credentials during ${ctx.action}`);
    return new TransportError(
      source,
      'unexpected_body',
      `${label} answered HTTP ${status} without a JSON body during ${ctx.action}`,
      status,
    );
  }
  if (typeof (body as { ErrorCode?: unknown }).ErrorCode === 'string') {
    const b = body as { ErrorCode: string; Error?: unknown };
    return new AuthenticationError(
      source,
      `${label} refused the client credentials: ${redactor.text(String(b.Error ?? b.ErrorCode))}`,
      { reason: b.ErrorCode },
    );
  }
  if (isOperationOutcome(body)) {
    const issues = issuesFromOutcome(body, redactor);
    const codes = new Set(issues.map((i) => i.code));
    if (status === 401) {
      return new AuthenticationError(
        source,
        `${label} refused the credentials: ${issues.map((i) => i.message).join('; ')}`,
      );
    }
    if (codes.has('duplicate')) {
      return new ConflictError(
        `${label} already holds this resource: ${issues.map((i) => i.message).join('; ')}`,
        {
          source,
          reason: 'duplicate',
        },
      );
    }
    if (status === 404 || (codes.has('not-found') && issues.every((i) => !i.location))) {
      return new NotFoundError(`${label}: ${issues.map((i) => i.message).join('; ') || 'not found'}`, {
        source,
      });
    }
    if (status === 403 || codes.has('forbidden')) {
      return new ForbiddenError(`${label} refused access: ${issues.map((i) => i.message).join('; ')}`, {
        source,
        reason: 'business_rule',
      });
    }
    if (status >= 500) {
      return new TransportError(
        source,
        'server_error',
        `${label} failed during ${ctx.action} (HTTP ${status})`,
        status,
      );
    }
    return new RemoteValidationError(source, status, issues);
  }
  const kfa = kfaIssues(body, redactor);
  if (kfa) return new RemoteValidationError(source, status, kfa);
  const message = envelopeMessage(body);
  if (message && /decrypt/i.test(message)) {
    return new DecryptionError(source, `${label} could not decrypt the request: ${redactor.text(message)}`);
  }
  if (status >= 500)
    return new TransportError(
      source,
      'server_error',
      `${label} failed during ${ctx.action} (HTTP ${status})`,
      status,
    );
  if (status === 404)
    return new NotFoundError(`${label}: ${message ? redactor.text(message) : 'not found'}`, { source });
  if (status === 401)
    return new AuthenticationError(source, `${label} refused the credentials during ${ctx.action}`);
  if (status === 403) return new ForbiddenError(`${label} refused access (${ctx.action})`, { source });
  return new RemoteValidationError(source, status, [
    { message: message ? redactor.text(message) : `HTTP ${status}`, severity: 'error' },
  ]);
}
