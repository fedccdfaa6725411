import {
  type BpjsContext,
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import { TINDAKAN } from '../seed/references';
import { BodyCheck } from './body-check';
import { type BpjsApp, PAGE, type RouteDeps } from './deps';
import { page } from './wire';

const ALL = Object.values(TINDAKAN).flat();

/** `tindakan` (bpjs.md §3, §3.3): reference by kdTkp, procedures on a visit, add/edit/delete. */
export function registerTindakan(app: BpjsApp, { state }: RouteDeps): void {
  app.get(`/tindakan/kdTkp/:kdTkp{10|20|50}/${PAGE}`, (c) => {
    const list = TINDAKAN[c.req.param('kdTkp') as '10' | '20' | '50'];
    return replyData(c, page(list, Number(c.req.param('start')), Number(c.req.param('limit'))));
  });

  app.get('/tindakan/kunjungan/:noKunjungan', (c) => {
    const id = c.req.param('noKunjungan').toUpperCase();
    const lines = state.procedures
      .filter((p) => p.noKunjungan === id)
      .map((p) => ({
        kdTindakanSK: p.id,
        noKunjungan: p.noKunjungan,
        kdTindakan: p.body.kdTindakan,
        nmTindakan: ALL.find((t) => t.kdTindakan === p.body.kdTindakan)?.nmTindakan ?? '',
        biaya: p.body.biaya,
        keterangan: p.body.keterangan ?? null,
        hasil: p.body.hasil ?? 0,
      }));
    return lines.length === 0 ? replyNoContent(c) : replyData(c, page(lines, 0, lines.length));
  });

  const write = (method: 'POST' | 'PUT') => async (c: BpjsContext) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = new BodyCheck(body);
    const sk = check.number('kdTindakanSK');
    const noKunjungan = check.string('noKunjungan');
    const kdTindakan = check.string('kdTindakan');
    const biaya = check.number('biaya');
    check.string('keterangan', false);
    check.number('hasil', false);
    if (check.typeError) return replyError(c, 500, check.typeError);
    const visit = noKunjungan?.toUpperCase();
    if (visit && !state.visits.has(visit)) check.fail('noKunjungan', 'Data kunjungan tidak ditemukan');
    const reference = ALL.find((t) => t.kdTindakan === kdTindakan);
    if (kdTindakan && !reference) check.fail('kdTindakan', 'Kode tindakan tidak ditemukan');
    if (reference && biaya !== null && reference.maxTarif > 0 && biaya > reference.maxTarif) {
      check.fail('biaya', `Biaya melebihi tarif maksimal ${reference.maxTarif}`);
    }
    const line =
      method === 'PUT' ? state.procedures.find((p) => p.id === sk && p.noKunjungan === visit) : undefined;
    if (method === 'PUT' && !line) check.fail('kdTindakanSK', 'Data tindakan tidak ditemukan');
    if (!check.ok) return replyPrecondition(c, check.issues);
    if (line) {
      line.body = body;
      return replyOk(c);
    }
    const id = state.nextLineId();
    state.procedures.push({ id, noKunjungan: visit as string, body });
    return replyData(c, { field: 'kdTindakanSK', message: String(id) }, 201, 'CREATED');
  };
  app.post('/tindakan', write('POST'));
  app.put('/tindakan', write('PUT'));

  app.delete('/tindakan/:sk/kunjungan/:noKunjungan', (c) => {
    const id = Number(c.req.param('sk'));
    const visit = c.req.param('noKunjungan').toUpperCase();
    const index = state.procedures.findIndex((p) => p.id === id && p.noKunjungan === visit);
    if (index < 0)
      return replyPrecondition(c, [{ field: 'kdTindakanSK', message: 'Data tindakan tidak ditemukan' }]);
    state.procedures.splice(index, 1);
    return replyOk(c);
  });
}
