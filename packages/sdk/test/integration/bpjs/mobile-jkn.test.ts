import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createMobileJknDriver, type MobileJknDriver, seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAntreanHandler } from '../../../src/bpjs/antrean/handler';
import type { QueueTicket } from '../../../src/bpjs/antrean/handler-types';
import { type BpjsTestBed, startBpjs, todayInJakarta } from './support/bpjs';

/**
 * A small clinic: its patient records, one queue per poli and day, and the Antrean web service it hosts
 * for Mobile JKN, which checks membership with pCare before issuing a number.
 */
function clinic(bed: BpjsTestBed) {
  const records = new Map<string, string>([[seedMember('activePbi').cardNumber, 'RM-000011']]);
  const queues = new Map<string, { card: string; number: string; cancelled: boolean }[]>();
  const poliNames: Record<string, string> = { '001': 'Poli Umum', '002': 'Poli Gigi' };
  const queueOf = (poli: string, date: string) => {
    const key = `${poli}/${date}`;
    if (!queues.has(key)) queues.set(key, []);
    return queues.get(key) as { card: string; number: string; cancelled: boolean }[];
  };
  const live = (poli: string, date: string) => queueOf(poli, date).filter((e) => !e.cancelled);

  const handler = createAntreanHandler({
    users: { 'bpjs-mobilejkn': 'Antrean#Klinik#2026' },
    basePath: '/antrean-ws',
    onStatus: ({ poliCode, date }) => {
      if (!poliNames[poliCode]) return { refused: 'Poli tidak ditemukan' };
      const list = live(poliCode, date);
      return {
        poliName: poliNames[poliCode],
        totalQueue: list.length,
        remaining: list.length,
        nowServing: '',
      };
    },
    onAmbilAntrean: async (request) => {
      if (!records.has(request.memberNumber)) return { newPatient: true };
      const member = await bed.client.pcare.members.byCardNumber(request.memberNumber);
      if (!member.active) return { refused: `Peserta tidak aktif: ${member.statusDescription}` };
      const queue = queueOf(request.poliCode, request.date);
      if (live(request.poliCode, request.date).some((e) => e.card === request.memberNumber)) {
        return { refused: 'Nomor Antrean Hanya Dapat Diambil 1 Kali Pada Tanggal dan Poli Yang Sama' };
      }
      const number = `A${queue.length + 1}`;
      queue.push({ card: request.memberNumber, number, cancelled: false });
      const ticket: QueueTicket = {
        queueNumber: number,
        queueSequence: queue.length,
        poliName: poliNames[request.poliCode] ?? request.poliCode,
        remaining: live(request.poliCode, request.date).length - 1,
        nowServing: '',
      };
      return ticket;
    },
    onSisaAntrean: ({ memberNumber, poliCode, date }) => {
      const list = live(poliCode, date);
      const index = list.findIndex((e) => e.card === memberNumber);
      if (index < 0) return { refused: 'Antrean Tidak Ditemukan' };
      return {
        queueNumber: list[index]?.number ?? '',
        poliName: poliNames[poliCode] ?? poliCode,
        remaining: index,
        nowServing: '',
      };
    },
    onBatal: ({ memberNumber, poliCode, date }) => {
      const entry = live(poliCode, date).find((e) => e.card === memberNumber);
      if (!entry) return { refused: 'Antrean Tidak Ditemukan' };
      entry.cancelled = true;
    },
    onPesertaBaru: ({ memberNumber }) => {
      const norm = `RM-${String(records.size + 11).padStart(6, '0')}`;
      records.set(memberNumber, norm);
      return { medicalRecordNumber: norm };
    },
  });
  return { handler, records };
}

