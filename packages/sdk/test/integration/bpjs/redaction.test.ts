import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import type { Logger } from '../../../src/logging/logger';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

/** A logger that keeps every line as text, the way a log shipper would see it. */
function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  };
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') };
}

describe('no secret, password or member number in logs or error messages', () => {
  let bed: BpjsTestBed;
  const logger = capturingLogger();
  const errors: string[] = [];
  const members = [seedMember('activeWorkerHypertension'), seedMember('inactive'), seedMember('activePbi')];

  beforeAll(async () => {
    bed = await startBpjs({ client: { logger, retry: { limit: 1 } } });
  });
  afterAll(() => bed.close());

  const attempt = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      errors.push(String((error as Error).message), JSON.stringify(error));
    }
  };

  it('exercises successes and every kind of failure with a debug-level logger', async () => {
    const c = bed.client;
    const today = todayInJakarta();
    const [worker, inactive, pbi] = members as [
      (typeof members)[0],
      (typeof members)[0],
      (typeof members)[0],
    ];
    await attempt(() => c.pcare.members.byCardNumber(worker.cardNumber));
    await attempt(() => c.pcare.members.byNik(worker.nik));
    await attempt(() => c.pcare.members.byCardNumber('0009999999999'));
    await attempt(() =>
      c.pcare.registrations.add({
        memberNumber: inactive.cardNumber,
        providerCode: inactive.provider.kdProvider,
        date: today,
        poliCode: '001',
      }),
    );
    await attempt(() => c.pcare.visits.history(pbi.cardNumber));
    await attempt(() => c.icare.validate({ memberNumber: pbi.cardNumber }));
    await attempt(() => c.pcare.members.byCardNumber('12345'));
    bed.sim.faults.add({ kind: 'wrong-key', route: '/pcare-rest/peserta', times: 1 });
    await attempt(() => c.pcare.members.byCardNumber(worker.cardNumber));
    bed.sim.faults.serverError('/pcare-rest/peserta', { times: 2 });
    await attempt(() => c.pcare.members.byNik(pbi.nik));
    bed.sim.faults.htmlError('/pcare-rest/kunjungan', { times: 1 });
    await attempt(() => c.pcare.visits.history(worker.cardNumber));
    const badSecret = new BpjsClient({ ...bed.options, consSecret: 'wrong-secret-value', logger });
    await attempt(() => badSecret.pcare.members.byCardNumber(worker.cardNumber));
    const badPassword = new BpjsClient({
      ...bed.options,
      pcare: { ...bed.options.pcare, password: 'Wr0ng#Password' },
      logger,
    });
    await attempt(() => badPassword.pcare.members.byCardNumber(worker.cardNumber));
    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(logger.lines.length).toBeGreaterThan(10);
  });

  it('kept every secret and identifier out of what it wrote', () => {
    const cred = bed.sim.credentials;
    const forbidden = [
      cred.consSecret,
      cred.pcarePassword,
      cred.userKeys.pcare,
      cred.userKeys.antrean,
      'wrong-secret-value',
      'Wr0ng#Password',
      Buffer.from(`${cred.pcareUsername}:${cred.pcarePassword}:095`).toString('base64'),
      '0009999999999',
      ...members.flatMap((m) => [m.cardNumber, m.nik]),
    ];
    const written = [...logger.lines, ...errors];
    for (const value of forbidden) {
      const leaks = written.filter((line) => line.includes(value));
      expect(leaks, `leaked ${value.slice(0, 3)}…`).toEqual([]);
    }
    // The masked form shows the lines did talk about those members.
    expect(written.some((line) => line.includes('*********0022'))).toBe(true);
  });
});
