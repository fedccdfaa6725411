import { Hono } from 'hono';
import { parseYmd, todayWib } from '../dates';
import type { SimulatorClock } from '../options';
import {
  type BpjsEnv,
  readJsonBody,
  replyData,
  replyNoContent,
  replyOk,
  replyRefused,
} from '../protocol/reply';
import { DOKTER, JADWAL, POLI } from '../seed/references';
import type { BpjsState } from '../state';

export interface AntreanDeps {
  state: BpjsState;
  clock: SimulatorClock;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Antrean Online FKTP, WS BPJS (bpjs.md §5(a)): reference poli and doctors by date, add, panggil, batal.
 * Lower-case `metadata`; refusals are code 201 with a reason. Message texts are the simulator's own.
 */
export function antreanRoutes({ state, clock }: AntreanDeps): Hono<BpjsEnv> {
  const app = new Hono<BpjsEnv>();

  app.get('/ref/poli/tanggal/:tanggal', (c) => {
    if (!parseYmd(c.req.param('tanggal'))) return replyRefused(c, 'Format tanggal harus yyyy-mm-dd');
    const codes = new Set<string>(JADWAL.map((j) => j.kodepoli));
    const list = POLI.filter((p) => codes.has(p.kdPoli)).map((p) => ({
      namapoli: p.nmPoli,
      nmsubspesialis: p.nmPoli,
      kdsubspesialis: p.kdPoli,
      kodepoli: p.kdPoli,
    }));
    return replyData(c, { list });
  });

  app.get('/ref/dokter/kodepoli/:kodepoli/tanggal/:tanggal', (c) => {
    if (!parseYmd(c.req.param('tanggal'))) return replyRefused(c, 'Format tanggal harus yyyy-mm-dd');
    const list = JADWAL.filter((j) => j.kodepoli === c.req.param('kodepoli')).map((j) => ({
      namadokter: DOKTER.find((d) => Number(d.kdDokter) === j.kodedokter)?.nmDokter ?? '',
      kodedokter: j.kodedokter,
      jampraktek: j.jampraktek,
      kapasitas: j.kapasitas,
    }));
    return list.length === 0 ? replyNoContent(c) : replyData(c, { list });
  });

  app.post('/antrean/add', async (c) => {
    const b = await readJsonBody(c);
    if (!b) return replyRefused(c, 'Format request tidak valid');
    const kartu = str(b.nomorkartu);
    const date = parseYmd(b.tanggalperiksa);
    if (kartu !== '' && !/^\d{13}$/.test(kartu)) return replyRefused(c, 'Nomor kartu harus 13 digit');
    if (!/^\d{16}$/.test(str(b.nik))) return replyRefused(c, 'NIK harus 16 digit');
    if (!/^\+?\d{8,15}$/.test(str(b.nohp))) return replyRefused(c, 'Nomor HP tidak valid');
    if (!date) return replyRefused(c, 'Format tanggal periksa harus yyyy-mm-dd');
    if (date < todayWib(clock.now())) return replyRefused(c, 'Tanggal periksa tidak berlaku mundur');
    if (typeof b.kodedokter !== 'number') return replyRefused(c, 'kodedokter harus berupa angka');
    const slot = JADWAL.find(
      (j) =>
        j.kodepoli === str(b.kodepoli) && j.kodedokter === b.kodedokter && j.jampraktek === str(b.jampraktek),
    );
    if (!slot) return replyRefused(c, 'Jadwal dokter tidak ditemukan');
    if (typeof b.angkaantrean !== 'number' || !str(b.nomorantrean))
      return replyRefused(c, 'Nomor antrean wajib diisi');
    if (!str(b.norm)) return replyRefused(c, 'Nomor rekam medis wajib diisi');
    const same = state.antrean.filter(
      (a) => a.status !== 'batal' && a.body.tanggalperiksa === date && a.body.kodepoli === b.kodepoli,
    );
    if (same.some((a) => a.body.nomorantrean === b.nomorantrean))
      return replyRefused(c, 'Nomor antrean sudah digunakan');
    if (kartu && same.some((a) => a.body.nomorkartu === kartu)) {
      return replyRefused(c, 'Peserta sudah memiliki antrean di poli dan tanggal yang sama');
    }
    if (same.filter((a) => a.body.kodedokter === b.kodedokter).length >= slot.kapasitas) {
      return replyRefused(c, 'Kuota jadwal dokter sudah penuh');
    }
    state.antrean.push({
      body: b,
      status: 'menunggu',
      calledAt: null,
      cancelReason: null,
      receivedAt: clock.now(),
    });
    return replyOk(c, 'Ok');
  });

  const find = (b: Record<string, unknown>) =>
    state.antrean.find(
      (a) =>
        a.status !== 'batal' &&
        a.body.tanggalperiksa === b.tanggalperiksa &&
        a.body.kodepoli === b.kodepoli &&
        a.body.nomorkartu === b.nomorkartu,
    );

  app.post('/antrean/panggil', async (c) => {
    const b = await readJsonBody(c);
    if (!b) return replyRefused(c, 'Format request tidak valid');
    if (b.status !== 1 && b.status !== 2)
      return replyRefused(c, 'status harus 1 (hadir) atau 2 (tidak hadir)');
    // `waktu` is epoch milliseconds; a seconds value is the classic mistake (bpjs.md §5(a)).
    if (typeof b.waktu !== 'number' || b.waktu < 1e12)
      return replyRefused(c, 'waktu harus timestamp dalam milidetik');
    const entry = find(b);
    if (!entry) return replyRefused(c, 'Antrean tidak ditemukan');
    entry.status = b.status === 1 ? 'hadir' : 'tidak hadir';
    entry.calledAt = b.waktu;
    return replyOk(c, 'Ok');
  });

  app.post('/antrean/batal', async (c) => {
    const b = await readJsonBody(c);
    if (!b) return replyRefused(c, 'Format request tidak valid');
    if (!str(b.alasan)) return replyRefused(c, 'Alasan wajib diisi');
    const entry = find(b);
    if (!entry) return replyRefused(c, 'Antrean tidak ditemukan');
    if (entry.status === 'hadir')
      return replyRefused(c, 'Pasien sudah dilayani, antrean tidak dapat dibatalkan');
    entry.status = 'batal';
    entry.cancelReason = str(b.alasan);
    return replyOk(c, 'Ok');
  });

  return app;
}
