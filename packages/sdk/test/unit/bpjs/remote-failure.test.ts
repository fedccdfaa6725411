import { describe, expect, it } from 'vitest';
import { failureFor, waitFromMessage } from '../../../src/bpjs/remote-failure';
import {
  isAuthenticationError,
  isNotFoundError,
  isRateLimitError,
  isRemoteValidationError,
  isTransportError,
} from '../../../src/errors/guards';
import { Redactor } from '../../../src/logging/redact';

const base = {
  service: 'pcare' as const,
  operation: 'POST kunjungan/v1',
  httpStatus: 412,
  message: 'PRECONDITION_FAILED',
  payload: null as unknown,
  retryAfterMs: undefined,
  redactor: new Redactor(),
};

describe('BPJS failures become the error family', () => {
  it('turns a 412 {field, message} list into a remote-validation error with each field as the location', () => {
    const error = failureFor({
      ...base,
      code: 412,
      payload: [
        { field: 'noKartu', message: 'Belum melakukan pendaftaran pada poli tersebut.' },
        { field: 'kdTacc', message: 'TACC wajib diisi' },
      ],
    });
    expect(isRemoteValidationError(error)).toBe(true);
    if (!isRemoteValidationError(error)) return;
    expect(error.source).toBe('bpjs');
    expect(error.issues.map((i) => i.location)).toEqual(['noKartu', 'kdTacc']);
    expect(error.message).toContain('noKartu: Belum melakukan pendaftaran');
  });

  it("reads i-Care's HH:MM:SS wait as a rate limit with retryAfterMs", () => {
    const error = failureFor({
      ...base,
      service: 'icare',
      code: 412,
      message: 'Silakan coba kembali setelah 00:01:30',
    });
    expect(isRateLimitError(error)).toBe(true);
    if (isRateLimitError(error)) expect(error.retryAfterMs).toBe(90_000);
    expect(waitFromMessage('tunggu 01:00:05 lagi')).toBe(3_605_000);
    expect(waitFromMessage('no time here')).toBeUndefined();
  });

  it('keeps a pCare 412 with a time in it a validation error: only i-Care signals waits that way', () => {
    const error = failureFor({ ...base, code: 412, message: 'Jam praktek 08:00:00 sudah lewat' });
    expect(isRemoteValidationError(error)).toBe(true);
  });

  it("treats Antrean's code 201 as a refusal, while pCare's 201 is never routed here", () => {
    const error = failureFor({
      ...base,
      service: 'antrean',
      code: 201,
      httpStatus: 200,
      message: 'Antrean Tidak Ditemukan',
    });
    expect(isRemoteValidationError(error)).toBe(true);
    expect(error.message).toContain('Antrean Tidak Ditemukan');
  });

  it('explains the 404 "not registered for this service" as credentials or an outdated path', () => {
    const error = failureFor({
      ...base,
      code: 404,
      httpStatus: 404,
      message: 'Unauthorized! You are not registered for this service!',
    });
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.reason).toBe('service_not_registered');
    expect(error.message).toContain('kunjungan/v1');
  });

  it('maps 401, 403, plain 404, 429 and 5xx', () => {
    expect(isAuthenticationError(failureFor({ ...base, code: 401 }))).toBe(true);
    expect(isAuthenticationError(failureFor({ ...base, code: 403 }))).toBe(true);
    expect(isNotFoundError(failureFor({ ...base, code: 404, message: 'Not Found' }))).toBe(true);
    const limited = failureFor({ ...base, code: 429, retryAfterMs: 2000 });
    expect(isRateLimitError(limited) && limited.retryAfterMs).toBe(2000);
    const server = failureFor({
      ...base,
      code: 500,
      message: 'Cannot access child value on Newtonsoft.Json.Linq.JValue.',
    });
    expect(isTransportError(server)).toBe(true);
    expect(server.message).toContain('wrong JSON type');
  });

  it('masks card numbers and NIKs that BPJS echoes in its messages', () => {
    const error = failureFor({
      ...base,
      code: 412,
      payload: [
        { field: 'noKartu', message: 'Peserta 0001880000011 dengan NIK 9271060312000001 tidak aktif' },
      ],
    });
    expect(error.message).not.toContain('0001880000011');
    expect(error.message).not.toContain('9271060312000001');
    expect(error.message).toContain('*********0011');
  });
});