describe('Mobile JKN round trip through a hosted Antrean handler', () => {
  let bed: BpjsTestBed;
  let server: ReturnType<typeof serve>;
  let baseUrl: string;
  let records: Map<string, string>;
  const date = todayInJakarta(1);

  const driver = (shape: 'v1' | 'current' = 'current', password = 'Antrean#Klinik#2026'): MobileJknDriver =>
    createMobileJknDriver({ baseUrl, username: 'bpjs-mobilejkn', password, shape });

  beforeAll(async () => {
    bed = await startBpjs();
    const c = clinic(bed);
    records = c.records;
    server = await new Promise((resolve) => {
      const s = serve({ fetch: c.handler, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/antrean-ws`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await bed.close();
  });

  it('books a known patient: token, ambil antrean, status, sisa antrean, batal', async () => {
    const app = driver();
    const patient = seedMember('activePbi');
    const booked = await app.book(patient, {
      poliCode: '001',
      date,
      complaint: 'demam',
      doctorCode: 900001,
      practiceHours: '08:00-12:00',
    });
    expect(booked.registeredAsNewPatient).toBe(false);
    expect(booked.ticket).toMatchObject({ httpStatus: 200, code: 200, understood: true });
    expect(booked.ticket.response).toMatchObject({
      nomorantrean: 'A1',
      angkaantrean: 1,
      namapoli: 'Poli Umum',
    });

    const status = await app.status('001', date);
    expect(status.response).toMatchObject({ namapoli: 'Poli Umum', totalantrean: '1' });
    const sisa = await app.remaining(patient, '001', date);
    expect(sisa.response).toMatchObject({ nomorantrean: 'A1', sisaantrean: '0' });

    const again = await app.takeQueue(patient, { poliCode: '001', date });
    expect(again.code).toBe(201);
    expect(again.message).toContain('1 Kali');

    expect((await app.cancel(patient, '001', date, 'sudah sembuh')).code).toBe(200);
    expect((await app.remaining(patient, '001', date)).code).toBe(201);
    expect(app.exchanges.every((e) => e.reply.understood && e.reply.httpStatus === 200)).toBe(true);
  });

  it('registers a patient the clinic does not know after the 202, then issues the number', async () => {
    const app = driver();
    const patient = seedMember('activeWorkerHypertension');
    expect(records.has(patient.cardNumber)).toBe(false);
    const booked = await app.book(patient, { poliCode: '001', date, complaint: 'kontrol tensi' });
    expect(booked.registeredAsNewPatient).toBe(true);
    expect(
      app.exchanges.map((e) => `${e.method} ${e.path.split('/').slice(0, 2).join('/')} ${e.reply.code}`),
    ).toEqual(['GET /auth 200', 'POST /antrean 202', 'POST /peserta 200', 'POST /antrean 200']);
    expect(records.get(patient.cardNumber)).toMatch(/^RM-/);
    expect(booked.ticket.response).toMatchObject({ nomorantrean: expect.stringMatching(/^A\d+$/) });
  });

  it('accepts the older five-field request shape', async () => {
    const app = driver('v1');
    const patient = seedMember('activeWorkerHypertension');
    const booked = await app.book(patient, { poliCode: '002', date });
    expect(booked.ticket.code).toBe(200);
    const sent = app.exchanges.find((e) => e.method === 'POST')?.body as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(['keluhan', 'kodepoli', 'nik', 'nomorkartu', 'tanggalperiksa']);
  });

  it('refuses an inactive member with the reason from pCare, shown to the patient', async () => {
    const app = driver();
    const patient = seedMember('inactive');
    records.set(patient.cardNumber, 'RM-000044');
    const booked = await app.book(patient, { poliCode: '001', date });
    expect(booked.ticket).toMatchObject({
      code: 201,
      message: 'Peserta tidak aktif: TIDAK AKTIF: PENANGGUHAN PESERTA',
    });
  });

  it('gets no token with a wrong password', async () => {
    const reply = await driver('current', 'salah').authenticate();
    expect(reply).toMatchObject({ code: 201, understood: true });
  });

  it('refuses a back-dated visit before the clinic sees it', async () => {
    const app = driver();
    const reply = await app.book(seedMember('activePbi'), { poliCode: '001', date: todayInJakarta(-1) });
    expect(reply.ticket).toMatchObject({ code: 201, message: 'Tanggal Periksa Tidak Berlaku Mundur' });
  });
});
