import { ALERGI, PROGNOSA, SUBSPESIALIS } from '../seed/references';
import type { BpjsState } from '../state';
import { BodyCheck } from './body-check';
import { consciousnessOf, diagnosisOf, dischargeStatusOf, doctorOf, hospitalOf, poliOf } from './wire';

const VITALS = ['sistole', 'diastole', 'beratBadan', 'tinggiBadan', 'respRate', 'heartRate', 'lingkarPerut'];
const TACC_DURATION = ['< 3 Hari', '>= 3 - 7 Hari', '>= 7 Hari'];
const TACC_AGE = [
  '< 1 Bulan',
  '>= 1 Bulan s/d < 12 Bulan',
  '>= 1 Tahun s/d < 5 Tahun',
  '>= 5 Tahun s/d < 12 Tahun',
  '>= 12 Tahun s/d < 55 Tahun',
  '>= 55 Tahun',
];

/**
 * The checks of `kunjungan/v1` (bpjs.md §3.2): types first (500), then references, the registration it
 * closes, referral and TACC rules (412 list).
 */
export function checkKunjungan(state: BpjsState, body: Record<string, unknown>) {
  const check = new BodyCheck(body);
  const noKartu = check.string('noKartu');
  const date = check.date('tglDaftar');
  const kdPoli = check.string('kdPoli');
  check.string('keluhan', false);
  const kdSadar = check.string('kdSadar');
  for (const field of VITALS) check.number(field, false);
  const kdStatusPulang = check.string('kdStatusPulang');
  check.date('tglPulang', false);
  const kdDokter = check.string('kdDokter');
  const diagnoses = ['kdDiag1', 'kdDiag2', 'kdDiag3'].map((f, i) => [f, check.string(f, i === 0)] as const);
  const kdPoliInternal = check.string('kdPoliRujukInternal', false);
  const rujuk = check.object('rujukLanjut');
  const rujukTypes = new BodyCheck(rujuk ?? {});
  const subSpesialis = rujukTypes.object('subSpesialis');
  const khusus = rujukTypes.object('khusus');
  const kdTacc = check.number('kdTacc');
  const alasanTacc = check.string('alasanTacc', false);
  check.string('anamnesa', false);
  const allergies = (['alergiMakan', 'alergiUdara', 'alergiObat'] as const).map(
    (f) => [f, check.string(f, false)] as const,
  );
  const kdPrognosa = check.string('kdPrognosa');
  for (const f of ['terapiObat', 'terapiNonObat', 'bmhp', 'suhu']) check.string(f, false);
  check.typeError ??= rujukTypes.typeError;
  const result = Object.assign(check, { parsed: { noKartu, date, kdPoli } });
  if (check.typeError) return result;

  const member = noKartu ? state.memberByCard(noKartu) : undefined;
  if (noKartu && !member) check.fail('noKartu', 'Peserta tidak ditemukan');
  if (member && !member.active) check.fail('noKartu', `Peserta tidak aktif: ${member.statusDescription}`);
  if (kdPoli && !poliOf(kdPoli)) check.fail('kdPoli', 'Kode poli tidak ditemukan');
  if (kdSadar && !consciousnessOf(kdSadar)) check.fail('kdSadar', 'Kode kesadaran tidak ditemukan');
  if (kdStatusPulang && !dischargeStatusOf(kdStatusPulang))
    check.fail('kdStatusPulang', 'Kode status pulang tidak ditemukan');
  if (kdDokter && !doctorOf(kdDokter)) check.fail('kdDokter', 'Kode dokter tidak ditemukan');
  for (const [field, code] of diagnoses) {
    if (code && !diagnosisOf(code)) check.fail(field, `Kode diagnosa ${code} tidak ditemukan`);
  }
  if (kdPoliInternal && !poliOf(kdPoliInternal))
    check.fail('kdPoliRujukInternal', 'Kode poli tidak ditemukan');
  if (kdPrognosa && !PROGNOSA.some((p) => p.kdPrognosa === kdPrognosa))
    check.fail('kdPrognosa', 'Kode prognosa tidak ditemukan');
  const allergyLists = { alergiMakan: ALERGI['01'], alergiUdara: ALERGI['02'], alergiObat: ALERGI['03'] };
  for (const [field, code] of allergies) {
    if (code && !allergyLists[field].some((a) => a.kdAlergi === code))
      check.fail(field, 'Kode alergi tidak ditemukan');
  }

  // Referral rules: Rujuk Vertikal carries rujukLanjut and nothing else does.
  if (kdStatusPulang === '4' && !rujuk) check.fail('rujukLanjut', 'Rujuk Vertikal wajib mengisi rujukLanjut');
  if (rujuk && kdStatusPulang !== '4')
    check.fail('kdStatusPulang', 'rujukLanjut hanya untuk status pulang Rujuk Vertikal');
  if (rujuk) {
    const r = new BodyCheck(rujuk);
    r.date('tglEstRujuk');
    const kdppk = r.string('kdppk');
    const hospital = kdppk ? hospitalOf(kdppk) : undefined;
    if (kdppk && !hospital) r.fail('kdppk', 'Faskes rujukan tidak ditemukan');
    if (!subSpesialis && !khusus) r.fail('subSpesialis', 'Isi subSpesialis atau khusus');
    if (subSpesialis) {
      const code = subSpesialis.kdSubSpesialis1;
      const known = Object.values(SUBSPESIALIS).some((list) => list.some((s) => s.kdSubSpesialis === code));
      if (typeof code !== 'string' || !known) r.fail('kdSubSpesialis1', 'Kode sub spesialis tidak ditemukan');
      else if (hospital && !(code in hospital.subSpesialis))
        r.fail('kdppk', 'Faskes rujukan tidak melayani sub spesialis tersebut');
    }
    if (khusus && hospital && !hospital.khusus.includes(String(khusus.kdKhusus))) {
      r.fail('kdKhusus', 'Faskes rujukan tidak melayani rujukan khusus tersebut');
    }
    check.issues.push(...r.issues);
  }

  // TACC (bpjs.md §3.2): required when a non-specialist diagnosis is referred out, with a reason that fits.
  const nonSpecialist = diagnoses.some(([, code]) => code && diagnosisOf(code)?.nonSpesialis === true);
  if (kdTacc !== null && ![-1, 1, 2, 3, 4].includes(kdTacc))
    check.fail('kdTacc', 'kdTacc harus -1, 1, 2, 3 atau 4');
  else if (rujuk && subSpesialis && nonSpecialist && kdTacc === -1) {
    check.fail('kdTacc', 'Diagnosa non spesialistik yang dirujuk wajib mengisi TACC');
  } else if (kdTacc === -1 && alasanTacc) {
    check.fail('alasanTacc', 'alasanTacc harus kosong tanpa TACC');
  } else if (kdTacc === 1 || kdTacc === 4) {
    if (!alasanTacc || !TACC_DURATION.includes(alasanTacc))
      check.fail('alasanTacc', 'Alasan TACC tidak sesuai');
  } else if (kdTacc === 2) {
    if (!alasanTacc || !TACC_AGE.includes(alasanTacc)) check.fail('alasanTacc', 'Alasan TACC tidak sesuai');
  } else if (kdTacc === 3) {
    const code = alasanTacc?.split('-')[0];
    if (!code || !diagnosisOf(code))
      check.fail('alasanTacc', 'Alasan TACC harus <kode diagnosa>-<nama diagnosa>');
  }

  return result;
}
