import { z } from 'zod';
import { isoDate, toPcareDate } from '../dates';
import { code, memberNumber, text } from '../fields';
import { type Tacc, taccSchema, taccToWire } from './tacc';
import { type VitalsWire, vitalsSchema, vitalsToWire } from './vitals';

/** kdStatusPulang for "Rujuk Vertikal", the only discharge status that carries `rujukLanjut` (spec §3.2). */
export const DISCHARGE_REFERRED = '4';

/** Khusus referral codes (aditbaco doc-comment, spec §3); THA and HEM also name a sub-specialty. */
export const SPECIAL_REFERRAL_CODES = [
  'IGD',
  'HDL',
  'JIW',
  'KLT',
  'PAR',
  'KEM',
  'RAT',
  'HIV',
  'THA',
  'HEM',
] as const;

const referralSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('subSpecialist'),
    /** tglEstRujuk, ISO. */
    estimatedDate: isoDate,
    /** kdppk of the receiving hospital, from `referralFacilities.forSubSpecialist()`. */
    providerCode: code(12),
    /** kdSubSpesialis1. */
    subSpecialistCode: code(5),
    /** kdSarana, when a facility is needed. */
    facilityCode: code(5).optional(),
  }),
  z.object({
    kind: z.literal('special'),
    estimatedDate: isoDate,
    providerCode: code(12),
    /** kdKhusus. */
    specialCode: z.enum(SPECIAL_REFERRAL_CODES),
    /** kdSubSpesialis, required for THA and HEM. */
    subSpecialistCode: code(5).optional(),
    /** catatan. */
    note: text(500).optional(),
  }),
]);

export type Referral = z.output<typeof referralSchema>;

const allergyCode = code(3).default('00');

export const visitInputSchema = z
  .object({
    memberNumber,
    /** tglDaftar: the registration's date, ISO. */
    date: isoDate,
    /** kdPoli. */
    poliCode: code(5),
    /** keluhan. */
    complaint: text(500).default(''),
    /** anamnesa. */
    anamnesis: text(2000).default(''),
    /** kdSadar from `references.consciousness()`. Default `01` (compos mentis). */
    consciousnessCode: code(3).default('01'),
    vitals: vitalsSchema,
    /** suhu in °C; pCare takes it as a string. */
    temperatureC: z.number().min(25, 'must be at least 25 °C').max(45, 'must be at most 45 °C').optional(),
    /** kdStatusPulang from `references.dischargeStatuses()`. */
    dischargeStatusCode: code(3),
    /** tglPulang, ISO. Default: the visit date. */
    dischargeDate: isoDate.optional(),
    /** kdDokter from `references.doctors()`. */
    doctorCode: code(12),
    /** kdDiag1..3: one to three ICD-10 codes from `references.diagnoses()`. */
    diagnoses: z
      .array(code(10))
      .min(1, 'needs at least one diagnosis')
      .max(3, 'takes at most three diagnoses'),
    /** kdPoliRujukInternal. */
    internalReferralPoliCode: code(5).optional(),
    /** rujukLanjut: only with dischargeStatusCode `4` (Rujuk Vertikal). */
    referral: referralSchema.optional(),
    /** kdTacc/alasanTacc: why a non-specialist diagnosis is referred. Omit for none (-1). */
    tacc: taccSchema.optional(),
    /** alergiMakan/alergiUdara/alergiObat codes from `references.allergies()`; `00` = none. */
    allergies: z
      .object({ food: allergyCode, air: allergyCode, drug: allergyCode })
      .default({ food: '00', air: '00', drug: '00' }),
    /** kdPrognosa from `references.prognoses()`. */
    prognosisCode: code(3),
    /** terapiObat. */
    drugTherapy: text(1000).default(''),
    /** terapiNonObat. */
    nonDrugTherapy: text(1000).default(''),
    /** bmhp: consumables (bahan medis habis pakai). */
    medicalSupplies: text(1000).default(''),
  })
  .superRefine((v, ctx) => {
    const referred = v.dischargeStatusCode === DISCHARGE_REFERRED;
    if (v.referral && !referred) {
      ctx.addIssue({
        code: 'custom',
        path: ['dischargeStatusCode'],
        message: `must be ${DISCHARGE_REFERRED} (Rujuk Vertikal) when a referral is given`,
      });
    }
    if (referred && !v.referral) {
      ctx.addIssue({ code: 'custom', path: ['referral'], message: 'is required for Rujuk Vertikal' });
    }
    if (v.tacc && !v.referral) {
      ctx.addIssue({ code: 'custom', path: ['tacc'], message: 'only applies to a referral' });
    }
    const r = v.referral;
    if (
      r?.kind === 'special' &&
      (r.specialCode === 'THA' || r.specialCode === 'HEM') &&
      !r.subSpecialistCode
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['referral', 'subSpecialistCode'],
        message: 'is required for THA and HEM referrals',
      });
    }
    if (v.dischargeDate && v.dischargeDate < v.date) {
      ctx.addIssue({ code: 'custom', path: ['dischargeDate'], message: 'must not be before the visit date' });
    }
  });

