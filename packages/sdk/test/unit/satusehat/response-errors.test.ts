import { describe, expect, it } from 'vitest';
import type { RateLimitError, TransportError } from '../../../src/errors/remote-errors';
import type { RemoteValidationError } from '../../../src/errors/remote-validation-error';
import type { HttpResponse } from '../../../src/http/http-client';
import { Redactor } from '../../../src/logging/redact';
import { errorFromResponse, isTokenRejection } from '../../../src/satusehat/transport/response-errors';

const NOW = Date.parse('2026-11-22T00:00:00Z');

function response(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    status,
    headers: new Headers(headers),
    url: 'https://api-satusehat-stg.dto.kemkes.go.id/fhir-r4/v1/Encounter',
    contentType: headers['content-type'] ?? (typeof body === 'string' ? 'text/plain' : 'application/json'),
    body: text,
    durationMs: 1,
  };
}

const map = (r: HttpResponse, redactor = new Redactor()) =>
  errorFromResponse(r, { source: 'satusehat', redactor, now: NOW, action: 'create Encounter' });

// Bodies below are the documented shapes (satusehat.md §2.4, §4.1).
const expired = {
  fault: {
    faultstring: 'Access Token expired',
    detail: { errorcode: 'keymanagement.service.access_token_expired' },
  },
};

describe('SATUSEHAT answers as typed errors', () => {
  it('reads RuleNumbers and locations out of an OperationOutcome', () => {
    const error = map(
      response(400, {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'value',
            details: { text: 'Reference is mandatory : Encounter.serviceProvider (RuleNumber: 10124)' },
            expression: ['Encounter.serviceProvider'],
          },
          {
            severity: 'error',
            code: 'format',
            details: {
              text: 'Invalid date time format : 2022-06-14 (RuleNumber: 10132). Format allowed : YYYY-MM-DDThh:mm:ss+00:00',
            },
            expression: ['Composition.date'],
          },
        ],
      }),
    ) as RemoteValidationError;
    expect(error.code).toBe('REMOTE_VALIDATION_FAILED');
    expect(error.ruleNumbers).toEqual([10124, 10132]);
    expect(error.issues[0]).toMatchObject({
      location: 'Encounter.serviceProvider',
      code: 'value',
      severity: 'error',
    });
  });

  it('joins a structural label with its diagnostics', () => {
    const error = map(
      response(400, {
        resourceType: 'OperationOutcome',
        issue: [
          {
            code: 'structure',
            details: { text: 'unparseable_resource' },
            diagnostics: 'missing required field "status"',
            severity: 'error',
          },
        ],
      }),
    ) as RemoteValidationError;
    expect(error.issues[0]?.message).toBe('unparseable_resource: missing required field "status"');
  });

  it('makes a duplicate a ConflictError and a gateway fault an AuthenticationError', () => {
    const dup = map(
      response(400, {
        resourceType: 'OperationOutcome',
        issue: [{ code: 'duplicate', details: { text: 'Found duplicate resource: Encounter' } }],
      }),
    );
    expect(dup).toMatchObject({ code: 'CONFLICT', reason: 'duplicate' });
    const fault = map(response(401, expired));
    expect(fault).toMatchObject({
      code: 'AUTHENTICATION_FAILED',
      reason: 'keymanagement.service.access_token_expired',
    });
  });

  it('recognises only invalid or expired tokens as worth a refresh', () => {
    expect(isTokenRejection(response(401, expired), expired)).toBe(true);
    const product = {
      fault: {
        faultstring: 'Invalid API call as no apiproduct match found',
        detail: { errorcode: 'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound' },
      },
    };
    expect(isTokenRejection(response(401, product), product)).toBe(false);
    expect(isTokenRejection(response(403, expired), expired)).toBe(false);
  });

  it('gives 429 a RateLimitError with Retry-After in milliseconds', () => {
    const error = map(response(429, '', { 'retry-after': '12' })) as RateLimitError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(12_000);
  });

  it('makes text/plain and HTML 5xx TransportErrors that name the status', () => {
    const text = map(response(503, 'no healthy upstream')) as TransportError;
    expect(text).toMatchObject({ code: 'TRANSPORT_FAILED', failure: 'server_error', httpStatus: 503 });
    const html = map(response(502, '<html><title>502</title></html>', { 'content-type': 'text/html' }));
    expect(html.message).toContain('HTML page');
  });

  it('maps the empty 404 of a wrong URL and the HTML 403 of the proxy', () => {
    expect(map(response(404, '')).code).toBe('NOT_FOUND');
    expect(map(response(403, '<title>403</title>403 Forbidden', { 'content-type': 'text/html' })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('reads KFA FastAPI errors and the invalid_client answer', () => {
    const kfa = errorFromResponse(
      response(422, {
        detail: [{ loc: ['query', 'page'], msg: 'field required', type: 'value_error.missing' }],
      }),
      { source: 'kfa', redactor: new Redactor(), now: NOW, action: 'KFA product search' },
    ) as RemoteValidationError;
    expect(kfa.issues[0]).toMatchObject({ location: 'query.page', message: 'field required' });
    expect(map(response(401, { ErrorCode: 'invalid_client', Error: 'ClientId is Invalid' }))).toMatchObject({
      code: 'AUTHENTICATION_FAILED',
      reason: 'invalid_client',
    });
  });

  it('masks NIKs and registered secrets the platform echoes back', () => {
    const redactor = new Redactor().addSecret('s3cr3t-value');
    const error = map(
      response(400, {
        resourceType: 'OperationOutcome',
        issue: [
          { code: 'value', details: { text: 'identifier 3171012345678901 rejected for s3cr3t-value' } },
        ],
      }),
      redactor,
    );
    expect(error.message).not.toContain('3171012345678901');
    expect(error.message).toContain('************8901');
    expect(error.message).not.toContain('s3cr3t-value');
  });

  it('recognises the KYC decryption failure', () => {
    const error = map(
      response(400, {
        metadata: { code: '400', message: 'Error: Bad Request' },
        data: { error: 'failed to decrypt ciphertext: crypto/rsa: decryption error' },
      }),
    );
    expect(error.code).toBe('DECRYPTION_FAILED');
  });
});
