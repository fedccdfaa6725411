import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BpjsSimulator, seedMember, startBpjsSimulator } from '../../../src/bpjs/index';
import { meta, raw, todayIso } from './support/raw-client';

describe('Antrean FKTP, i-Care and faults on the simulator', () => {
  let sim: BpjsSimulator;
  const member = seedMember('activePbi');
  const date = todayIso(1);
  const entry = {
    nomorkartu: member.cardNumber,
    nik: member.nik,
    nohp: member.phone,
    kodepoli: '001',
    namapoli: 'UMUM',
    norm: 'RM-1',
    tanggalperiksa: date,
    kodedokter: 900001,
    namadokter: 'dr. Ratna Sari',
    jampraktek: '08:00-12:00',
    nomorantrean: 'A-1',
    angkaantrean: 1,
    keterangan: '',
  };

  beforeAll(async () => {
    sim = await startBpjsSimulator();
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.clear());

  it('accepts antrean/add with the form content type and a JSON body, answering lower-case metadata', async () => {
    const reply = await raw(sim, 'antrean', 'POST', 'antrean/add', {
      body: entry,
      contentType: 'Application/x-www-form-urlencoded',
    });
    expect(reply.json).toEqual({ response: null, metadata: { message: 'Ok', code: 200 } });
  });

  it('refuses a panggil whose waktu is in seconds', async () => {
    const body = { tanggalperiksa: date, kodepoli: '001', nomorkartu: member.cardNumber, status: 1 };
    const seconds = await raw(sim, 'antrean', 'POST', 'antrean/panggil', {
      body: { ...body, waktu: Math.floor(Date.now() / 1000) },
    });
    expect(seconds.json?.metadata).toEqual({ message: 'waktu harus timestamp dalam milidetik', code: 201 });
    const ms = await raw(sim, 'antrean', 'POST', 'antrean/panggil', { body: { ...body, waktu: Date.now() } });
    expect(meta(ms).code).toBe(200);
  });

  it('refuses a doctor schedule that does not exist and a second entry for the same patient', async () => {
    const noSlot = await raw(sim, 'antrean', 'POST', 'antrean/add', {
      body: { ...entry, jampraktek: '20:00-21:00' },
    });
    expect(meta(noSlot).code).toBe(201);
    const twice = await raw(sim, 'antrean', 'POST', 'antrean/add', {
      body: { ...entry, nomorantrean: 'A-9', angkaantrean: 9 },
    });
    expect(meta(twice).message).toContain('sudah memiliki antrean');
  });

  it('answers i-Care with an encrypted URL whose page shows the member', async () => {
    const reply = await raw(sim, 'icare', 'POST', 'api/pcare/validate', {
      body: { param: member.cardNumber, kodedokter: 900001 },
    });
    const url = (reply.data as { url: string }).url;
    expect(url.startsWith(`${sim.url}/mobile-faskes/IHS/riwayat?token=`)).toBe(true);
    const page = await fetch(url);
    expect(await page.text()).toContain(member.name);
    expect(sim.arrivals().icareLinks).toEqual([{ cardNumber: member.cardNumber, views: 1 }]);
    expect((await fetch(`${sim.url}/mobile-faskes/IHS/riwayat?token=forged`)).status).toBe(401);
  });

  it('needs kodedokter on the FKRTL variant and accepts a NIK there', async () => {
    expect(
      (await raw(sim, 'icare', 'POST', 'api/rs/validate', { body: { param: member.cardNumber } })).status,
    ).toBe(412);
    const byNik = await raw(sim, 'icare', 'POST', 'api/rs/validate', {
      body: { param: member.nik, kodedokter: 12345 },
    });
    expect(byNik.data).toMatchObject({ url: expect.stringContaining('token=') });
  });

  it('applies a route fault only to its route and only as many times as asked', async () => {
    const fault = sim.faults.serverError('GET /pcare-rest/kesadaran', {
      times: 1,
      body: 'no healthy upstream',
    });
    const failed = await raw(sim, 'pcare', 'GET', 'kesadaran');
    expect([failed.status, failed.text]).toEqual([503, 'no healthy upstream']);
    expect((await raw(sim, 'pcare', 'GET', 'prognosa')).status).toBe(200);
    expect((await raw(sim, 'pcare', 'GET', 'kesadaran')).status).toBe(200);
    expect(fault.hits).toBe(1);
    expect(sim.faults.active).toHaveLength(0);
  });

  it('switches a fault on for one request with the X-Simulator-Fault header', async () => {
    const html = await raw(sim, 'pcare', 'GET', 'kesadaran', {
      headers: { 'X-Simulator-Fault': 'html-error' },
    });
    expect(html.status).toBe(500);
    expect(html.contentType).toContain('text/html');
    const limited = await raw(sim, 'pcare', 'GET', 'kesadaran', {
      headers: { 'X-Simulator-Fault': 'rate-limit=9' },
    });
    expect(limited.status).toBe(429);
    const wait = await raw(sim, 'icare', 'POST', 'api/pcare/validate', {
      body: { param: member.cardNumber },
      headers: { 'X-Simulator-Fault': 'icare-wait=3725' },
    });
    expect(wait.json?.metaData).toEqual({ code: 412, message: 'Silakan coba kembali setelah 01:02:05' });
  });

  it('encrypts with timestamp + 1 under the wrong-key fault', async () => {
    sim.faults.add({ kind: 'wrong-key', times: 1 });
    await expect(raw(sim, 'pcare', 'GET', 'kesadaran')).rejects.toThrow();
    expect((await raw(sim, 'pcare', 'GET', 'kesadaran')).status).toBe(200);
  });

  it('delays an answer under the latency fault', async () => {
    const fault = sim.faults.latency('/pcare-rest/prognosa', 50, { times: 1 });
    expect((await raw(sim, 'pcare', 'GET', 'prognosa')).status).toBe(200);
    expect(fault.hits).toBe(1);
  });

  it('lists seeded members and arrivals for the demo over HTTP', async () => {
    const members = (await (await fetch(`${sim.url}/_sim/members`)).json()) as { key: string }[];
    expect(members.map((m) => m.key)).toContain('inactive');
    const arrivals = (await (await fetch(`${sim.url}/_sim/arrivals`)).json()) as { antrean: unknown[] };
    expect(arrivals.antrean).toHaveLength(1);
  });
});
