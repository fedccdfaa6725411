import { beforeEach, describe, expect, it } from 'vitest';
import { createAntreanHandler } from '../../../src/bpjs/antrean/handler';
import type { AntreanHandlerOptions, TakeQueueRequest } from '../../../src/bpjs/antrean/handler-types';
import { manualClock } from '../../../src/logging/clock';

const BASE = 'http://clinic.test/ws';
const clock = manualClock(Date.parse('2026-03-02T01:00:00Z')); // 08:00 WIB on 2 March 2026

interface Reply {
  status: number;
  body: {
    response?: Record<string, unknown> & { token?: string };
    metadata: { code: number; message: string };
  };
}

function setup(overrides: Partial<AntreanHandlerOptions> = {}) {
  const taken: TakeQueueRequest[] = [];
  const handler = createAntreanHandler({
    users: { mobilejkn: 'rahasia-antrean-2026' },
    basePath: '/ws',
    clock,
    onStatus: ({ poliCode }) => ({
      poliName: poliCode === '001' ? 'Poli Umum' : 'Poli Gigi',
      totalQueue: 25,
      remaining: 4,
      nowServing: 'A21',
    }),
    onAmbilAntrean: (request) => {
      taken.push(request);
      if (request.memberNumber === '0001880000099') return { newPatient: true };
      if (request.poliCode === '002') return { refused: 'Pendaftaran ke Poli Ini Sedang Tutup' };
      return { queueNumber: 'A12', queueSequence: 12, poliName: 'Poli Umum', remaining: 4, nowServing: 'A8' };
    },
    onSisaAntrean: () => ({ queueNumber: 'A20', poliName: 'Poli Umum', remaining: 4, nowServing: 'A8' }),
    onBatal: (request) =>
      request.memberNumber === '0001880000022' ? { refused: 'Antrean Tidak Ditemukan' } : undefined,
    onPesertaBaru: () => ({ medicalRecordNumber: 'RM-000123' }),
    ...overrides,
  });
  const call = async (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<Reply> => {
    const response = await handler(
      new Request(`${BASE}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
    return { status: response.status, body: (await response.json()) as Reply['body'] };
  };
  const token = async () => {
    const reply = await call('GET', '/auth', {
      'x-username': 'mobilejkn',
      'x-password': 'rahasia-antrean-2026',
    });
    return { 'x-token': String(reply.body.response?.token), 'x-username': 'mobilejkn' };
  };
  return { call, token, taken };
}

const ambilV1 = {
  nomorkartu: '0001880000011',
  nik: '9271060312000001',
  kodepoli: '001',
  tanggalperiksa: '2026-03-02',
  keluhan: 'demam',
};

describe('hosted Antrean FKTP handler (Mobile JKN -> clinic)', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('exchanges x-username/x-password for an x-token, answering lower-case metadata in HTTP 200', async () => {
    const reply = await t.call('GET', '/auth', {
      'x-username': 'mobilejkn',
      'x-password': 'rahasia-antrean-2026',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.metadata).toEqual({ message: 'Ok', code: 200 });
    expect(reply.body.response?.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(reply.body).not.toHaveProperty('metaData');
  });

  it('refuses a wrong password with code 201 and no token', async () => {
    const reply = await t.call('GET', '/auth', { 'x-username': 'mobilejkn', 'x-password': 'salah' });
    expect(reply.status).toBe(200);
    expect(reply.body.metadata.code).toBe(201);
    expect(reply.body.response).toBeUndefined();
  });

  it('refuses calls without a valid token, and tokens issued to another username', async () => {
    expect((await t.call('GET', '/antrean/status/001/2026-03-02')).body.metadata.code).toBe(201);
    const headers = await t.token();
    const forged = await t.call('GET', '/antrean/status/001/2026-03-02', {
      ...headers,
      'x-username': 'someone',
    });
    expect(forged.body.metadata.code).toBe(201);
    const tampered = await t.call('GET', '/antrean/status/001/2026-03-02', {
      ...headers,
      'x-token': `${headers['x-token']}x`,
    });
    expect(tampered.body.metadata.code).toBe(201);
  });

  it('lets a token expire after its lifetime', async () => {
    const headers = await t.token();
    expect((await t.call('GET', '/antrean/status/001/2026-03-02', headers)).body.metadata.code).toBe(200);
    clock.advance(3601 * 1000);
    const expired = await t.call('GET', '/antrean/status/001/2026-03-03', headers);
    clock.advance(-3601 * 1000);
    expect(expired.body.metadata).toEqual({ code: 201, message: 'Token Expired atau tidak valid' });
  });

  it('answers status with counts as strings, as the catalogue writes them', async () => {
    const reply = await t.call('GET', '/antrean/status/001/2026-03-02', await t.token());
    expect(reply.body.response).toEqual({
      namapoli: 'Poli Umum',
      totalantrean: '25',
      sisaantrean: '4',
      antreanpanggil: 'A21',
      keterangan: '',
    });
  });

  it('passes the newer per-doctor status list through as an array', async () => {
    t = setup({
      onStatus: () => [
        {
          poliName: 'Poli Umum',
          totalQueue: 10,
          remaining: 2,
          nowServing: 'A8',
          doctorCode: 900001,
          doctorName: 'dr. Ratna',
          practiceHours: '08:00-12:00',
        },
        {
          poliName: 'Poli Umum',
          totalQueue: 5,
          remaining: 5,
          nowServing: '',
          doctorCode: 900003,
          doctorName: 'dr. Intan',
          practiceHours: '13:00-17:00',
        },
      ],
    });
    const reply = await t.call('GET', '/antrean/status/001/2026-03-02', await t.token());
    expect(Array.isArray(reply.body.response)).toBe(true);
    expect((reply.body.response as unknown as Record<string, unknown>[])[1]).toMatchObject({
      kodedokter: 900003,
      jampraktek: '13:00-17:00',
    });
  });

  it('accepts the older five-field ambil antrean request', async () => {
    const reply = await t.call('POST', '/antrean', await t.token(), ambilV1);
    expect(reply.body.metadata.code).toBe(200);
    expect(reply.body.response).toMatchObject({ nomorantrean: 'A12', angkaantrean: 12, sisaantrean: 4 });
    expect(t.taken[0]).toMatchObject({ memberNumber: '0001880000011', date: '2026-03-02', shape: 'v1' });
  });

  it('accepts the newer request with phone, doctor, practice hours and medical record number', async () => {
    const body = {
      ...ambilV1,
      nohp: '081200000011',
      kodedokter: '900001',
      jampraktek: '08:00-12:00',
      norm: 'RM-7',
    };
    expect((await t.call('POST', '/antrean', await t.token(), body)).body.metadata.code).toBe(200);
    expect(t.taken[0]).toMatchObject({
      shape: 'current',
      doctorCode: 900001,
      practiceHours: '08:00-12:00',
      medicalRecordNumber: 'RM-7',
      phone: '081200000011',
    });
  });

  it('answers 202 for a patient the clinic does not know, and registers them with POST /peserta', async () => {
    const headers = await t.token();
    const reply = await t.call('POST', '/antrean', headers, { ...ambilV1, nomorkartu: '0001880000099' });
    expect(reply.body.metadata).toEqual({ code: 202, message: 'Pasien Baru' });
    const registered = await t.call('POST', '/peserta', headers, {
      nomorkartu: '0001880000099',
      nik: '9271060312000099',
      nomorkk: '9271060312000199',
      nama: 'PASIEN BARU',
      jeniskelamin: 'L',
      tanggallahir: '1990-01-01',
      alamat: 'Jl. Baru 1',
      kodeprop: '32',
      namaprop: 'JAWA BARAT',
      kodedati2: '3273',
      namadati2: 'KOTA BANDUNG',
      kodekec: '327301',
      namakec: 'SUKASARI',
      kodekel: '3273011001',
      namakel: 'GEGERKALONG',
      rw: '001',
      rt: '002',
    });
    expect(registered.body).toEqual({
      response: { norm: 'RM-000123' },
      metadata: { message: 'Ok', code: 200 },
    });
  });

  it.each([
    [{ ...ambilV1, nomorkartu: '123' }, 'Nomor kartu harus 13 digit'],
    [{ ...ambilV1, nik: '1234' }, 'NIK harus 16 digit'],
    [
      { ...ambilV1, tanggalperiksa: '02-03-2026' },
      'Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd',
    ],
    [{ ...ambilV1, tanggalperiksa: '2026-03-01' }, 'Tanggal Periksa Tidak Berlaku Mundur'],
    [{ ...ambilV1, jampraktek: '8-12' }, 'Format jam praktek tidak sesuai (HH:MM-HH:MM)'],
  ])('refuses bad input with the reason Mobile JKN shows the patient (%#)', async (body, message) => {
    const reply = await t.call('POST', '/antrean', await t.token(), body);
    expect(reply.body.metadata).toEqual({ code: 201, message });
    expect(t.taken).toHaveLength(0);
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await t.call('POST', '/antrean', await t.token(), 'nomorkartu=1');
    expect(reply.body.metadata.code).toBe(201);
  });

  it("passes the clinic's own refusal through as code 201", async () => {
    const reply = await t.call('POST', '/antrean', await t.token(), { ...ambilV1, kodepoli: '002' });
    expect(reply.body.metadata).toEqual({ code: 201, message: 'Pendaftaran ke Poli Ini Sedang Tutup' });
  });

  it('answers sisa antrean and accepts batal by PUT and by POST', async () => {
    const headers = await t.token();
    const sisa = await t.call('GET', '/antrean/sisapeserta/0001880000011/001/2026-03-02', headers);
    expect(sisa.body.response).toMatchObject({ nomorantrean: 'A20', sisaantrean: '4' });
    const batal = {
      nomorkartu: '0001880000011',
      kodepoli: '001',
      tanggalperiksa: '2026-03-02',
      keterangan: 'sembuh',
    };
    expect((await t.call('PUT', '/antrean/batal', headers, batal)).body).toEqual({
      metadata: { message: 'Ok', code: 200 },
    });
    expect((await t.call('POST', '/antrean/batal', headers, batal)).body.metadata.code).toBe(200);
    const refused = await t.call('PUT', '/antrean/batal', headers, { ...batal, nomorkartu: '0001880000022' });
    expect(refused.body.metadata).toEqual({ code: 201, message: 'Antrean Tidak Ditemukan' });
  });

  it('turns a failing callback into code 201 without leaking the error', async () => {
    t = setup({
      onSisaAntrean: () => {
        throw new Error('database at 10.0.0.5 unreachable');
      },
    });
    const reply = await t.call('GET', '/antrean/sisapeserta/0001880000011/001/2026-03-02', await t.token());
    expect(reply.body.metadata).toEqual({ code: 201, message: 'Terjadi kesalahan pada sistem FKTP' });
  });

  it('speaks English when asked', async () => {
    t = setup({ locale: 'en' });
    const reply = await t.call('POST', '/antrean', await t.token(), { ...ambilV1, nomorkartu: '1' });
    expect(reply.body.metadata.message).toBe('Card number must be 13 digits');
  });

  it('refuses options that cannot work at construction', () => {
    expect(() =>
      createAntreanHandler({
        users: {},
        onStatus: () => ({ refused: 'x' }),
        onAmbilAntrean: () => ({ refused: 'x' }),
        onSisaAntrean: () => ({ refused: 'x' }),
        onBatal: () => undefined,
        onPesertaBaru: () => ({ refused: 'x' }),
        tokenSecret: 'short',
        timeZone: 'Mars/Olympus',
      }),
    ).toThrow(expect.objectContaining({ code: 'CONFIGURATION_INVALID' }));
  });
});
