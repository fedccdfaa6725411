import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterEach, describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import {
  isAuthenticationError,
  isDecryptionError,
  isRateLimitError,
  isTransportError,
} from '../../../src/errors/guards';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

const card = seedMember('activePbi').cardNumber;

describe('BPJS transport against the simulator', () => {
  let bed: BpjsTestBed | undefined;
  afterEach(() => bed?.close());

  it('is refused when the host clock is off, and works once the offset corrects it', async () => {
    // The simulator's clock runs 10 minutes ahead of the host's; it tolerates 5 minutes of skew.
    bed = await startBpjs({ simulator: { clock: { now: () => Date.now() + 600_000 } } });
    const refused = await bed.client.pcare.members.byCardNumber(card).catch((e) => e);
    expect(isAuthenticationError(refused)).toBe(true);
    expect(refused.message).toContain('outside the allowed window');

    const corrected = new BpjsClient({ ...bed.options, timestampOffsetSeconds: 600 });
    expect((await corrected.pcare.members.byCardNumber(card)).memberNumber).toBe(card);
  });

  it("with timestampOffsetSeconds 'auto', learns BPJS's clock from its first answer and is accepted after it", async () => {
    bed = await startBpjs({ simulator: { clock: { now: () => Date.now() + 600_000 } } });
    const client = new BpjsClient({ ...bed.options, timestampOffsetSeconds: 'auto' });
    // The first request can only guess: it is refused, but its answer's Date header tells the offset.
    expect(isAuthenticationError(await client.pcare.members.byCardNumber(card).catch((e) => e))).toBe(true);
    expect(Math.abs(client.clockOffsetSeconds - 600)).toBeLessThanOrEqual(1);
    expect((await client.pcare.members.byCardNumber(card)).memberNumber).toBe(card);
  });

  it('warns once, without secrets, when a fixed offset disagrees with the clock in the answers', async () => {
    bed = await startBpjs({ simulator: { clock: { now: () => Date.now() - 120_000 } } });
    const lines: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger = {
      debug() {},
      info() {},
      error() {},
      warn: (message: string, fields?: Record<string, unknown>) =>
        lines.push({ message, ...(fields ? { fields } : {}) }),
    };
    const client = new BpjsClient({ ...bed.options, logger });
    // Two minutes behind is inside the simulator's 5-minute window: the calls work, and the log says why
    // they would not with a stricter server.
    expect((await client.pcare.members.byCardNumber(card)).memberNumber).toBe(card);
    await client.pcare.members.byCardNumber(card);
    const warnings = lines.filter((l) => l.message === 'bpjs clock disagrees');
    expect(warnings).toHaveLength(1);
    expect(Math.abs(Number(warnings[0]?.fields?.observedOffsetSeconds) + 120)).toBeLessThanOrEqual(1);
    expect(JSON.stringify(lines)).not.toContain(bed.options.consSecret);
    expect(client.clockOffsetSeconds).toBe(0);
  });

  it("refuses an offset that is neither whole seconds nor 'auto', naming the field", async () => {
    bed = await startBpjs();
    const options = bed.options;
    expect(() => new BpjsClient({ ...options, timestampOffsetSeconds: 1.5 })).toThrow(
      /timestampOffsetSeconds/,
    );
    const unchecked = { ...options, timestampOffsetSeconds: 'yes' } as unknown as typeof options;
    expect(() => new BpjsClient(unchecked)).toThrow(/timestampOffsetSeconds/);
  });

  it('decrypts with the timestamp it sent even when the clock moves on before the answer', async () => {
    bed = await startBpjs();
    // Every reading of this clock is 1.5 s later than the one before: a second reading for the key would miss.
    let now = Date.now();
    const ticking = {
      now: () => {
        now += 1500;
        return now;
      },
    };
    const client = new BpjsClient({ ...bed.options, clock: ticking });
    expect((await client.pcare.members.byCardNumber(card)).memberNumber).toBe(card);
  });

  it('refuses a wrong consumer secret as an authentication error', async () => {
    bed = await startBpjs();
    const client = new BpjsClient({ ...bed.options, consSecret: 'not-the-secret' });
    const error = await client.pcare.members.byCardNumber(card).catch((e) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.message).toContain('X-signature');
  });

  it('refuses a wrong pCare password and a wrong user key', async () => {
    bed = await startBpjs();
    const badLogin = new BpjsClient({
      ...bed.options,
      pcare: { ...bed.options.pcare, password: 'wrong-password' },
    });
    expect(isAuthenticationError(await badLogin.pcare.references.prognoses().catch((e) => e))).toBe(true);
    const badKey = new BpjsClient({
      ...bed.options,
      pcare: { ...bed.options.pcare, userKey: 'wrong-user-key' },
    });
    const error = await badKey.pcare.references.prognoses().catch((e) => e);
    expect(isAuthenticationError(error)).toBe(true);
  });

  it('explains an unknown cons-id as "not registered for this service"', async () => {
    bed = await startBpjs();
    const client = new BpjsClient({ ...bed.options, consId: '99999' });
    const error = await client.pcare.references.prognoses().catch((e) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.reason).toBe('service_not_registered');
  });

  it('keeps the Antrean user key apart from the pCare one', async () => {
    bed = await startBpjs();
    const swapped = new BpjsClient({
      ...bed.options,
      antrean: { userKey: bed.sim.credentials.userKeys.pcare },
    });
    expect(isAuthenticationError(await swapped.antrean.poli(todayInJakarta()).catch((e) => e))).toBe(true);
  });

  it('sends the content types the catalogue asks for', async () => {
    bed = await startBpjs();
    const member = seedMember('activeWorkerHypertension');
    await bed.client.pcare.members.byCardNumber(card);
    const { queueNumber } = await bed.client.pcare.registrations.add({
      memberNumber: member.cardNumber,
      providerCode: member.provider.kdProvider,
      date: todayInJakarta(),
      poliCode: '001',
    });
    await bed.client.pcare.registrations.delete({
      memberNumber: member.cardNumber,
      date: todayInJakarta(),
      queueNumber,
      poliCode: '001',
    });
    const types = bed.sim.requests().map((r) => `${r.method} ${r.contentType}`);
    expect(types).toEqual([
      'GET application/json; charset=utf-8',
      'POST text/plain',
      'DELETE application/json',
    ]);
  });

  it('raises a DecryptionError when the answer was encrypted with another timestamp', async () => {
    bed = await startBpjs();
    bed.sim.faults.add({ kind: 'wrong-key', route: '/pcare-rest/peserta', times: 1 });
    const error = await bed.client.pcare.members.byCardNumber(card).catch((e) => e);
    expect(isDecryptionError(error)).toBe(true);
  });

  it('turns a text/plain 5xx and an HTML error page into transport errors', async () => {
    bed = await startBpjs();
    bed.sim.faults.serverError('/pcare-rest/prognosa', { times: 1, status: 502 });
    const text = await bed.client.pcare.references.prognoses().catch((e) => e);
    expect(isTransportError(text) && text.failure).toBe('server_error');
    bed.sim.faults.htmlError('/pcare-rest/prognosa', { times: 1 });
    const html = await bed.client.pcare.references.prognoses().catch((e) => e);
    expect(isTransportError(html)).toBe(true);
    expect(html.message).toContain('HTML');
  });

  it('turns an empty 200 body into a transport error rather than empty data', async () => {
    bed = await startBpjs();
    bed.sim.faults.add({ kind: 'empty-body', route: '/pcare-rest/kesadaran', times: 1 });
    const error = await bed.client.pcare.references.consciousness().catch((e) => e);
    expect(isTransportError(error) && error.failure).toBe('unexpected_body');
  });

  it('retries a GET after a 503 when retries are on', async () => {
    bed = await startBpjs({ client: { retry: { limit: 2 } } });
    const fault = bed.sim.faults.serverError('/pcare-rest/kesadaran', { times: 1 });
    expect((await bed.client.pcare.references.consciousness()).count).toBe(4);
    expect(fault.hits).toBe(1);
    expect(bed.sim.requests().filter((r) => r.path.endsWith('/kesadaran'))).toHaveLength(2);
  });

  it('never retries a POST, even when retries are on', async () => {
    bed = await startBpjs({ client: { retry: { limit: 2 } } });
    const member = seedMember('activeWorkerHypertension');
    bed.sim.faults.serverError('POST /pcare-rest/pendaftaran', { times: 1 });
    const error = await bed.client.pcare.registrations
      .add({
        memberNumber: member.cardNumber,
        providerCode: member.provider.kdProvider,
        date: todayInJakarta(),
        poliCode: '001',
      })
      .catch((e) => e);
    expect(isTransportError(error)).toBe(true);
    expect(bed.sim.requests().filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(bed.sim.arrivals().registrations).toHaveLength(0);
  });

  it('reports a 429 with its Retry-After', async () => {
    bed = await startBpjs();
    bed.sim.faults.rateLimit('/pcare-rest/kesadaran', { times: 1, waitSeconds: 7 });
    const error = await bed.client.pcare.references.consciousness().catch((e) => e);
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(7000);
  });

  it('reaches unwrapped paths through request(), signed and decrypted, with identifiers kept out of messages', async () => {
    bed = await startBpjs();
    const answer = await bed.client.request('pcare', { method: 'GET', path: '/kesadaran' });
    expect(answer).toMatchObject({ kind: 'data', code: 200, data: { count: 4 } });
    const peserta = await bed.client.request('pcare', { method: 'GET', path: `peserta/${card}` });
    expect(peserta.kind === 'data' && (peserta.data as { noKartu: string }).noKartu).toBe(card);
    bed.sim.faults.serverError('/pcare-rest/peserta', { times: 1 });
    const error = await bed.client
      .request('pcare', { method: 'GET', path: `peserta/${card}` })
      .catch((e) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error.message).not.toContain(card);
  });
});
