import { toDmy } from '../dates';
import {
  type BpjsContext,
  readJsonBody,
  replyData,
  replyError,
  replyNoContent,
  replyOk,
  replyPrecondition,
} from '../protocol/reply';
import { KHUSUS, SUBSPESIALIS } from '../seed/references';
import type { BpjsApp, RouteDeps } from './deps';
import { checkKunjungan } from './kunjungan-checks';
import { diagnosisOf, doctorOf, hospitalOf, page, poliOf, riwayatWire } from './wire';

const NOT_REGISTERED = 'Unauthorized! You are not registered for this service!';

/**
 * `kunjungan` (bpjs.md §3.2): add and edit on `kunjungan/v1` (also spelled `V1`); the v3 path answers 404
 * "not registered for this service", as integrators report (bpjs.md §6.3 item 4).
 */
export function registerKunjungan(app: BpjsApp, { state, clock }: RouteDeps): void {
  const write = (method: 'POST' | 'PUT') => async (c: BpjsContext) => {
    const body = await readJsonBody(c);
    if (!body) return replyError(c, 500, 'Cannot access child value on Newtonsoft.Json.Linq.JValue.');
    const check = checkKunjungan(state, body);
    if (check.typeError) return replyError(c, 500, check.typeError);
    const { noKartu, date, kdPoli } = check.parsed;
    const existing =
      typeof body.noKunjungan === 'string' ? state.visits.get(body.noKunjungan.toUpperCase()) : undefined;

    if (method === 'PUT') {
      if (!existing) check.fail('noKunjungan', 'Data kunjungan tidak ditemukan');
      else if (existing.body.noKartu !== noKartu) check.fail('noKartu', 'Tidak sesuai dengan data kunjungan');
      if (!check.ok) return replyPrecondition(c, check.issues);
      if (!existing) return replyPrecondition(c, check.issues);
      existing.body = body;
      existing.updatedAt = clock.now();
      if (body.rujukLanjut && !existing.noRujukan)
        existing.noRujukan = state.nextReferralNumber(existing.date);
      if (!body.rujukLanjut) existing.noRujukan = null;
      return replyOk(c);
    }

    const registration = state.registrations.find(
      (r) => r.date === date && r.body.noKartu === noKartu && r.body.kdPoli === kdPoli,
    );
    // The exact wording pCare uses (bpjs.md §2.3).
    if (noKartu && date && kdPoli && !registration) {
      check.fail('noKartu', 'Belum melakukan pendaftaran pada poli tersebut.');
    }
    if (registration?.visitNumber) check.fail('noKartu', 'Pendaftaran tersebut sudah memiliki kunjungan');
    if (!check.ok || !registration || !date) return replyPrecondition(c, check.issues);

    const noKunjungan = state.nextVisitNumber(date);
    state.visits.set(noKunjungan, {
      noKunjungan,
      date,
      body: { ...body, noKunjungan },
      noRujukan: body.rujukLanjut ? state.nextReferralNumber(date) : null,
      receivedAt: clock.now(),
      updatedAt: clock.now(),
    });
    registration.visitNumber = noKunjungan;
    registration.status = 'Sudah dilayani';
    return replyData(c, [{ field: 'noKunjungan', message: noKunjungan }], 201, 'CREATED');
  };

  for (const path of ['/kunjungan/v1', '/kunjungan/V1']) {
    app.post(path, write('POST'));
    app.put(path, write('PUT'));
  }
  app.post('/kunjungan', (c) => replyError(c, 404, NOT_REGISTERED));
  app.put('/kunjungan', (c) => replyError(c, 404, NOT_REGISTERED));

  app.delete('/kunjungan/:noKunjungan', (c) => {
    const id = c.req.param('noKunjungan').toUpperCase();
    const visit = state.visits.get(id);
    if (!visit)
      return replyPrecondition(c, [{ field: 'noKunjungan', message: 'Data kunjungan tidak ditemukan' }]);
    state.visits.delete(id);
    for (const list of [state.drugs, state.procedures, state.mcu]) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i]?.noKunjungan === id) list.splice(i, 1);
    }
    const registration = state.registrations.find((r) => r.visitNumber === id);
    if (registration) {
      registration.visitNumber = null;
      registration.status = 'Belum dilayani';
    }
    return replyOk(c);
  });

  app.get('/kunjungan/peserta/:noKartu', (c) => {
    const visits = [...state.visits.values()]
      .filter((v) => v.body.noKartu === c.req.param('noKartu'))
      .sort((a, b) => b.date.localeCompare(a.date) || b.receivedAt - a.receivedAt)
      .map((v) => riwayatWire(state, v));
    return visits.length === 0 ? replyNoContent(c) : replyData(c, page(visits, 0, visits.length));
  });

  app.get('/kunjungan/rujukan/:noKunjungan', (c) => {
    const visit = state.visits.get(c.req.param('noKunjungan').toUpperCase());
    if (!visit?.noRujukan) return replyNoContent(c);
    const b = visit.body;
    const rujuk = b.rujukLanjut as Record<string, unknown>;
    const hospital = hospitalOf(rujuk.kdppk);
    const member = state.memberByCard(String(b.noKartu));
    const sub = rujuk.subSpesialis as { kdSubSpesialis1?: string } | null;
    const khusus = rujuk.khusus as { kdKhusus?: string } | null;
    const subInfo = Object.values(SUBSPESIALIS)
      .flat()
      .find((s) => s.kdSubSpesialis === sub?.kdSubSpesialis1);
    const khususInfo = KHUSUS.find((k) => k.kdKhusus === khusus?.kdKhusus);
    const d = (code: unknown) => {
      const found = diagnosisOf(code);
      return found ? { kdDiag: found.kdDiag, nmDiag: found.nmDiag } : { kdDiag: null, nmDiag: null };
    };
    const doctor = doctorOf(b.kdDokter);
    const taccNames: Record<string, string> = {
      '1': 'Time',
      '2': 'Age',
      '3': 'Complication',
      '4': 'Comorbidity',
    };
    return replyData(c, {
      noRujukan: visit.noRujukan,
      ppk: hospital
        ? {
            kdPPK: hospital.kdppk,
            nmPPK: hospital.nmppk,
            alamat: hospital.alamatPpk,
            kc: { kdKC: '0189', nmKC: hospital.nmkc, alamatKC: null },
          }
        : null,
      tglKunjungan: toDmy(visit.date),
      poli: subInfo
        ? { kdPoli: subInfo.kdPoliRujuk, nmPoli: subInfo.nmSubSpesialis }
        : khususInfo
          ? { kdPoli: khususInfo.kdKhusus, nmPoli: khususInfo.nmKhusus }
          : { kdPoli: poliOf(b.kdPoli)?.kdPoli ?? null, nmPoli: poliOf(b.kdPoli)?.nmPoli ?? null },
      nokaPst: member?.cardNumber ?? b.noKartu,
      nmPst: member?.name ?? '',
      tglLahir: member ? toDmy(member.birthDate) : null,
      pisa: member?.relationship === 'Peserta' ? '1' : '4',
      ketPisa: member?.relationship ?? null,
      sex: member?.sex ?? null,
      diag1: d(b.kdDiag1),
      diag2: d(b.kdDiag2),
      diag3: d(b.kdDiag3),
      catatan: (khusus as { catatan?: string } | null)?.catatan ?? b.anamnesa ?? null,
      dokter: doctor ? { kdDokter: doctor.kdDokter, nmDokter: doctor.nmDokter } : null,
      tacc:
        b.kdTacc === -1 || b.kdTacc === undefined
          ? { nmTacc: 'Tanpa TACC', alasanTacc: null }
          : { nmTacc: taccNames[String(b.kdTacc)] ?? null, alasanTacc: b.alasanTacc ?? null },
      infoDenda: null,
    });
  });
}
