import { parseDmy, toDmy } from '../dates';
import {
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import { CLUBS, KEGIATAN_KINDS, KELOMPOK_KINDS } from '../seed/references';
import { BodyCheck } from './body-check';
import type { BpjsApp, RouteDeps } from './deps';
import { page } from './wire';

/** `kelompok` (bpjs.md §3, §3.3): Prolanis clubs, activities per month and their participants. */
export function registerKelompok(app: BpjsApp, { state }: RouteDeps): void {
  app.get('/kelompok/club/:kd{01|02}', (c) => {
    const list = CLUBS.filter((club) => club.jnsKelompok.kdProgram === c.req.param('kd'));
    return replyData(c, page(list, 0, list.length));
  });

  app.get('/kelompok/kegiatan/:tgl', (c) => {
    const date = parseDmy(c.req.param('tgl'));
    if (!date)
      return replyPrecondition(c, [{ field: 'tglPelayanan', message: 'Format tanggal harus dd-mm-yyyy' }]);
    const month = date.slice(0, 7);
    const list = [...state.activities.values()]
      .filter((a) => String(parseDmy(a.body.tglPelayanan)).startsWith(month))
      .map((a) => {
        const b = a.body;
        const club = CLUBS.find((x) => x.clubId === b.clubId);
        return {
          eduId: a.eduId,
          clubProl: club ? { clubId: club.clubId, nama: club.nama } : null,
          tglPelayanan: b.tglPelayanan,
          kegiatan: { kode: b.kdKegiatan, nama: KEGIATAN_KINDS[String(b.kdKegiatan)] ?? '' },
          kelompok: { kode: b.kdKelompok, nama: KELOMPOK_KINDS[String(b.kdKelompok)] ?? '' },
          materi: b.materi,
          pembicara: b.pembicara,
          lokasi: b.lokasi,
          keterangan: b.keterangan,
          biaya: b.biaya,
        };
      });
    return list.length === 0 ? replyNoContent(c) : replyData(c, page(list, 0, list.length));
  });

  app.post('/kelompok/kegiatan', async (c) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = new BodyCheck(body);
    const clubId = check.number('clubId');
    check.date('tglPelayanan');
    const kdKegiatan = check.string('kdKegiatan');
    const kdKelompok = check.string('kdKelompok');
    for (const f of ['materi', 'pembicara', 'lokasi', 'keterangan']) check.string(f, false);
    check.number('biaya', false);
    if (check.typeError) return replyError(c, 500, check.typeError);
    const club = CLUBS.find((x) => x.clubId === clubId);
    if (clubId !== null && !club) check.fail('clubId', 'Club prolanis tidak ditemukan');
    if (kdKegiatan && !(kdKegiatan in KEGIATAN_KINDS))
      check.fail('kdKegiatan', 'kdKegiatan harus 01, 10 atau 11');
    if (kdKelompok && !(kdKelompok in KELOMPOK_KINDS))
      check.fail('kdKelompok', 'kdKelompok harus 01 atau 02');
    if (club && kdKelompok && club.jnsKelompok.kdProgram !== kdKelompok) {
      check.fail('kdKelompok', 'Tidak sesuai dengan program club');
    }
    if (!check.ok) return replyPrecondition(c, check.issues);
    const eduId = state.nextEduId();
    state.activities.set(eduId, { eduId, body: { ...body, eduId }, participants: new Set() });
    return replyData(c, { field: 'eduId', message: eduId }, 201, 'CREATED');
  });

  app.delete('/kelompok/kegiatan/:eduId', (c) => {
    if (!state.activities.delete(c.req.param('eduId'))) {
      return replyPrecondition(c, [{ field: 'eduId', message: 'Data kegiatan tidak ditemukan' }]);
    }
    return replyOk(c);
  });

  app.get('/kelompok/peserta/:eduId', (c) => {
    const activity = state.activities.get(c.req.param('eduId'));
    if (!activity || activity.participants.size === 0) return replyNoContent(c);
    const list = [...activity.participants].map((card) => {
      const m = state.memberByCard(card);
      return {
        eduId: activity.eduId,
        peserta: m
          ? { noKartu: m.cardNumber, nama: m.name, sex: m.sex, tglLahir: toDmy(m.birthDate) }
          : { noKartu: card, nama: '' },
      };
    });
    return replyData(c, page(list, 0, list.length));
  });

  app.post('/kelompok/peserta', async (c) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = new BodyCheck(body);
    const eduId = check.string('eduId');
    const noKartu = check.string('noKartu');
    if (check.typeError) return replyError(c, 500, check.typeError);
    const activity = eduId ? state.activities.get(eduId) : undefined;
    if (eduId && !activity) check.fail('eduId', 'Data kegiatan tidak ditemukan');
    const member = noKartu ? state.memberByCard(noKartu) : undefined;
    if (noKartu && !member) check.fail('noKartu', 'Peserta tidak ditemukan');
    if (member && !member.active) check.fail('noKartu', `Peserta tidak aktif: ${member.statusDescription}`);
    if (activity && noKartu && activity.participants.has(noKartu))
      check.fail('noKartu', 'Peserta sudah terdaftar');
    if (!check.ok || !activity || !noKartu) return replyPrecondition(c, check.issues);
    activity.participants.add(noKartu);
    return replyData(c, { field: 'noKartu', message: 'OK' }, 201, 'CREATED');
  });

  app.delete('/kelompok/peserta/:eduId/:noKartu', (c) => {
    const activity = state.activities.get(c.req.param('eduId'));
    if (!activity?.participants.delete(c.req.param('noKartu'))) {
      return replyPrecondition(c, [{ field: 'noKartu', message: 'Peserta kegiatan tidak ditemukan' }]);
    }
    return replyOk(c);
  });
}
