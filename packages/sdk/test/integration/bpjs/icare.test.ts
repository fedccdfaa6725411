import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterEach, describe, expect, it } from 'vitest';
import { isRateLimitError, isRemoteValidationError } from '../../../src/errors/guards';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

describe('i-Care against the simulator', () => {
  let bed: BpjsTestBed | undefined;
  afterEach(() => bed?.close());

  it('returns a URL that opens the member history, including a visit recorded over pCare', async () => {
    bed = await startBpjs();
    const member = seedMember('activePbi');
    const today = todayInJakarta();
    await bed.client.pcare.registrations.add({
      memberNumber: member.cardNumber,
      providerCode: member.provider.kdProvider,
      date: today,
      poliCode: '001',
    });
    await bed.client.pcare.visits.add({
      memberNumber: member.cardNumber,
      date: today,
      poliCode: '001',
      dischargeStatusCode: '3',
      doctorCode: '900001',
      diagnoses: ['J00'],
      prognosisCode: '01',
    });

    const { url } = await bed.client.icare.validate({ memberNumber: member.cardNumber, doctorCode: 900001 });
    expect(url).toMatch(/\?token=[\w-]+$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(member.name);
    expect(html).toContain('Acute nasopharyngitis');
    const request = bed.sim.requests().find((r) => r.service === 'icare');
    expect(request?.contentType).toBe('Application/json');
  });

  it('refuses a history link whose token has expired', async () => {
    let now = Date.now();
    bed = await startBpjs({ simulator: { clock: { now: () => now }, icareLinkSeconds: 60 } });
    const { url } = await bed.client.icare.validate({ memberNumber: seedMember('activePbi').cardNumber });
    now += 61_000;
    expect((await fetch(url)).status).toBe(401);
  });

  it("turns i-Care's HH:MM:SS wait into a RateLimitError with retryAfterMs", async () => {
    bed = await startBpjs({ simulator: { icareMinIntervalSeconds: 90 } });
    const card = seedMember('activePbi').cardNumber;
    await bed.client.icare.validate({ memberNumber: card });
    const error = await bed.client.icare.validate({ memberNumber: card }).catch((e) => e);
    expect(isRateLimitError(error)).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(85_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('does the same for the injected icare-wait fault', async () => {
    bed = await startBpjs();
    bed.sim.faults.icareWait(3725, { times: 1 });
    const error = await bed.client.icare
      .validate({ memberNumber: seedMember('activePbi').cardNumber })
      .catch((e) => e);
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(3_725_000);
  });

  it('reports an unknown member as a remote validation error', async () => {
    bed = await startBpjs();
    const error = await bed.client.icare.validate({ memberNumber: '0009999999999' }).catch((e) => e);
    expect(isRemoteValidationError(error)).toBe(true);
  });
});
