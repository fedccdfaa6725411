import { afterEach, describe, expect, it } from 'vitest';
import { isRateLimitError, isTransportError } from '../../../src/errors/guards';
import type { RateLimitError, TransportError } from '../../../src/errors/remote-errors';
import { MemoryTokenStore } from '../../../src/satusehat/auth/token-store';
import { ARDIANTO, closeHarnesses, startHarness } from './harness';

afterEach(closeHarnesses);

describe('SATUSEHAT client under gateway faults', () => {
  it('honours 429 Retry-After on a read and succeeds on the retry', async () => {
    const h = await startHarness();
    await h.client.fhir.read('Patient', ARDIANTO.ihs); // warm the token
    const fault = h.sim.faults.rateLimit('GET /fhir-r4/v1/Patient', { times: 1, retryAfterSeconds: 1 });
    const patient = await h.client.fhir.read('Patient', ARDIANTO.ihs);
    expect(patient.id).toBe(ARDIANTO.ihs);
    expect(fault.hits).toBe(1);
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Patient']).toBe(3);
  });

  it('does not repeat a write after 429; it reports RateLimitError with the retry-after', async () => {
    const h = await startHarness();
    h.sim.faults.rateLimit('POST /consent/v1/Consent', { retryAfterSeconds: 7 });
    const error = await h.client.consent
      .update({ patientId: ARDIANTO.ihs, action: 'OPTIN', agent: 'Petugas' })
      .catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
    expect(h.sim.stats.byRoute['POST /consent/v1/Consent']).toBe(1);
  });

  it('gives up on a read after the retry ceiling and reports the text/plain 503 as a TransportError', async () => {
    const h = await startHarness({ client: { retry: { limit: 2, backoffLimitMs: 20 } } });
    h.sim.faults.serverError('GET /fhir-r4/v1/Practitioner', { status: 503, body: 'no healthy upstream' });
    const error = await h.client.fhir.search('Practitioner', {}).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect((error as TransportError).failure).toBe('server_error');
    expect((error as TransportError).httpStatus).toBe(503);
    expect((error as Error).message).toContain('text body');
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Practitioner']).toBe(3);
  });

  it('reports a 504 Gateway Timeout text body on a write as a TransportError without retrying', async () => {
    const h = await startHarness();
    h.sim.faults.serverError('POST /consent', { status: 504, body: 'Gateway Timeout' });
    const error = await h.client.consent
      .update({ patientId: ARDIANTO.ihs, action: 'OPTIN', agent: 'Petugas' })
      .catch((e: unknown) => e);
    expect((error as TransportError).failure).toBe('server_error');
    expect((error as TransportError).httpStatus).toBe(504);
    expect(h.sim.stats.byRoute['POST /consent/v1/Consent']).toBe(1);
  });

  it('reports an HTML error page as a TransportError', async () => {
    const h = await startHarness();
    h.sim.faults.add({ kind: 'html-error', route: 'GET /masterdata', status: 502 });
    const error = await h.client.masterdata.provinces().catch((e: unknown) => e);
    expect((error as TransportError).failure).toBe('server_error');
    expect((error as Error).message).toContain('HTML page');
  });

  it('turns a slow answer into a timeout TransportError', async () => {
    const h = await startHarness();
    const tokens = new MemoryTokenStore();
    await h.newClient({ tokenStore: tokens }).fhir.read('Patient', ARDIANTO.ihs); // token fetched without a tight timeout
    const impatient = h.newClient({ tokenStore: tokens, timeoutMs: 150, retry: { limit: 0 } });
    h.sim.faults.latency('GET /fhir-r4/v1/Patient', 2000, { times: 1 });
    const error = await impatient.fhir.read('Patient', ARDIANTO.ihs).catch((e: unknown) => e);
    expect((error as TransportError).failure).toBe('timeout');
  });
});
