import {
  type BpjsContext,
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import { BodyCheck } from './body-check';
import type { BpjsApp, RouteDeps } from './deps';
import { page, providerOf } from './wire';

const NUMBERS = [
  'tekananDarahSistole',
  'tekananDarahDiastole',
  'darahRutinHemo',
  'darahRutinLeu',
  'darahRutinErit',
  'darahRutinLaju',
  'darahRutinHema',
  'darahRutinTrom',
  'lemakDarahHDL',
  'lemakDarahLDL',
  'lemakDarahChol',
  'lemakDarahTrigli',
  'gulaDarahSewaktu',
  'gulaDarahPuasa',
  'gulaDarahPostPrandial',
  'gulaDarahHbA1c',
  'fungsiHatiSGOT',
  'fungsiHatiSGPT',
  'fungsiHatiGamma',
  'fungsiHatiProtKual',
  'fungsiHatiAlbumin',
  'fungsiGinjalCrea',
  'fungsiGinjalUreum',
  'fungsiGinjalAsam',
  'fungsiJantungABI',
];
const TEXTS = [
  'radiologiFoto',
  'fungsiJantungEKG',
  'fungsiJantungEcho',
  'funduskopi',
  'pemeriksaanLain',
  'keterangan',
];

/**
 * `MCU` (aditbaco `McuRequest`, bpjs.md §3.3). Registered in upper and lower case: peers use both and the
 * spec leaves open whether pCare's routing is case-sensitive.
 */
export function registerMcu(app: BpjsApp, { state }: RouteDeps): void {
  for (const base of ['/MCU', '/mcu']) {
    app.get(`${base}/kunjungan/:noKunjungan`, (c) => {
      const id = c.req.param('noKunjungan').toUpperCase();
      const list = state.mcu.filter((m) => m.noKunjungan === id).map((m) => ({ ...m.body, kdMCU: m.id }));
      return list.length === 0 ? replyNoContent(c) : replyData(c, page(list, 0, list.length));
    });

    const write = (method: 'POST' | 'PUT') => async (c: BpjsContext) => {
      const body = await readJsonBody(c);
      if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
      const check = new BodyCheck(body);
      const kdMCU = check.number('kdMCU');
      const noKunjungan = check.string('noKunjungan');
      const kdProvider = check.string('kdProvider');
      check.date('tglPelayanan');
      for (const f of NUMBERS) check.number(f, false);
      for (const f of TEXTS) check.string(f, false);
      if (check.typeError) return replyError(c, 500, check.typeError);
      const visit = noKunjungan?.toUpperCase();
      if (visit && !state.visits.has(visit)) check.fail('noKunjungan', 'Data kunjungan tidak ditemukan');
      if (kdProvider && !providerOf(kdProvider)) check.fail('kdProvider', 'Kode provider tidak ditemukan');
      const record =
        method === 'PUT' ? state.mcu.find((m) => m.id === kdMCU && m.noKunjungan === visit) : undefined;
      if (method === 'PUT' && !record) check.fail('kdMCU', 'Data MCU tidak ditemukan');
      if (!check.ok) return replyPrecondition(c, check.issues);
      if (record) {
        record.body = body;
        return replyOk(c);
      }
      const id = state.nextLineId();
      state.mcu.push({ id, noKunjungan: visit as string, body });
      return replyData(c, { field: 'kdMCU', message: String(id) }, 201, 'CREATED');
    };
    app.post(base, write('POST'));
    app.put(base, write('PUT'));

    app.delete(`${base}/:kdMCU/kunjungan/:noKunjungan`, (c) => {
      const id = Number(c.req.param('kdMCU'));
      const visit = c.req.param('noKunjungan').toUpperCase();
      const index = state.mcu.findIndex((m) => m.id === id && m.noKunjungan === visit);
      if (index < 0) return replyPrecondition(c, [{ field: 'kdMCU', message: 'Data MCU tidak ditemukan' }]);
      state.mcu.splice(index, 1);
      return replyOk(c);
    });
  }
}
