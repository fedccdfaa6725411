import { toDmy } from '../dates';
import type { SeedMember } from '../seed/members';
import { FKTP_PROVIDERS, REFERRAL_HOSPITALS } from '../seed/providers';
import { DIAGNOSA, DOKTER, KESADARAN, POLI, STATUS_PULANG } from '../seed/references';
import type { BpjsState, StoredRegistration, StoredVisit } from '../state';

/** Builders of the read shapes pCare answers with (bpjs.md §3.0), from seeds and stored writes. */

export function pesertaWire(m: SeedMember) {
  return {
    noKartu: m.cardNumber,
    nama: m.name,
    hubunganKeluarga: m.relationship,
    sex: m.sex,
    tglLahir: toDmy(m.birthDate),
    tglMulaiAktif: toDmy(m.coverageStart),
    tglAkhirBerlaku: toDmy(m.coverageEnd),
    kdProviderPst: { kdProvider: m.provider.kdProvider, nmProvider: m.provider.nmProvider },
    kdProviderGigi: { kdProvider: null, nmProvider: null },
    jnsKelas: { nama: m.careClass.nama, kode: m.careClass.kode },
    jnsPeserta: { nama: m.memberType.nama, kode: m.memberType.kode },
    golDarah: m.bloodType,
    noHP: m.phone,
    noKTP: m.nik,
    pstProl: m.prolanis ?? '',
    pstPrb: m.referBack ?? '',
    aktif: m.active,
    ketAktif: m.statusDescription,
    asuransi: { kdAsuransi: null, nmAsuransi: null, noAsuransi: null, cob: false },
    tunggakan: m.arrears,
  };
}

export const poliOf = (code: unknown) => POLI.find((p) => p.kdPoli === code);
export const diagnosisOf = (code: unknown) => DIAGNOSA.find((d) => d.kdDiag === code);
export const doctorOf = (code: unknown) => DOKTER.find((d) => d.kdDokter === code);
export const consciousnessOf = (code: unknown) => KESADARAN.find((k) => k.kdSadar === code);
export const dischargeStatusOf = (code: unknown) =>
  [...STATUS_PULANG.outpatient, ...STATUS_PULANG.inpatient].find((s) => s.kdStatusPulang === code);
export const providerOf = (code: unknown) => FKTP_PROVIDERS.find((p) => p.kdProvider === code);
export const hospitalOf = (code: unknown) => REFERRAL_HOSPITALS.find((h) => h.kdppk === code);

const TKP: Record<string, string> = { '10': 'RJTP', '20': 'RITP', '50': 'Promotif' };

function vitals(body: Record<string, unknown>) {
  return {
    sistole: body.sistole,
    diastole: body.diastole,
    beratBadan: body.beratBadan,
    tinggiBadan: body.tinggiBadan,
    respRate: body.respRate,
    heartRate: body.heartRate,
    lingkarPerut: body.lingkarPerut,
  };
}

export function pendaftaranWire(state: BpjsState, r: StoredRegistration) {
  const b = r.body;
  const member = state.memberByCard(String(b.noKartu));
  const poli = poliOf(b.kdPoli);
  return {
    noUrut: r.noUrut,
    tgldaftar: toDmy(r.date),
    providerPelayanan: { kdProvider: state.clinic.kdProvider, nmProvider: state.clinic.nmProvider },
    peserta: member
      ? {
          noKartu: member.cardNumber,
          nama: member.name,
          hubunganKeluarga: member.relationship,
          sex: member.sex,
          tglLahir: toDmy(member.birthDate),
          aktif: member.active,
        }
      : null,
    poli: poli ? { kdPoli: poli.kdPoli, nmPoli: poli.nmPoli, poliSakit: poli.poliSakit } : null,
    keluhan: b.keluhan ?? null,
    kunjSakit: b.kunjSakit,
    status: r.status,
    ...vitals(b),
    tkp: { kdTkp: String(b.kdTkp), nmTkp: TKP[String(b.kdTkp)] ?? '' },
  };
}

function diag(code: unknown) {
  const d = diagnosisOf(code);
  return d ? { kdDiag: d.kdDiag, nmDiag: d.nmDiag, nonSpesialis: d.nonSpesialis } : null;
}

export function riwayatWire(state: BpjsState, v: StoredVisit) {
  const b = v.body;
  const member = state.memberByCard(String(b.noKartu));
  const poli = poliOf(b.kdPoli);
  const doctor = doctorOf(b.kdDokter);
  const sadar = consciousnessOf(b.kdSadar);
  const pulang = dischargeStatusOf(b.kdStatusPulang);
  const internal = poliOf(b.kdPoliRujukInternal);
  const registration = state.registrations.find((r) => r.visitNumber === v.noKunjungan);
  const tkp = String(registration?.body.kdTkp ?? '10');
  const prolanis = member?.prolanis;
  return {
    noKunjungan: v.noKunjungan,
    tglKunjungan: toDmy(v.date),
    providerPelayanan: { kdProvider: state.clinic.kdProvider, nmProvider: state.clinic.nmProvider },
    peserta: member ? { noKartu: member.cardNumber, nama: member.name } : null,
    poli: poli ? { kdPoli: poli.kdPoli, nmPoli: poli.nmPoli } : null,
    progProlanis: prolanis
      ? {
          kdProgram: prolanis === 'DM' ? '01' : '02',
          nmProgram: prolanis === 'DM' ? 'Diabetes Melitus' : 'Hipertensi',
        }
      : { kdProgram: null, nmProgram: null },
    keluhan: b.keluhan ?? null,
    diagnosa1: diag(b.kdDiag1),
    diagnosa2: diag(b.kdDiag2),
    diagnosa3: diag(b.kdDiag3),
    kesadaran: sadar ? { kdSadar: sadar.kdSadar, nmSadar: sadar.nmSadar } : null,
    ...vitals(b),
    catatan: b.anamnesa ?? null,
    rujukBalik: registration?.body.rujukBalik ?? 0,
    providerAsalRujuk: { kdProvider: null, nmProvider: null },
    providerRujukLanjut: (() => {
      const r = b.rujukLanjut as { kdppk?: unknown } | null;
      const h = hospitalOf(r?.kdppk);
      return h ? { kdProvider: h.kdppk, nmProvider: h.nmppk } : { kdProvider: null, nmProvider: null };
    })(),
    pemFisikLain: null,
    dokter: doctor ? { kdDokter: doctor.kdDokter, nmDokter: doctor.nmDokter } : null,
    statusPulang: pulang
      ? { kdStatusPulang: pulang.kdStatusPulang, nmStatusPulang: pulang.nmStatusPulang }
      : null,
    tkp: { kdTkp: tkp, nmTkp: TKP[tkp] ?? '' },
    poliRujukInternal: internal
      ? { kdPoli: internal.kdPoli, nmPoli: internal.nmPoli }
      : { kdPoli: null, nmPoli: null },
    poliRujukLanjut: { kdPoli: null, nmPoli: null },
    tglPulang: b.tglPulang ?? null,
  };
}

/** A `{count, list}` page; start and limit are the path's zero-based offset and row count. */
export function page<T>(items: readonly T[], start: number, limit: number) {
  return { count: items.length, list: items.slice(start, start + limit) };
}
