import { Hono } from 'hono';
import { clockText } from '../faults/faults';
import type { SimulatorClock } from '../options';
import { type BpjsContext, type BpjsEnv, readJsonBody, replyData, replyError } from '../protocol/reply';
import type { BpjsState } from '../state';

export interface IcareDeps {
  state: BpjsState;
  clock: SimulatorClock;
  /** Where the history page is served, e.g. `http://127.0.0.1:1234/mobile-faskes/IHS/riwayat`. */
  historyPageUrl: () => string;
  linkSeconds: number;
  minIntervalSeconds: number;
}

/**
 * i-Care (bpjs.md §4): `api/pcare/validate` (FKTP, `{param}` plus an optional `kodedokter`) and
 * `api/rs/validate` (FKRTL, card number or NIK plus `kodedokter`). The answer is an encrypted `{url}` to a
 * short-lived history page.
 */
export function icareRoutes(deps: IcareDeps): Hono<BpjsEnv> {
  const app = new Hono<BpjsEnv>();
  const { state, clock } = deps;

  const validate = (fkrtl: boolean) => async (c: BpjsContext) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const param = typeof body.param === 'string' ? body.param.trim() : '';
    const doctor = body.kodedokter;
    if (
      doctor !== undefined &&
      doctor !== null &&
      (typeof doctor !== 'number' || !Number.isInteger(doctor))
    ) {
      return replyError(c, 500, 'Input string was not in a correct format.');
    }
    if (fkrtl && doctor === undefined) return replyError(c, 412, 'kodedokter wajib diisi');
    const member = /^\d{13}$/.test(param)
      ? state.memberByCard(param)
      : fkrtl && /^\d{16}$/.test(param)
        ? state.memberByNik(param)
        : undefined;
    if (!member) return replyError(c, 412, 'Data peserta tidak ditemukan');

    const now = clock.now();
    const last = state.icareLastRequest.get(member.cardNumber);
    const gap = deps.minIntervalSeconds * 1000;
    if (gap > 0 && last !== undefined && now - last < gap) {
      return replyError(
        c,
        412,
        `Silakan coba kembali setelah ${clockText(Math.ceil((gap - (now - last)) / 1000))}`,
      );
    }
    state.icareLastRequest.set(member.cardNumber, now);

    const token = state.newIcareToken();
    state.icareLinks.set(token, {
      token,
      cardNumber: member.cardNumber,
      doctorCode: typeof doctor === 'number' ? doctor : null,
      expiresAt: now + deps.linkSeconds * 1000,
      views: 0,
    });
    return replyData(c, { url: `${deps.historyPageUrl()}?token=${token}` });
  };

  app.post('/api/pcare/validate', validate(false));
  app.post('/api/rs/validate', validate(true));
  return app;
}
