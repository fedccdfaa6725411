import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRemoteValidationError } from '../../../src/errors/guards';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

describe('Antrean FKTP towards BPJS against the simulator', () => {
  let bed: BpjsTestBed;
  const date = todayInJakarta(1);
  const member = seedMember('activePbi');
  const entry = {
    memberNumber: member.cardNumber,
    nik: member.nik,
    phone: member.phone,
    poliCode: '001',
    poliName: 'UMUM',
    medicalRecordNumber: 'RM-000011',
    date,
    doctorCode: 900001,
    doctorName: 'dr. Ratna Sari',
    practiceHours: '08:00-12:00',
    queueNumber: 'A-1',
    queueSequence: 1,
  };

  beforeAll(async () => {
    bed = await startBpjs();
  });
  afterAll(() => bed.close());

  it('reads the poli and doctor references for a date', async () => {
    const poli = await bed.client.antrean.poli(date);
    expect(poli.items.map((p) => p.poliCode)).toEqual(['001', '002', '003']);
    const doctors = await bed.client.antrean.doctors('001', date);
    expect(doctors.items[0]).toEqual({
      doctorCode: 900001,
      name: 'dr. Ratna Sari',
      practiceHours: '08:00-12:00',
      capacity: 30,
    });
  });

  it('adds a queue entry on the antreanfktp service, with its own user key and content type', async () => {
    await bed.client.antrean.add(entry);
    expect(bed.sim.arrivals().antrean).toEqual([
      { date, poliCode: '001', cardNumber: member.cardNumber, queueNumber: 'A-1', status: 'menunggu' },
    ]);
    const request = bed.sim.requests().find((r) => r.path.endsWith('/antrean/add'));
    expect(request).toMatchObject({
      service: 'antrean',
      contentType: 'Application/x-www-form-urlencoded',
      code: 200,
    });
  });

  it("turns Antrean's code 201 refusal into a remote validation error with the reason", async () => {
    const error = await bed.client.antrean
      .add({ ...entry, queueNumber: 'A-2', queueSequence: 2 })
      .catch((e) => e);
    expect(isRemoteValidationError(error)).toBe(true);
    expect(error.message).toContain('Peserta sudah memiliki antrean');
  });

  it('calls the patient with waktu in milliseconds', async () => {
    const at = Date.now();
    await bed.client.antrean.call({
      date,
      poliCode: '001',
      memberNumber: member.cardNumber,
      status: 'present',
      at,
    });
    const stored = bed.sim.state.antrean[0];
    expect(stored?.status).toBe('hadir');
    expect(stored?.calledAt).toBe(at);
  });

  it('defaults waktu to now in milliseconds', async () => {
    const other = seedMember('child');
    await bed.client.antrean.add({
      ...entry,
      memberNumber: other.cardNumber,
      nik: other.nik,
      queueNumber: 'A-3',
      queueSequence: 3,
    });
    const before = Date.now();
    await bed.client.antrean.call({
      date,
      poliCode: '001',
      memberNumber: other.cardNumber,
      status: 'absent',
    });
    const stored = bed.sim.state.antrean.find((a) => a.body.nomorkartu === other.cardNumber);
    expect(stored?.status).toBe('tidak hadir');
    expect(stored?.calledAt).toBeGreaterThanOrEqual(before);
    expect(stored?.calledAt).toBeGreaterThan(1e12);
  });

  it('cancels on antrean/batal (not panggil) and refuses cancelling someone already served', async () => {
    const other = seedMember('activeWorkerHypertension');
    await bed.client.antrean.add({
      ...entry,
      memberNumber: other.cardNumber,
      nik: other.nik,
      queueNumber: 'A-4',
      queueSequence: 4,
    });
    await bed.client.antrean.cancel({
      date,
      poliCode: '001',
      memberNumber: other.cardNumber,
      reason: 'Pasien berhalangan',
    });
    expect(bed.sim.requests().at(-1)?.path).toMatch(/\/antrean\/batal$/);
    expect(bed.sim.arrivals().antrean.find((a) => a.cardNumber === other.cardNumber)?.status).toBe('batal');
    const served = await bed.client.antrean
      .cancel({ date, poliCode: '001', memberNumber: member.cardNumber, reason: 'x' })
      .catch((e) => e);
    expect(isRemoteValidationError(served)).toBe(true);
  });
});
