import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

describe('pCare reference lists, referral facilities and Prolanis against the simulator', () => {
  let bed: BpjsTestBed;
  beforeAll(async () => {
    bed = await startBpjs();
  });
  afterAll(() => bed.close());

  it('pages poli, doctors and providers with start and limit', async () => {
    const first = await bed.client.pcare.references.poli({ start: 0, limit: 2 });
    const rest = await bed.client.pcare.references.poli({ start: 2, limit: 10 });
    expect(first.items).toHaveLength(2);
    expect(first.count).toBe(first.items.length + rest.items.length);
    expect(first.items[0]).toEqual({ code: '001', name: 'UMUM', sick: true });
    expect((await bed.client.pcare.references.doctors()).items.map((d) => d.code)).toContain('900001');
    expect((await bed.client.pcare.references.providers()).items[0]).toEqual({
      code: '0189U001',
      name: 'Klinik Pratama SehatKit (Simulator)',
    });
  });

  it('reads consciousness, discharge statuses (outpatient and inpatient) and prognoses', async () => {
    expect((await bed.client.pcare.references.consciousness()).items[0]).toEqual({
      code: '01',
      name: 'Compos mentis',
    });
    const outpatient = await bed.client.pcare.references.dischargeStatuses(false);
    const inpatient = await bed.client.pcare.references.dischargeStatuses(true);
    expect(outpatient.items.map((s) => s.code)).toContain('4');
    expect(inpatient.items.map((s) => s.name)).toContain('Meninggal');
    expect(outpatient.items.map((s) => s.name)).not.toContain('Meninggal');
    expect((await bed.client.pcare.references.prognoses()).count).toBeGreaterThan(0);
  });

  it('reads specialists, their sub-specialties, facilities and special referral kinds', async () => {
    const specialists = await bed.client.pcare.references.specialists();
    expect(specialists.items.map((s) => s.code)).toContain('INT');
    const subs = await bed.client.pcare.references.subSpecialists('INT');
    expect(subs.items[0]).toEqual({ code: '26', name: 'PENYAKIT DALAM', referralPoliCode: 'INT' });
    expect((await bed.client.pcare.references.facilities()).count).toBeGreaterThan(0);
    expect((await bed.client.pcare.references.specialReferralKinds()).items.map((k) => k.code)).toEqual(
      expect.arrayContaining(['IGD', 'HDL', 'THA', 'HEM']),
    );
  });

  it('searches diagnoses by code or by name, with spaces in the query', async () => {
    const byCode = await bed.client.pcare.references.diagnoses('J06');
    expect(byCode.items[0]).toEqual({
      code: 'J06.9',
      name: 'Acute upper respiratory infection, unspecified',
      nonSpecialist: true,
    });
    const byName = await bed.client.pcare.references.diagnoses('common cold');
    expect(byName.items.map((d) => d.code)).toEqual(['J00']);
    expect((await bed.client.pcare.references.diagnoses('zzzz')).items).toEqual([]);
  });

  it('reads the three allergy lists', async () => {
    for (const kind of ['food', 'air', 'drug'] as const) {
      const list = await bed.client.pcare.references.allergies(kind);
      expect(list.items[0]).toEqual({ code: '00', name: 'Tidak Ada' });
    }
  });

  it('finds hospitals for a sub-specialist referral and for special referrals, THA included', async () => {
    const date = todayInJakarta(3);
    const forSub = await bed.client.pcare.referralFacilities.forSubSpecialist({
      subSpecialistCode: '26',
      facilityCode: '1',
      estimatedDate: date,
    });
    expect(forSub.items.map((h) => h.code)).toEqual(['0189R001', '0189R002']);
    expect(forSub.items[0]).toMatchObject({
      hospitalClass: 'B',
      schedule: 'Senin-Sabtu 08:00-14:00',
      capacity: 120,
    });
    const member = seedMember('activePbi').cardNumber;
    const hdl = await bed.client.pcare.referralFacilities.forSpecialReferral({
      specialCode: 'HDL',
      memberNumber: member,
      estimatedDate: date,
    });
    expect(hdl.items.map((h) => h.code)).toEqual(['0189R001']);
    const tha = await bed.client.pcare.referralFacilities.forSpecialReferral({
      specialCode: 'THA',
      subSpecialistCode: '3',
      memberNumber: member,
      estimatedDate: date,
    });
    expect(tha.items.map((h) => h.code)).toEqual(['0189R001']);
    expect(bed.sim.requests().at(-1)?.path).toContain('/khusus/THA/subspesialis/3/noKartu/');
  });

  it('runs a Prolanis activity: clubs, add, participants, list by month, delete', async () => {
    const clubs = await bed.client.pcare.prolanis.clubs('diabetes');
    const club = clubs.items[0];
    expect(club).toMatchObject({
      program: { code: '01', name: 'Diabetes Melitus' },
      leader: { name: 'Hj. Siti Aminah' },
    });
    const date = todayInJakarta();
    const { eduId } = await bed.client.pcare.prolanis.addActivity({
      clubId: club?.clubId as string,
      date,
      kind: 'educationAndExercise',
      program: 'diabetes',
      topic: 'Diet diabetes',
      speaker: 'dr. Ratna Sari',
      location: 'Aula klinik',
      cost: 150_000,
    });
    const member = seedMember('elderlyDiabetes').cardNumber;
    await bed.client.pcare.prolanis.addParticipant({ eduId, memberNumber: member });
    expect((await bed.client.pcare.prolanis.participants(eduId)).items).toEqual([
      { memberNumber: member, name: 'NANCY WANG' },
    ]);
    const month = await bed.client.pcare.prolanis.activities(date);
    expect(month.items.find((a) => a.eduId === eduId)).toMatchObject({
      activity: { code: '11', name: 'Penyuluhan dan Senam' },
      group: { code: '01' },
      topic: 'Diet diabetes',
      cost: 150_000,
    });
    await bed.client.pcare.prolanis.deleteParticipant({ eduId, memberNumber: member });
    expect((await bed.client.pcare.prolanis.participants(eduId)).items).toEqual([]);
    await bed.client.pcare.prolanis.deleteActivity(eduId);
    expect(
      (await bed.client.pcare.prolanis.activities(date)).items.find((a) => a.eduId === eduId),
    ).toBeUndefined();
  });
});
