import { afterEach, describe, expect, it } from 'vitest';
import { type CachedToken, MemoryTokenStore, type TokenStore } from '../../../src/satusehat/auth/token-store';
import {
  ARDIANTO,
  capturingLogger,
  closeHarnesses,
  DR_ALEXANDER,
  finishedVisit,
  startHarness,
} from './harness';

afterEach(closeHarnesses);

describe('SATUSEHAT client secrecy', () => {
  it('keeps the client secret, access tokens and NIKs out of every log line and error message', async () => {
    const logger = capturingLogger();
    const h = await startHarness();
    // Records every access token the client obtains, so the test can look for them in the output.
    const tokens: string[] = [];
    const inner = new MemoryTokenStore();
    const recording: TokenStore = {
      get: (key) => inner.get(key),
      set: (key, token: CachedToken) => {
        tokens.push(token.accessToken);
        inner.set(key, token);
      },
      delete: (key) => inner.delete(key),
    };
    const client = h.newClient({ logger, tokenStore: recording });
    const wrong = h.newClient({ logger, clientSecret: `${h.sim.credentials.clientSecret}-typo` });
    const errors: unknown[] = [];
    const attempt = async (work: Promise<unknown>) => {
      await work.catch((e: unknown) => errors.push(e));
    };

    await attempt(client.lookups.patientByNik(ARDIANTO.nik));
    await attempt(client.lookups.practitionerByNik(DR_ALEXANDER.nik));
    await attempt(client.lookups.patientByNik('3171999999999999'));
    await attempt(client.kyc.challengeCode({ nik: ARDIANTO.nik, name: ARDIANTO.name }));
    await attempt(client.kyc.challengeCode({ nik: '3171999999999999', name: 'Tidak Ada' }));
    await attempt(client.kyc.generateUrl({ agentName: 'Petugas', agentNik: '3171012345678901' }));
    await attempt(client.visits.sync(finishedVisit(h.sim)));
    await attempt(
      client.visits.sync(finishedVisit(h.sim, { patient: { nik: '3171888888888888', name: 'Tak Dikenal' } })),
    );
    await attempt(client.visits.sync(finishedVisit(h.sim, { patient: { nik: '12', name: 'x' } })));
    h.sim.faults.revokeTokens();
    await attempt(
      client.fhir.search('Patient', { identifier: `https://fhir.kemkes.go.id/id/nik|${ARDIANTO.nik}` }),
    );
    h.sim.faults.serverError('GET /fhir-r4/v1/Patient', { times: 3 });
    await attempt(client.lookups.patientByNik(ARDIANTO.nik));
    await attempt(wrong.lookups.patientByNik(ARDIANTO.nik));
    await attempt(
      client.fhir.create({
        resourceType: 'Encounter',
        status: 'arrived',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
        subject: { reference: 'Patient/P02478375538' },
        identifier: [{ system: 'http://sys-ids.kemkes.go.id/encounter/999', value: ARDIANTO.nik }],
      }),
    );

    expect(errors.length).toBeGreaterThanOrEqual(6);
    expect(tokens).toHaveLength(2);
    const text = [
      ...logger.lines,
      ...errors.flatMap((e) => [String(e), (e as Error).message, JSON.stringify(e)]),
    ].join('\n');
    expect(logger.lines.length).toBeGreaterThan(10);
    const forbidden = [
      h.sim.credentials.clientSecret,
      ARDIANTO.nik,
      DR_ALEXANDER.nik,
      '3171999999999999',
      '3171888888888888',
      '3171012345678901',
      ...tokens,
    ];
    for (const secret of forbidden) expect(text, `leaked ${secret.slice(0, 4)}…`).not.toContain(secret);
  });
});
