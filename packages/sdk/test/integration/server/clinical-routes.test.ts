import { type BpjsSimulator, startBpjsSimulator } from '@sehatkit/sandbox/bpjs';
import { type SatuSehatSimulator, startSatuSehatSimulator } from '@sehatkit/sandbox/satusehat';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import type { Logger } from '../../../src/logging/logger';
import { SatuSehatClient } from '../../../src/satusehat/client';
import { createSehatHandler, type SehatHandler } from '../../../src/server/create-handler';

// The BPJS and SATUSEHAT routes of the server handler, against both simulators on loopback.

let bpjsSim: BpjsSimulator;
let satusehatSim: SatuSehatSimulator;
let handler: SehatHandler;
const lines: string[] = [];

const logger: Logger = {
  debug: (m, f) => lines.push(`debug ${m} ${JSON.stringify(f ?? {})}`),
  info: (m, f) => lines.push(`info ${m} ${JSON.stringify(f ?? {})}`),
  warn: (m, f) => lines.push(`warn ${m} ${JSON.stringify(f ?? {})}`),
  error: (m, f) => lines.push(`error ${m} ${JSON.stringify(f ?? {})}`),
};

const post = (path: string, body: unknown) =>
  handler(
    new Request(`http://clinic.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer staff' },
      body: JSON.stringify(body),
    }),
  );

beforeAll(async () => {
  bpjsSim = await startBpjsSimulator();
  satusehatSim = await startSatuSehatSimulator();
  const c = bpjsSim.credentials;
  handler = createSehatHandler({
    logger,
    authorize: (request) => request.headers.get('authorization') === 'Bearer staff' && { id: 'dr-ani' },
    secrets: [c.consSecret, c.pcarePassword, satusehatSim.credentials.clientSecret],
    bpjs: new BpjsClient({
      baseUrls: bpjsSim.urls,
      consId: c.consId,
      consSecret: c.consSecret,
      pcare: { username: c.pcareUsername, password: c.pcarePassword, userKey: c.userKeys.pcare },
      retry: { limit: 0 },
      logger,
    }),
    satusehat: new SatuSehatClient({ baseUrl: satusehatSim.url, ...satusehatSim.credentials, logger }),
  });
});

afterAll(async () => {
  await bpjsSim?.close();
  await satusehatSim?.close();
});

beforeEach(() => bpjsSim.faults.clear());

const seeded = (key: string) => {
  const member = bpjsSim.members.find((m) => m.key === key);
  if (!member) throw new Error(`no seeded member ${key}`);
  return member;
};

describe('BPJS member routes against the simulator', () => {
  it('returns an active member by card number without phone or blood type', async () => {
    const member = seeded('activePbi');
    const res = await post('/bpjs/members/lookup', { cardNumber: member.cardNumber });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.member).toMatchObject({
      memberNumber: member.cardNumber,
      active: true,
      careClass: { code: member.careClass.kode },
      primaryCareProvider: { code: member.provider.kdProvider },
      arrears: 0,
    });
    expect(body.member).not.toHaveProperty('phone');
    expect(body.member).not.toHaveProperty('bloodType');
  });

  it('returns an inactive member by NIK with the reason BPJS gives', async () => {
    const member = seeded('inactive');
    const res = await post('/bpjs/members/lookup', { nik: member.nik });
    const body = await res.json();
    expect(body.member).toMatchObject({ active: false, statusDescription: member.statusDescription });
  });

  it('answers 404 from bpjs for an unknown member, and 5xx from bpjs when BPJS fails', async () => {
    const unknown = await post('/bpjs/members/lookup', { cardNumber: '0001889999999' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', source: 'bpjs' });
    bpjsSim.faults.serverError();
    const down = await post('/bpjs/members/lookup', { cardNumber: seeded('activePbi').cardNumber });
    expect(down.status).toBeGreaterThanOrEqual(502);
    expect(await down.json()).toMatchObject({ code: 'TRANSPORT_FAILED', source: 'bpjs' });
  });

  it('hands out an i-Care link for a member', async () => {
    const res = await post('/bpjs/icare', { cardNumber: seeded('activePbi').cardNumber });
    expect(res.status).toBe(200);
    expect((await res.json()).url).toMatch(/^https?:\/\//);
  });
});

describe('SATUSEHAT patient route against the simulator', () => {
  it('finds the IHS number of a sandbox patient by NIK, and 404s for an unknown one', async () => {
    const res = await post('/satusehat/patients/lookup', { nik: '9271060312000001' });
    expect(res.status).toBe(200);
    expect((await res.json()).patient).toMatchObject({ ihsNumber: 'P02478375538', gender: 'male' });
    const unknown = await post('/satusehat/patients/lookup', { nik: '9999999999999999' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', source: 'satusehat' });
  });
});

describe('logs of the clinical routes', () => {
  it('carry no card number, NIK, consumer secret, password or client secret', async () => {
    const everything = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    const c = bpjsSim.credentials;
    const members = bpjsSim.members.flatMap((m) => [m.cardNumber, m.nik]);
    for (const secret of [
      ...members,
      '0001889999999',
      '9999999999999999',
      c.consSecret,
      c.pcarePassword,
      c.userKeys.pcare,
      satusehatSim.credentials.clientSecret,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
