import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitInput } from '../../../src/bpjs/pcare/visit-input';
import { isRemoteValidationError, isValidationError } from '../../../src/errors/guards';
import type { RemoteValidationError } from '../../../src/errors/remote-validation-error';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

async function remoteRejection(promise: Promise<unknown>): Promise<RemoteValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isRemoteValidationError(error))
    throw new Error(`expected a RemoteValidationError, got ${String(error)}`);
  return error;
}

describe('a full pCare visit against the simulator', () => {
  let bed: BpjsTestBed;
  const today = todayInJakarta();
  const member = seedMember('activeWorkerHypertension');
  let queueNumber: string;
  let visitNumber: string;

  const visit = (overrides: Partial<VisitInput> = {}): VisitInput => ({
    memberNumber: member.cardNumber,
    date: today,
    poliCode: '001',
    complaint: 'Pusing dan tengkuk terasa berat',
    anamnesis: 'Riwayat hipertensi 3 tahun',
    consciousnessCode: '01',
    vitals: {
      systolic: 160,
      diastolic: 100,
      weightKg: 68.5,
      heightCm: 160,
      respiratoryRate: 20,
      heartRate: 88,
      waistCm: 90,
    },
    temperatureC: 36.7,
    dischargeStatusCode: '3',
    doctorCode: '900001',
    diagnoses: ['I10', 'R50.9'],
    prognosisCode: '02',
    drugTherapy: 'Amlodipin 1x5 mg',
    nonDrugTherapy: 'Diet rendah garam',
    ...overrides,
  });

  beforeAll(async () => {
    bed = await startBpjs();
  });
  afterAll(() => bed.close());

  it('registers the member and reads the registration back by queue number and by date', async () => {
    const added = await bed.client.pcare.registrations.add({
      memberNumber: member.cardNumber,
      providerCode: member.provider.kdProvider,
      date: today,
      poliCode: '001',
      complaint: 'Pusing',
      vitals: { systolic: 160, diastolic: 100, weightKg: 68.5, heightCm: 160 },
    });
    queueNumber = added.queueNumber;
    expect(queueNumber).toMatch(/^A\d+$/);

    const read = await bed.client.pcare.registrations.byQueueNumber(queueNumber, today);
    expect(read).toMatchObject({
      queueNumber,
      date: today,
      member: { memberNumber: member.cardNumber, name: member.name },
      poli: { code: '001', name: 'UMUM' },
      careSetting: 'outpatient',
      vitals: { systolic: 160, weightKg: 68.5 },
      status: 'Belum dilayani',
    });
    const list = await bed.client.pcare.registrations.byDate(today);
    expect(list.items.map((r) => r.queueNumber)).toContain(queueNumber);
  });

  it('refuses the same registration twice with a field-named 412', async () => {
    const error = await remoteRejection(
      bed.client.pcare.registrations.add({
        memberNumber: member.cardNumber,
        providerCode: member.provider.kdProvider,
        date: today,
        poliCode: '001',
      }),
    );
    expect(error.issues[0]?.location).toBe('noKartu');
  });

  it('refuses to register an inactive member, saying why', async () => {
    const inactive = seedMember('inactive');
    const error = await remoteRejection(
      bed.client.pcare.registrations.add({
        memberNumber: inactive.cardNumber,
        providerCode: inactive.provider.kdProvider,
        date: today,
        poliCode: '001',
      }),
    );
    expect(error.issues).toEqual([
      {
        location: 'noKartu',
        message: 'Peserta tidak aktif: TIDAK AKTIF: PENANGGUHAN PESERTA',
        severity: 'error',
      },
    ]);
  });

  it('refuses a visit for a member who was not registered at that poli, with pCare wording', async () => {
    const error = await remoteRejection(bed.client.pcare.visits.add(visit({ poliCode: '002' })));
    expect(error.issues[0]).toMatchObject({
      location: 'noKartu',
      message: 'Belum melakukan pendaftaran pada poli tersebut.',
    });
  });

  it('surfaces every bad reference code by its wire field', async () => {
    const error = await remoteRejection(
      bed.client.pcare.visits.add(
        visit({ doctorCode: '999999', diagnoses: ['I10', 'Z99.9'], prognosisCode: '09' }),
      ),
    );
    expect(error.issues.map((i) => i.location).sort()).toEqual(['kdDiag2', 'kdDokter', 'kdPrognosa']);
  });

  it('records the visit with its diagnoses and gets a visit number back', async () => {
    visitNumber = (await bed.client.pcare.visits.add(visit())).visitNumber;
    expect(visitNumber).toMatch(/^0189U001\d{4}Y\d{6}$/);
    const registration = await bed.client.pcare.registrations.byQueueNumber(queueNumber, today);
    expect(registration.status).toBe('Sudah dilayani');
  });

  it('adds drugs from the DPHO search and a non-DPHO drug, then lists them', async () => {
    const found = await bed.client.pcare.drugs.searchDpho('amlodipin');
    const amlodipine = found.items[0];
    expect(amlodipine?.name).toContain('Amlodipin');
    const line = await bed.client.pcare.drugs.add({
      visitNumber,
      drugCode: amlodipine?.code,
      timesPerDay: 1,
      amountPerTime: 1,
      quantity: 30,
    });
    await bed.client.pcare.drugs.add({
      visitNumber,
      dpho: false,
      nonDphoName: 'Vitamin B kompleks',
      timesPerDay: 1,
      amountPerTime: 1,
      quantity: 10,
    });
    const drugs = await bed.client.pcare.drugs.byVisit(visitNumber);
    expect(drugs.items).toHaveLength(2);
    expect(drugs.items[0]).toMatchObject({
      lineCode: line.lineCode,
      drug: { code: amlodipine?.code },
      quantity: 30,
      days: 30,
    });

    await bed.client.pcare.drugs.delete({ lineCode: drugs.items[1]?.lineCode as string, visitNumber });
    expect((await bed.client.pcare.drugs.byVisit(visitNumber)).items).toHaveLength(1);
  });

  it('adds, edits and deletes a procedure from the reference list', async () => {
    const reference = await bed.client.pcare.procedures.reference('outpatient');
    const glucose = reference.items.find((p) => p.withResult);
    if (!glucose) throw new Error('no procedure with a result in the reference');
    const { lineCode } = await bed.client.pcare.procedures.add({
      visitNumber,
      procedureCode: glucose.code,
      cost: 10_000,
      result: 112,
    });
    await bed.client.pcare.procedures.edit(lineCode, {
      visitNumber,
      procedureCode: glucose.code,
      cost: 10_000,
      result: 118,
      note: 'ulang',
    });
    const procedures = await bed.client.pcare.procedures.byVisit(visitNumber);
    expect(procedures.items).toEqual([
      expect.objectContaining({ lineCode, code: glucose.code, result: 118, note: 'ulang', cost: 10_000 }),
    ]);
    const tooExpensive = await remoteRejection(
      bed.client.pcare.procedures.add({
        visitNumber,
        procedureCode: glucose.code,
        cost: glucose.maxTariff + 1,
      }),
    );
    expect(tooExpensive.issues[0]?.location).toBe('biaya');
  });

  it('records an MCU and reads it back in SehatKit names', async () => {
    const { mcuCode } = await bed.client.pcare.mcu.add({
      visitNumber,
      providerCode: '0189U001',
      date: today,
      results: {
        systolic: 160,
        diastolic: 100,
        randomGlucose: 118,
        totalCholesterol: 210,
        ecg: 'Sinus rhythm',
      },
    });
    await bed.client.pcare.mcu.edit(mcuCode, {
      visitNumber,
      providerCode: '0189U001',
      date: today,
      results: { systolic: 150, diastolic: 95, ecg: 'Sinus rhythm' },
    });
    const records = await bed.client.pcare.mcu.byVisit(visitNumber);
    expect(records.items[0]).toMatchObject({
      mcuCode,
      date: today,
      results: { systolic: 150, ecg: 'Sinus rhythm' },
    });
    await bed.client.pcare.mcu.delete({ mcuCode, visitNumber });
    expect((await bed.client.pcare.mcu.byVisit(visitNumber)).items).toHaveLength(0);
  });

  it('shows the visit in the riwayat with diagnoses, doctor and vitals', async () => {
    const history = await bed.client.pcare.visits.history(member.cardNumber);
    const record = history.items.find((v) => v.visitNumber === visitNumber);
    expect(record).toMatchObject({
      date: today,
      poli: { code: '001' },
      doctor: { code: '900001', name: 'dr. Ratna Sari' },
      diagnoses: [
        { code: 'I10', name: 'Essential (primary) hypertension', nonSpecialist: true },
        { code: 'R50.9', name: 'Fever, unspecified', nonSpecialist: true },
      ],
      vitals: { systolic: 160, diastolic: 100 },
      dischargeStatus: { code: '3', name: 'Berobat Jalan' },
      prolanisProgram: { code: '02', name: 'Hipertensi' },
    });
  });

  it('edits the visit on kunjungan/v1 and reads the change', async () => {
    await bed.client.pcare.visits.edit(visitNumber, visit({ diagnoses: ['I10'] }));
    const history = await bed.client.pcare.visits.history(member.cardNumber);
    expect(history.items.find((v) => v.visitNumber === visitNumber)?.diagnoses.map((d) => d.code)).toEqual([
      'I10',
    ]);
    expect(
      bed.sim
        .requests()
        .filter((r) => r.path.endsWith('/kunjungan/v1'))
        .map((r) => r.method),
    ).toContain('PUT');
  });

  it('demands TACC when a non-specialist diagnosis is referred, then accepts it with one', async () => {
    const child = seedMember('child');
    await bed.client.pcare.registrations.add({
      memberNumber: child.cardNumber,
      providerCode: child.provider.kdProvider,
      date: today,
      poliCode: '001',
    });
    const referred = visit({
      memberNumber: child.cardNumber,
      diagnoses: ['J45.9'],
      dischargeStatusCode: '4',
      referral: {
        kind: 'subSpecialist',
        estimatedDate: todayInJakarta(2),
        providerCode: '0189R001',
        subSpecialistCode: '3',
      },
    });
    const error = await remoteRejection(bed.client.pcare.visits.add(referred));
    expect(error.issues.map((i) => i.location)).toEqual(['kdTacc']);

    const { visitNumber: referredVisit } = await bed.client.pcare.visits.add({
      ...referred,
      tacc: { kind: 'age', reason: '>= 5 Tahun s/d < 12 Tahun' },
    });
    const letter = await bed.client.pcare.visits.referralLetter(referredVisit);
    expect(letter).toMatchObject({
      provider: { code: '0189R001', name: 'RSUD Kota Sehat (Simulator)' },
      member: { memberNumber: child.cardNumber, name: child.name },
      diagnoses: [{ code: 'J45.9' }],
      tacc: { name: 'Age', reason: '>= 5 Tahun s/d < 12 Tahun' },
    });
    expect(letter.referralNumber).toMatch(/^0189U001/);
  });

  it('deletes a registration without a visit, and refuses one that has a visit', async () => {
    const pbi = seedMember('activePbi');
    const { queueNumber: q } = await bed.client.pcare.registrations.add({
      memberNumber: pbi.cardNumber,
      providerCode: pbi.provider.kdProvider,
      date: today,
      poliCode: '002',
    });
    await bed.client.pcare.registrations.delete({
      memberNumber: pbi.cardNumber,
      date: today,
      queueNumber: q,
      poliCode: '002',
    });
    expect(
      (await bed.client.pcare.registrations.byDate(today)).items.map((r) => r.queueNumber),
    ).not.toContain(q);

    const withVisit = await remoteRejection(
      bed.client.pcare.registrations.delete({
        memberNumber: member.cardNumber,
        date: today,
        queueNumber,
        poliCode: '001',
      }),
    );
    expect(withVisit.issues[0]?.location).toBe('noUrut');
  });

  it('deletes the visit, its drugs and procedures go with it', async () => {
    await bed.client.pcare.visits.delete(visitNumber);
    const history = await bed.client.pcare.visits.history(member.cardNumber);
    expect(history.items.map((v) => v.visitNumber)).not.toContain(visitNumber);
    expect((await bed.client.pcare.drugs.byVisit(visitNumber)).items).toEqual([]);
    expect(bed.sim.arrivals().registrations.find((r) => r.queueNumber === queueNumber)?.status).toBe(
      'Belum dilayani',
    );
  });

  it('rejects bad input locally, naming the field, before the simulator sees it', async () => {
    const before = bed.sim.requests().length;
    const error = await bed.client.pcare.visits.add(visit({ date: '31-12-2026' })).catch((e) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error.field).toBe('date');
    expect(bed.sim.requests().length).toBe(before);
  });
});
