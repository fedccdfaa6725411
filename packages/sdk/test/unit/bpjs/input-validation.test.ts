import { beforeEach, describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import type { VisitInput } from '../../../src/bpjs/pcare/visit-input';
import { isValidationError } from '../../../src/errors/guards';
import type { ValidationError } from '../../../src/errors/validation-error';
import { noNetwork, TEST_OPTIONS } from './support/no-network';

const visit: VisitInput = {
  memberNumber: '0001880000011',
  date: '2026-03-02',
  poliCode: '001',
  complaint: 'Batuk pilek',
  consciousnessCode: '01',
  vitals: {
    systolic: 120,
    diastolic: 80,
    weightKg: 60,
    heightCm: 165,
    respiratoryRate: 20,
    heartRate: 80,
    waistCm: 75,
  },
  dischargeStatusCode: '3',
  doctorCode: '900001',
  diagnoses: ['J00'],
  prognosisCode: '02',
};

async function rejected(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error;
}

describe('BPJS inputs are validated before any I/O', () => {
  let fetch: ReturnType<typeof noNetwork>;
  let client: BpjsClient;

  beforeEach(() => {
    fetch = noNetwork();
    client = new BpjsClient({ ...TEST_OPTIONS, fetch });
  });

  it('names a card number that is not 13 digits, without repeating it', async () => {
    const error = await rejected(client.pcare.members.byCardNumber('12345'));
    expect(error.field).toBe('cardNumber');
    expect(error.message).not.toContain('12345');
    expect(fetch.calls).toBe(0);
  });

  it('names a NIK that is not 16 digits', async () => {
    expect((await rejected(client.pcare.members.byNik('92710603120000'))).field).toBe('nik');
  });

  it('rejects registration dates that are not real calendar dates', async () => {
    const error = await rejected(
      client.pcare.registrations.add({
        memberNumber: '0001880000011',
        providerCode: '0189U001',
        date: '2026-02-30',
        poliCode: '001',
      }),
    );
    expect(error.field).toBe('date');
  });

  it('rejects vitals of the wrong type or range with their path', async () => {
    const error = await rejected(
      client.pcare.registrations.add({
        memberNumber: '0001880000011',
        providerCode: '0189U001',
        date: '2026-03-02',
        poliCode: '001',
        vitals: { systolic: -1, heartRate: 80.5 },
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['vitals.systolic', 'vitals.heartRate']);
  });

  it('needs one to three diagnoses', async () => {
    expect((await rejected(client.pcare.visits.add({ ...visit, diagnoses: [] }))).field).toBe('diagnoses');
    expect(
      (await rejected(client.pcare.visits.add({ ...visit, diagnoses: ['J00', 'K30', 'I10', 'A09'] }))).field,
    ).toBe('diagnoses');
  });

  it('ties a referral to discharge status 4 (Rujuk Vertikal), both ways', async () => {
    const referral = {
      kind: 'subSpecialist' as const,
      estimatedDate: '2026-03-05',
      providerCode: '0189R001',
      subSpecialistCode: '26',
    };
    expect((await rejected(client.pcare.visits.add({ ...visit, referral }))).field).toBe(
      'dischargeStatusCode',
    );
    expect((await rejected(client.pcare.visits.add({ ...visit, dischargeStatusCode: '4' }))).field).toBe(
      'referral',
    );
  });

  it('checks TACC reasons against the kind', async () => {
    const referred = {
      ...visit,
      dischargeStatusCode: '4',
      referral: {
        kind: 'subSpecialist' as const,
        estimatedDate: '2026-03-05',
        providerCode: '0189R001',
        subSpecialistCode: '26',
      },
    };
    const wrongReason = await rejected(
      client.pcare.visits.add({ ...referred, tacc: { kind: 'age', reason: '< 3 Hari' } as never }),
    );
    expect(wrongReason.field).toBe('tacc.reason');
    const badComplication = await rejected(
      client.pcare.visits.add({ ...referred, tacc: { kind: 'complication', reason: 'diabetes' } }),
    );
    expect(badComplication.field).toBe('tacc.reason');
    const withoutReferral = await rejected(
      client.pcare.visits.add({ ...visit, tacc: { kind: 'time', reason: '< 3 Hari' } }),
    );
    expect(withoutReferral.field).toBe('tacc');
  });

  it('asks THA and HEM referrals for a sub-specialty', async () => {
    const error = await rejected(
      client.pcare.visits.add({
        ...visit,
        dischargeStatusCode: '4',
        referral: {
          kind: 'special',
          estimatedDate: '2026-03-05',
          providerCode: '0189R001',
          specialCode: 'THA',
        },
      }),
    );
    expect(error.field).toBe('referral.subSpecialistCode');
  });

  it('needs a drug code for DPHO drugs and a name for the others', async () => {
    const base = { visitNumber: '0189U0010326Y000001', timesPerDay: 3, amountPerTime: 1, quantity: 10 };
    expect((await rejected(client.pcare.drugs.add(base))).field).toBe('drugCode');
    expect((await rejected(client.pcare.drugs.add({ ...base, dpho: false }))).field).toBe('nonDphoName');
  });

  it('validates Antrean entries: yyyy-mm-dd dates, integer doctor codes, practice hours', async () => {
    const error = await rejected(
      client.antrean.add({
        memberNumber: '0001880000011',
        nik: '9271060312000001',
        phone: '081200000011',
        poliCode: '001',
        poliName: 'UMUM',
        medicalRecordNumber: 'RM-001',
        date: '02-03-2026',
        doctorCode: 1.5,
        doctorName: 'dr. Ratna',
        practiceHours: '8-12',
        queueNumber: 'A-1',
        queueSequence: 1,
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['date', 'doctorCode', 'practiceHours']);
  });

  it('validates i-Care requests', async () => {
    expect((await rejected(client.icare.validate({ memberNumber: 'abc' }))).field).toBe('memberNumber');
  });

  it('sent nothing over the network in any of these cases', () => {
    expect(fetch.calls).toBe(0);
  });
});
