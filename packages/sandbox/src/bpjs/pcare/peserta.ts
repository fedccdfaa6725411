import { replyData, replyNoContent } from '../protocol/reply';
import type { BpjsApp, RouteDeps } from './deps';
import { pesertaWire } from './wire';

/** `peserta/{noKartu}` and `peserta/{nik|noka}/{nomor}` (bpjs.md §3). Unknown numbers answer code 204. */
export function registerPeserta(app: BpjsApp, { state }: RouteDeps): void {
  app.get('/peserta/:noKartu{[0-9]+}', (c) => {
    const member = state.memberByCard(c.req.param('noKartu'));
    return member ? replyData(c, pesertaWire(member)) : replyNoContent(c);
  });
  app.get('/peserta/:jenis{nik|noka|NIK|NOKA}/:nomor{[0-9]+}', (c) => {
    const nomor = c.req.param('nomor');
    const member =
      c.req.param('jenis').toLowerCase() === 'nik' ? state.memberByNik(nomor) : state.memberByCard(nomor);
    return member ? replyData(c, pesertaWire(member)) : replyNoContent(c);
  });
}
