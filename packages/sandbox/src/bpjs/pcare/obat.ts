import {
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import { OBAT_DPHO } from '../seed/references';
import { BodyCheck } from './body-check';
import { type BpjsApp, PAGE, type RouteDeps } from './deps';
import { page } from './wire';

/** `obat` (bpjs.md §3, §3.3): DPHO search, drugs on a visit, add and delete. */
export function registerObat(app: BpjsApp, { state }: RouteDeps): void {
  app.get(`/obat/dpho/:q/${PAGE}`, (c) => {
    const q = c.req.param('q').trim().toLowerCase();
    const found = OBAT_DPHO.filter((o) => o.kdObat.startsWith(q) || o.nmObat.toLowerCase().includes(q));
    if (found.length === 0) return replyNoContent(c);
    return replyData(c, page(found, Number(c.req.param('start')), Number(c.req.param('limit'))));
  });

  app.get('/obat/kunjungan/:noKunjungan', (c) => {
    const id = c.req.param('noKunjungan').toUpperCase();
    const lines = state.drugs
      .filter((d) => d.noKunjungan === id)
      .map((d) => {
        const b = d.body;
        const dpho = OBAT_DPHO.find((o) => o.kdObat === b.kdObat);
        return {
          kdObatSK: d.id,
          kdRacikan: b.kdRacikan ?? null,
          obat: dpho
            ? { kdObat: dpho.kdObat, nmObat: dpho.nmObat, sedia: dpho.sedia }
            : { kdObat: null, nmObat: b.nmObatNonDPHO ?? null, sedia: null },
          signa1: b.signa1,
          signa2: b.signa2,
          jmlObat: b.jmlObat,
          jmlHari: Math.ceil(Number(b.jmlObat) / Math.max(1, Number(b.signa1) * Number(b.signa2))),
          kekuatan: null,
          jmlPermintaan: b.jmlPermintaan,
          jmlObatRacikan: b.racikan ? b.jmlObat : 0,
        };
      });
    return lines.length === 0 ? replyNoContent(c) : replyData(c, page(lines, 0, lines.length));
  });

  app.post('/obat/kunjungan', async (c) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = new BodyCheck(body);
    check.number('kdObatSK');
    const noKunjungan = check.string('noKunjungan');
    const racikan = check.boolean('racikan');
    check.string('kdRacikan', racikan === true);
    const dpho = check.boolean('obatDPHO');
    const kdObat = check.string('kdObat', dpho === true);
    for (const f of ['signa1', 'signa2', 'jmlObat', 'jmlPermintaan']) check.number(f);
    check.string('nmObatNonDPHO', dpho === false);
    if (check.typeError) return replyError(c, 500, check.typeError);
    if (noKunjungan && !state.visits.has(noKunjungan.toUpperCase()))
      check.fail('noKunjungan', 'Data kunjungan tidak ditemukan');
    if (dpho && kdObat && !OBAT_DPHO.some((o) => o.kdObat === kdObat))
      check.fail('kdObat', 'Kode obat DPHO tidak ditemukan');
    if (typeof body.jmlObat === 'number' && body.jmlObat <= 0)
      check.fail('jmlObat', 'jmlObat harus lebih dari 0');
    if (!check.ok) return replyPrecondition(c, check.issues);
    const id = state.nextLineId();
    state.drugs.push({ id, noKunjungan: String(noKunjungan).toUpperCase(), body });
    return replyData(c, { field: 'kdObatSK', message: String(id) }, 201, 'CREATED');
  });

  app.delete('/obat/:kdObatSK/kunjungan/:noKunjungan', (c) => {
    const id = Number(c.req.param('kdObatSK'));
    const visit = c.req.param('noKunjungan').toUpperCase();
    const index = state.drugs.findIndex((d) => d.id === id && d.noKunjungan === visit);
    if (index < 0) return replyPrecondition(c, [{ field: 'kdObatSK', message: 'Data obat tidak ditemukan' }]);
    state.drugs.splice(index, 1);
    return replyOk(c);
  });
}