export type VisitInput = z.input<typeof visitInputSchema>;
export type ParsedVisitInput = z.output<typeof visitInputSchema>;

export interface RujukLanjutWire {
  tglEstRujuk: string;
  kdppk: string;
  subSpesialis: { kdSubSpesialis1: string; kdSarana: string | null } | null;
  khusus: { kdKhusus: string; kdSubSpesialis: string | null; catatan: string | null } | null;
}

/** POST/PUT `kunjungan/v1` body (spec §3.2). v3's `terapi` and `alergi` are gone in v4. */
export interface KunjunganWire extends VitalsWire {
  noKunjungan: string | null;
  noKartu: string;
  tglDaftar: string;
  kdPoli: string;
  keluhan: string;
  kdSadar: string;
  kdStatusPulang: string;
  tglPulang: string;
  kdDokter: string;
  kdDiag1: string;
  kdDiag2: string | null;
  kdDiag3: string | null;
  kdPoliRujukInternal: string | null;
  rujukLanjut: RujukLanjutWire | null;
  kdTacc: number;
  alasanTacc: string | null;
  anamnesa: string;
  alergiMakan: string;
  alergiUdara: string;
  alergiObat: string;
  kdPrognosa: string;
  terapiObat: string;
  terapiNonObat: string;
  bmhp: string;
  suhu: string;
}

function referralToWire(r: Referral | undefined): RujukLanjutWire | null {
  if (!r) return null;
  const base = { tglEstRujuk: toPcareDate(r.estimatedDate), kdppk: r.providerCode };
  if (r.kind === 'subSpecialist') {
    // `kdSubSpesialis1`, not `kdSubSpesialis`: aditbaco commit 8d31ea7 fixed exactly this.
    return {
      ...base,
      subSpesialis: { kdSubSpesialis1: r.subSpecialistCode, kdSarana: r.facilityCode ?? null },
      khusus: null,
    };
  }
  return {
    ...base,
    subSpesialis: null,
    khusus: { kdKhusus: r.specialCode, kdSubSpesialis: r.subSpecialistCode ?? null, catatan: r.note ?? null },
  };
}

/**
 * The one place a visit becomes a `kunjungan/v1` body. Absent optional values are `null`, never "":
 * `rujukLanjut: ""` is a documented cause of pCare's HTTP 500 (spec §6.3 item 10).
 */
export function visitToWire(v: ParsedVisitInput, visitNumber: string | null): KunjunganWire {
  const tacc: Tacc | undefined = v.tacc;
  return {
    noKunjungan: visitNumber,
    noKartu: v.memberNumber,
    tglDaftar: toPcareDate(v.date),
    kdPoli: v.poliCode,
    keluhan: v.complaint,
    kdSadar: v.consciousnessCode,
    ...vitalsToWire(v.vitals),
    kdStatusPulang: v.dischargeStatusCode,
    tglPulang: toPcareDate(v.dischargeDate ?? v.date),
    kdDokter: v.doctorCode,
    kdDiag1: v.diagnoses[0] as string,
    kdDiag2: v.diagnoses[1] ?? null,
    kdDiag3: v.diagnoses[2] ?? null,
    kdPoliRujukInternal: v.internalReferralPoliCode ?? null,
    rujukLanjut: referralToWire(v.referral),
    ...taccToWire(tacc),
    anamnesa: v.anamnesis,
    alergiMakan: v.allergies.food,
    alergiUdara: v.allergies.air,
    alergiObat: v.allergies.drug,
    kdPrognosa: v.prognosisCode,
    terapiObat: v.drugTherapy,
    terapiNonObat: v.nonDrugTherapy,
    bmhp: v.medicalSupplies,
    suhu: v.temperatureC === undefined ? '0' : String(v.temperatureC),
  };
}
