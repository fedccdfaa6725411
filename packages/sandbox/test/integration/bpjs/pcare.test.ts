import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BpjsSimulator, seedMember, startBpjsSimulator } from '../../../src/bpjs/index';
import { meta, raw, todayDmy } from './support/raw-client';

describe('pCare on the simulator', () => {
  let sim: BpjsSimulator;
  const member = seedMember('activePbi');
  const registration = () => ({
    kdProviderPeserta: member.provider.kdProvider,
    tglDaftar: todayDmy(),
    noKartu: member.cardNumber,
    kdPoli: '001',
    keluhan: 'Demam',
    kunjSakit: true,
    sistole: 0,
    diastole: 0,
    beratBadan: 0,
    tinggiBadan: 0,
    respRate: 0,
    lingkarPerut: 0,
    heartRate: 0,
    rujukBalik: 0,
    kdTkp: '10',
  });
  const kunjungan = (overrides: Record<string, unknown> = {}) => ({
    noKunjungan: null,
    noKartu: member.cardNumber,
    tglDaftar: todayDmy(),
    kdPoli: '001',
    keluhan: 'Demam',
    kdSadar: '01',
    sistole: 120,
    diastole: 80,
    beratBadan: 60,
    tinggiBadan: 165,
    respRate: 20,
    heartRate: 80,
    lingkarPerut: 70,
    kdStatusPulang: '3',
    tglPulang: todayDmy(),
    kdDokter: '900001',
    kdDiag1: 'R50.9',
    kdDiag2: null,
    kdDiag3: null,
    kdPoliRujukInternal: null,
    rujukLanjut: null,
    kdTacc: -1,
    alasanTacc: null,
    anamnesa: '',
    alergiMakan: '00',
    alergiUdara: '00',
    alergiObat: '00',
    kdPrognosa: '01',
    terapiObat: '',
    terapiNonObat: '',
    bmhp: '',
    suhu: '38.2',
    ...overrides,
  });

  beforeAll(async () => {
    sim = await startBpjsSimulator();
  });
  afterAll(() => sim.close());

  it('finds members by card number, NIK and noka, and answers 204 for unknown ones', async () => {
    expect((await raw(sim, 'pcare', 'GET', `peserta/${member.cardNumber}`)).data).toMatchObject({
      noKartu: member.cardNumber,
      aktif: true,
    });
    expect((await raw(sim, 'pcare', 'GET', `peserta/nik/${member.nik}`)).data).toMatchObject({
      noKTP: member.nik,
    });
    expect((await raw(sim, 'pcare', 'GET', `peserta/noka/${member.cardNumber}`)).data).toMatchObject({
      nama: member.name,
    });
    const unknown = await raw(sim, 'pcare', 'GET', 'peserta/0009999999999');
    expect([unknown.status, unknown.json]).toEqual([
      200,
      { response: null, metaData: { message: 'NO_CONTENT', code: 204 } },
    ]);
  });

  it('creates a registration with 201 CREATED and an encrypted {field: noUrut}', async () => {
    const reply = await raw(sim, 'pcare', 'POST', 'pendaftaran', { body: registration() });
    expect(reply.status).toBe(201);
    expect(reply.json?.metaData).toEqual({ message: 'CREATED', code: 201 });
    expect(reply.data).toEqual({ field: 'noUrut', message: 'A1' });
  });

  it('answers 412 with a plain {field, message} list, never encrypted', async () => {
    const reply = await raw(sim, 'pcare', 'POST', 'pendaftaran', { body: registration() });
    expect(reply.status).toBe(412);
    expect(reply.json).toEqual({
      response: [
        { field: 'noKartu', message: 'Peserta sudah terdaftar di poli tersebut pada tanggal yang sama' },
      ],
      metaData: { message: 'PRECONDITION_FAILED', code: 412 },
    });
  });

  it('fails with the .NET deserialiser message when a value has the wrong JSON type', async () => {
    const stringVitals = await raw(sim, 'pcare', 'POST', 'pendaftaran', {
      body: { ...registration(), sistole: '120' },
    });
    expect(stringVitals.status).toBe(500);
    const emptyReferral = await raw(sim, 'pcare', 'POST', 'kunjungan/v1', {
      body: kunjungan({ rujukLanjut: '' }),
    });
    expect(emptyReferral.status).toBe(500);
    expect(emptyReferral.json?.metaData).toEqual({
      code: 500,
      message: 'Cannot access child value on Newtonsoft.Json.Linq.JValue.',
    });
  });

  it('answers the old kunjungan path with 404 "not registered for this service"', async () => {
    const reply = await raw(sim, 'pcare', 'POST', 'kunjungan', { body: kunjungan() });
    expect(reply.status).toBe(404);
    expect(meta(reply).message).toBe('Unauthorized! You are not registered for this service!');
  });

  it('accepts kunjungan on v1 (and V1) and returns the visit number as an array', async () => {
    const reply = await raw(sim, 'pcare', 'POST', 'kunjungan/V1', { body: kunjungan() });
    expect(reply.status).toBe(201);
    expect(reply.data).toEqual([
      { field: 'noKunjungan', message: expect.stringMatching(/^0189U001\d{4}Y000001$/) },
    ]);
    expect(sim.arrivals().visits).toHaveLength(1);
  });

  it('reads what was written: the riwayat carries the stored visit', async () => {
    const reply = await raw(sim, 'pcare', 'GET', `kunjungan/peserta/${member.cardNumber}`);
    expect(reply.data).toMatchObject({
      count: 1,
      list: [
        {
          diagnosa1: { kdDiag: 'R50.9' },
          dokter: { kdDokter: '900001' },
          sistole: 120,
          tglKunjungan: todayDmy(),
        },
      ],
    });
  });

  it('serves MCU under upper and lower case', async () => {
    const visit = sim.arrivals().visits[0]?.visitNumber;
    expect((await raw(sim, 'pcare', 'GET', `MCU/kunjungan/${visit}`)).json?.metaData).toMatchObject({
      code: 204,
    });
    expect((await raw(sim, 'pcare', 'GET', `mcu/kunjungan/${visit}`)).json?.metaData).toMatchObject({
      code: 204,
    });
  });
});
