import { afterEach, describe, expect, it } from 'vitest';
import { isAuthenticationError } from '../../../src/errors/guards';
import type { AuthenticationError } from '../../../src/errors/remote-errors';
import { manualClock } from '../../../src/logging/clock';
import { MemoryTokenStore, type TokenStore } from '../../../src/satusehat/auth/token-store';
import { ARDIANTO, closeHarnesses, startHarness } from './harness';

afterEach(closeHarnesses);

const readPatient = (h: Awaited<ReturnType<typeof startHarness>>) =>
  h.client.fhir.read('Patient', ARDIANTO.ihs);

describe('SATUSEHAT client-credentials token', () => {
  it('asks for one token and reuses it while it is fresh', async () => {
    const h = await startHarness();
    for (let i = 0; i < 5; i += 1) await readPatient(h);
    expect(h.sim.stats.tokenRequests).toBe(1);
  });

  it('makes one token request for 25 concurrent calls on a cold client', async () => {
    const h = await startHarness();
    const results = await Promise.all(Array.from({ length: 25 }, () => readPatient(h)));
    expect(results.every((p) => p.id === ARDIANTO.ihs)).toBe(true);
    expect(h.sim.stats.tokenRequests).toBe(1);
  });

  it('renews the token shortly before it expires, by its own clock, without a 401', async () => {
    const clock = manualClock(Date.now());
    const h = await startHarness({ sim: { clock, tokenTtlSeconds: 3599 }, client: { clock } });
    await readPatient(h);
    clock.advance(3599_000 - 200_000); // inside the 300 s margin
    await Promise.all(Array.from({ length: 10 }, () => readPatient(h)));
    expect(h.sim.stats.tokenRequests).toBe(2);
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Patient']).toBe(11);
  });

  it('refreshes once when the token expires while a batch is in flight', async () => {
    const h = await startHarness();
    await readPatient(h);
    // Half of the batch is held at the gateway long enough for the token to expire under it.
    h.sim.faults.latency('GET /fhir-r4/v1/Patient', 300, { times: 15 });
    const batch = Array.from({ length: 30 }, () => readPatient(h));
    await Promise.race(batch);
    h.sim.faults.expireTokens();
    const results = await Promise.all(batch);
    expect(results.every((p) => p.id === ARDIANTO.ihs)).toBe(true);
    expect(h.sim.stats.tokenRequests).toBe(2);
    const reads = h.sim.stats.byRoute['GET /fhir-r4/v1/Patient'] ?? 0;
    // 1 warm-up + 30 first tries + one retry for each request the expired token reached (at least the 15 held).
    expect(reads).toBeGreaterThanOrEqual(1 + 30 + 15);
    expect(reads).toBeLessThan(1 + 30 + 30);
  });

  it('refreshes the token once when SATUSEHAT answers 401 Invalid access token', async () => {
    const h = await startHarness();
    await readPatient(h);
    h.sim.faults.revokeTokens();
    await expect(readPatient(h)).resolves.toMatchObject({ id: ARDIANTO.ihs });
    expect(h.sim.stats.tokenRequests).toBe(2);
  });

  it('retries a POST after a token rejection too: the gateway refused it before the API saw it', async () => {
    const h = await startHarness();
    await readPatient(h);
    h.sim.faults.revokeTokens();
    const consent = await h.client.consent.update({
      patientId: ARDIANTO.ihs,
      action: 'OPTIN',
      agent: 'Petugas Pendaftaran',
    });
    expect(consent.resourceType).toBe('Consent');
    expect(h.sim.stats.byRoute['POST /consent/v1/Consent']).toBe(2);
  });

  it('never loops: a token that keeps being refused fails after exactly one retry', async () => {
    const h = await startHarness();
    // A store that cannot forget, as a misconfigured shared cache would behave.
    const stuck: TokenStore = {
      get: () => ({
        accessToken: 'revoked-token-000',
        obtainedAt: Date.now(),
        expiresAt: Date.now() + 3_600_000,
      }),
      set: () => undefined,
      delete: () => undefined,
    };
    const client = h.newClient({ tokenStore: stuck });
    const error = await client.fhir.read('Patient', ARDIANTO.ihs).catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect((error as AuthenticationError).reason).toBe('oauth.v2.InvalidAccessToken');
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Patient']).toBe(2);
  });

  it('does not refresh when the token lacks the API product; that is a configuration problem', async () => {
    const h = await startHarness({
      sim: {
        clients: [
          {
            clientId: 'no-kfa',
            clientSecret: 'no-kfa-secret-value',
            organizationId: '10080055',
            products: ['fhir'],
          },
        ],
      },
    });
    const error = await h.client.kfa.searchProducts({ keyword: 'para' }).catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect((error as AuthenticationError).reason).toBe(
      'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound',
    );
    expect(h.sim.stats.tokenRequests).toBe(1);
  });

  it('shares one token between two clients through a shared token store', async () => {
    const h = await startHarness();
    const store = new MemoryTokenStore();
    const a = h.newClient({ tokenStore: store });
    const b = h.newClient({ tokenStore: store });
    await a.fhir.read('Patient', ARDIANTO.ihs);
    await b.fhir.read('Patient', ARDIANTO.ihs);
    expect(h.sim.stats.tokenRequests).toBe(1);
  });

  it('reports a wrong client secret as an authentication error that does not contain the secret', async () => {
    const h = await startHarness();
    const secret = 'wrong-secret-4f1c9a';
    const error = await h
      .newClient({ clientSecret: secret })
      .fhir.read('Patient', ARDIANTO.ihs)
      .catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/client_id or client_secret/);
    expect(JSON.stringify(error) + String(error)).not.toContain(secret);
  });

  it('reports an unknown client id as an authentication error', async () => {
    const h = await startHarness();
    const error = await h
      .newClient({ clientId: 'nobody' })
      .fhir.read('Patient', ARDIANTO.ihs)
      .catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect((error as AuthenticationError).reason).toBe('invalid_client');
  });
});
