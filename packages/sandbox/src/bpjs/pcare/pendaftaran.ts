import { parseDmy, todayWib } from '../dates';
import {
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import type { StoredRegistration } from '../state';
import { BodyCheck } from './body-check';
import { type BpjsApp, PAGE, type RouteDeps } from './deps';
import { page, pendaftaranWire, poliOf } from './wire';

const VITALS = ['sistole', 'diastole', 'beratBadan', 'tinggiBadan', 'respRate', 'lingkarPerut', 'heartRate'];

/** One letter per poli, then a running number per day: `A1`, `A2`, `B1` (bpjs.md §2.3 shows `A1`). */
function queueNumber(existing: readonly StoredRegistration[], kdPoli: string, date: string): string {
  const index = ['001', '002', '003', '008', '021'].indexOf(kdPoli);
  const letter = String.fromCharCode(65 + (index < 0 ? 25 : index));
  const taken = existing.filter((r) => r.date === date && r.body.kdPoli === kdPoli).length;
  return `${letter}${taken + 1}`;
}

/** `pendaftaran` (bpjs.md §3.1): add, by queue number, by date, delete. */
export function registerPendaftaran(app: BpjsApp, { state, clock }: RouteDeps): void {
  app.post('/pendaftaran', async (c) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = new BodyCheck(body);
    const noKartu = check.string('noKartu');
    const kdProvider = check.string('kdProviderPeserta');
    const date = check.date('tglDaftar');
    const kdPoli = check.string('kdPoli');
    check.string('keluhan', false);
    check.boolean('kunjSakit');
    for (const field of VITALS) check.number(field, false);
    check.number('rujukBalik', false);
    const kdTkp = check.string('kdTkp');
    if (check.typeError) return replyError(c, 500, check.typeError);

    const member = noKartu ? state.memberByCard(noKartu) : undefined;
    if (noKartu && !member) check.fail('noKartu', 'Peserta tidak ditemukan');
    if (member && !member.active) check.fail('noKartu', `Peserta tidak aktif: ${member.statusDescription}`);
    if (member && kdProvider && member.provider.kdProvider !== kdProvider) {
      check.fail('kdProviderPeserta', 'Tidak sesuai dengan provider terdaftar peserta');
    }
    if (kdPoli && !poliOf(kdPoli)) check.fail('kdPoli', 'Kode poli tidak ditemukan');
    if (kdTkp && !['10', '20', '50'].includes(kdTkp)) check.fail('kdTkp', 'kdTkp harus 10, 20 atau 50');
    if (date && date > todayWib(clock.now()))
      check.fail('tglDaftar', 'Tanggal pendaftaran tidak boleh melebihi hari ini');
    const duplicate = state.registrations.some(
      (r) => r.date === date && r.body.noKartu === noKartu && r.body.kdPoli === kdPoli,
    );
    if (duplicate) check.fail('noKartu', 'Peserta sudah terdaftar di poli tersebut pada tanggal yang sama');
    if (!check.ok) return replyPrecondition(c, check.issues);

    const noUrut = queueNumber(state.registrations, kdPoli as string, date as string);
    state.registrations.push({
      noUrut,
      date: date as string,
      body,
      status: 'Belum dilayani',
      visitNumber: null,
      receivedAt: clock.now(),
    });
    return replyData(c, { field: 'noUrut', message: noUrut }, 201, 'CREATED');
  });

  app.get('/pendaftaran/noUrut/:noUrut/tglDaftar/:tgl', (c) => {
    const date = parseDmy(c.req.param('tgl'));
    if (!date)
      return replyPrecondition(c, [{ field: 'tglDaftar', message: 'Format tglDaftar harus dd-mm-yyyy' }]);
    const found = state.registrations.find(
      (r) => r.date === date && r.noUrut.toUpperCase() === c.req.param('noUrut').toUpperCase(),
    );
    return found ? replyData(c, pendaftaranWire(state, found)) : replyNoContent(c);
  });

  app.get(`/pendaftaran/tglDaftar/:tgl/${PAGE}`, (c) => {
    const date = parseDmy(c.req.param('tgl'));
    if (!date)
      return replyPrecondition(c, [{ field: 'tglDaftar', message: 'Format tglDaftar harus dd-mm-yyyy' }]);
    const list = state.registrations.filter((r) => r.date === date).map((r) => pendaftaranWire(state, r));
    if (list.length === 0) return replyNoContent(c);
    return replyData(c, page(list, Number(c.req.param('start')), Number(c.req.param('limit'))));
  });

  app.delete('/pendaftaran/peserta/:noKartu/tglDaftar/:tgl/noUrut/:noUrut/kdPoli/:kdPoli', (c) => {
    const date = parseDmy(c.req.param('tgl'));
    const index = state.registrations.findIndex(
      (r) =>
        r.date === date &&
        r.body.noKartu === c.req.param('noKartu') &&
        r.noUrut.toUpperCase() === c.req.param('noUrut').toUpperCase() &&
        r.body.kdPoli === c.req.param('kdPoli'),
    );
    if (index < 0)
      return replyPrecondition(c, [{ field: 'noUrut', message: 'Data pendaftaran tidak ditemukan' }]);
    if (state.registrations[index]?.visitNumber) {
      return replyPrecondition(c, [{ field: 'noUrut', message: 'Pendaftaran sudah memiliki kunjungan' }]);
    }
    state.registrations.splice(index, 1);
    return replyOk(c);
  });
}
