import type { Logger } from '@sehatkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../../src/start-sandbox';

/**
 * The demo clinic's own backend (`/demo-api`) over HTTP, against the running simulators: what the front desk
 * and the doctor pages call. The pages themselves are driven in e2e/demo-clinic.e2e.test.ts.
 */
describe('the demo clinic backend', () => {
  let sandbox: Sandbox;
  let demo: string;
  let cookie: string;
  const lines: string[] = [];
  const capture: Logger = {
    debug: (m, f) => lines.push(`${m} ${JSON.stringify(f ?? {})}`),
    info: (m, f) => lines.push(`${m} ${JSON.stringify(f ?? {})}`),
    warn: (m, f) => lines.push(`${m} ${JSON.stringify(f ?? {})}`),
    error: (m, f) => lines.push(`${m} ${JSON.stringify(f ?? {})}`),
  };

  const call = async (path: string, init: { method?: string; body?: unknown; staff?: boolean } = {}) => {
    const response = await fetch(`${demo}/demo-api${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.staff === false ? {} : { cookie }),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const example = async (key: string) => {
    const { body } = await call('/examples');
    const found = (body.examples as { key: string; registration: Record<string, unknown> }[]).find(
      (e) => e.key === key,
    );
    if (!found) throw new Error(`no example ${key}`);
    return structuredClone(found.registration) as Record<string, Record<string, unknown>>;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: capture });
    demo = sandbox.urls.demo as string;
    cookie = `${sandbox.demo.staffCookie}=${sandbox.demo.staffToken}`;
  });

  afterAll(async () => {
    await sandbox?.close();
  });

  it('answers staff routes only with the staff session; the public ones to anyone', async () => {
    expect((await call('/patients', { staff: false })).status).toBe(401);
    expect((await call('/scenarios', { staff: false })).status).toBe(200);
    const walkIn = await call('/walk-in/dr-made', { staff: false, body: { displayName: 'B' } });
    expect(walkIn.status).toBe(400);
    expect(walkIn.body).toMatchObject({ error: { issues: [{ path: 'displayName' }] } });
    // dr. Made takes walk-in video consultations in the seed: a patient gets a join token for his room.
    const admitted = await call('/walk-in/dr-made', { staff: false, body: { displayName: 'Budi Pasien' } });
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({ token: expect.any(String), practitioner: 'dr. Made Wirawan' });
    // dr. Ayu does no video consultations at all.
    expect(
      (await call('/walk-in/dr-ayu', { staff: false, body: { displayName: 'Budi Pasien' } })).status,
    ).toBe(404);
  });

  it('checked the seeded patients in at start: BPJS through pCare, the inactive member locally', async () => {
    const { body } = await call('/patients');
    const patients = body.patients as { id: string; checkIn?: { pcare: boolean; queueNumber: string } }[];
    expect(patients.find((p) => p.id === 'RM-000101')?.checkIn).toMatchObject({
      pcare: true,
      queueNumber: 'A1',
    });
    expect(patients.find((p) => p.id === 'RM-000103')?.checkIn).toMatchObject({
      pcare: false,
      queueNumber: 'U001',
    });
  });

  it('registers a patient after asking pCare about the card, and refuses the same NIK twice', async () => {
    const registration = await example('penicillin');
    const created = await call('/patients', { body: registration });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ patient: { name: 'Ardianto Putra', bpjsStatus: { active: true } } });
    const again = await call('/patients', { body: registration });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'CONFLICT', issues: [{ path: 'identity.nik' }] } });

    const id = (created.body.patient as { id: string }).id;
    const checkIn = await call(`/patients/${id}/check-in`, { body: {} });
    expect(checkIn.body).toMatchObject({
      checkIn: { pcare: true, queueNumber: expect.stringMatching(/^A\d+$/) },
    });
  });

  it('refuses a BPJS payer whose membership is inactive, on the payer field', async () => {
    const registration = await example('arrears');
    registration.other = { ...registration.other, payer: 'bpjs' };
    const refused = await call('/patients', { body: registration });
    expect(refused.status).toBe(400);
    const issue = (refused.body.error as { issues: { path: string; message: { id: string; en: string } }[] })
      .issues[0];
    expect(issue?.path).toBe('other.payer');
    expect(issue?.message.en).toContain('BPJS membership is inactive');
  });

  it('refuses an incomplete visit field by field before anything is sent', async () => {
    const refused = await call('/visits', {
      body: {
        patientId: 'RM-000101',
        startedAt: new Date().toISOString(),
        complaint: '',
        vitals: {},
        diagnoses: [],
      },
    });
    expect(refused.status).toBe(400);
    const paths = (refused.body.error as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['complaint', 'vitals.systolic', 'vitals.temperatureC', 'diagnoses']),
    );
    expect(sandbox.mailbox.messages()).toHaveLength(0);
  });

  it('sends a signed visit to SATUSEHAT and to pCare, step by step', async () => {
    const sent = await call('/visits', {
      body: {
        patientId: 'RM-000101',
        startedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        complaint: 'Kontrol tekanan darah',
        vitals: { systolic: '150', diastolic: '95', heartRate: '84', temperatureC: '36.8' },
        diagnoses: [{ code: 'I10', display: 'Essential (primary) hypertension', role: 'primary' }],
        prescription: [
          {
            id: 'rx1',
            productCode: '93100003',
            display: 'Paracetamol 500 mg Tablet (SANMOL)',
            ingredients: [{ name: 'Paracetamol', strength: '500 mg' }],
            doseAmount: '1',
            doseUnit: 'TAB',
            timesPerDay: '3',
            durationDays: '3',
            quantity: '9',
          },
        ],
      },
    });
    expect(sent.status).toBe(202);
    const id = (sent.body.visit as { id: string }).id;
    let visit: {
      status: string;
      steps: { key: string; status: string }[];
      pcare?: { drugs: { dpho: boolean }[] };
    };
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      visit = (await call(`/visits/${id}`)).body.visit as typeof visit;
    } while (visit.status === 'sending');
    expect(visit.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    // Paracetamol 500 mg is on the national formulary (DPHO): it went to pCare by its DPHO code.
    expect(visit.pcare?.drugs).toEqual([expect.objectContaining({ dpho: true, drugCode: '190100001' })]);
    expect(sandbox.urls.satusehat).toBeDefined();
    const stored = (await (await fetch(`${sandbox.urls.satusehat}/_sim/resources/Encounter`)).json()) as {
      items: { resource: { identifier: { value: string }[] } }[];
    };
    expect(stored.items.some((e) => e.resource.identifier[0]?.value === id)).toBe(true);
  });

  it('never writes a NIK, a card number or the staff token to the log', () => {
    const text = lines.join('\n');
    // Something was logged: BPJS and SATUSEHAT calls with card numbers and NIKs in their paths and bodies.
    expect(lines.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/(?<!\d)\d{16}(?!\d)|(?<!\d)\d{13}(?!\d)/);
    expect(text).not.toContain(sandbox.demo.staffToken);
  });
});
