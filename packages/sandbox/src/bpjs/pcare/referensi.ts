import { parseDmy } from '../dates';
import { type BpjsContext, replyData, replyNoContent, replyPrecondition } from '../protocol/reply';
import { FKTP_PROVIDERS, REFERRAL_HOSPITALS, type ReferralHospital } from '../seed/providers';
import {
  ALERGI,
  DIAGNOSA,
  DOKTER,
  KESADARAN,
  KHUSUS,
  POLI,
  PROGNOSA,
  SARANA,
  SPESIALIS,
  STATUS_PULANG,
  SUBSPESIALIS,
} from '../seed/references';
import type { BpjsApp, RouteDeps } from './deps';
import { PAGE } from './deps';
import { page } from './wire';

/** The reference lists (bpjs.md §3) and the referral facility searches (`spesialis/rujuk/…`). */
export function registerReferensi(app: BpjsApp, { state }: RouteDeps): void {
  const paged = (items: readonly unknown[]) => (c: BpjsContext) =>
    replyData(c, page(items, Number(c.req.param('start')), Number(c.req.param('limit'))));
  const whole = (items: readonly unknown[]) => (c: BpjsContext) => replyData(c, page(items, 0, items.length));

  app.get(`/poli/fktp/${PAGE}`, paged(POLI));
  app.get(`/dokter/${PAGE}`, paged(DOKTER));
  app.get(`/provider/${PAGE}`, paged(FKTP_PROVIDERS));
  app.get('/kesadaran', whole(KESADARAN));
  app.get('/prognosa', whole(PROGNOSA));
  app.get('/statuspulang/rawatInap/:inap{true|false}', (c) => {
    const list: readonly unknown[] =
      c.req.param('inap') === 'true' ? STATUS_PULANG.inpatient : STATUS_PULANG.outpatient;
    return replyData(c, page(list, 0, list.length));
  });
  app.get('/spesialis', whole(SPESIALIS));
  app.get('/spesialis/sarana', whole(SARANA));
  app.get('/spesialis/khusus', whole(KHUSUS));
  app.get('/spesialis/:kd/subspesialis', (c) => {
    const list = SUBSPESIALIS[c.req.param('kd').toUpperCase()];
    return list ? replyData(c, page(list, 0, list.length)) : replyNoContent(c);
  });
  app.get('/alergi/jenis/:jenis{01|02|03}', (c) => {
    const list = ALERGI[c.req.param('jenis') as '01' | '02' | '03'];
    return replyData(c, page(list, 0, list.length));
  });
  app.get(`/diagnosa/:q/${PAGE}`, (c) => {
    const q = c.req.param('q').trim().toLowerCase();
    const found = DIAGNOSA.filter(
      (d) => d.kdDiag.toLowerCase().startsWith(q) || d.nmDiag.toLowerCase().includes(q),
    );
    if (found.length === 0) return replyNoContent(c);
    return replyData(c, page(found, Number(c.req.param('start')), Number(c.req.param('limit'))));
  });

  const facilities = (hospitals: readonly ReferralHospital[], schedule: (h: ReferralHospital) => string) =>
    hospitals.map((h, i) => {
      const referred = [...state.visits.values()].filter(
        (v) => (v.body.rujukLanjut as { kdppk?: unknown } | null)?.kdppk === h.kdppk,
      ).length;
      return {
        kdppk: h.kdppk,
        nmppk: h.nmppk,
        alamatPpk: h.alamatPpk,
        telpPpk: h.telpPpk,
        kelas: h.kelas,
        nmkc: h.nmkc,
        distance: h.distance + i,
        jadwal: schedule(h),
        jmlRujuk: referred,
        kapasitas: h.kapasitas,
        persentase: Math.round((referred / h.kapasitas) * 100),
      };
    });
  const estimatedDate = (tgl: string) => parseDmy(tgl);

  app.get('/spesialis/rujuk/subspesialis/:sub/sarana/:sarana/tglEstRujuk/:tgl', (c) => {
    if (!estimatedDate(c.req.param('tgl'))) {
      return replyPrecondition(c, [{ field: 'tglEstRujuk', message: 'Format tglEstRujuk harus dd-mm-yyyy' }]);
    }
    const sub = c.req.param('sub');
    const list = facilities(
      REFERRAL_HOSPITALS.filter((h) => sub in h.subSpesialis),
      (h) => h.subSpesialis[sub] ?? '',
    );
    return list.length === 0 ? replyNoContent(c) : replyData(c, page(list, 0, list.length));
  });

  const khusus = (kd: string, card: string, tgl: string) => {
    if (!estimatedDate(tgl))
      return { issue: { field: 'tglEstRujuk', message: 'Format tglEstRujuk harus dd-mm-yyyy' } };
    if (!state.memberByCard(card)) return { issue: { field: 'noKartu', message: 'Peserta tidak ditemukan' } };
    const code = kd.toUpperCase();
    return {
      list: facilities(
        REFERRAL_HOSPITALS.filter((h) => h.khusus.includes(code)),
        () => 'Senin-Sabtu 08:00-14:00',
      ),
    };
  };
  app.get('/spesialis/rujuk/khusus/:kd/noKartu/:noKartu/tglEstRujuk/:tgl', (c) => {
    const r = khusus(c.req.param('kd'), c.req.param('noKartu'), c.req.param('tgl'));
    if (r.issue) return replyPrecondition(c, [r.issue]);
    return r.list.length === 0 ? replyNoContent(c) : replyData(c, page(r.list, 0, r.list.length));
  });
  app.get('/spesialis/rujuk/khusus/:kd/subspesialis/:sub/noKartu/:noKartu/tglEstRujuk/:tgl', (c) => {
    const r = khusus(c.req.param('kd'), c.req.param('noKartu'), c.req.param('tgl'));
    if (r.issue) return replyPrecondition(c, [r.issue]);
    return r.list.length === 0 ? replyNoContent(c) : replyData(c, page(r.list, 0, r.list.length));
  });
}
