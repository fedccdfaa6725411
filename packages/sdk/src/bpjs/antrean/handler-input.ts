import { z } from 'zod';
import { isoDate } from '../dates';
import type { AntreanMessageKey } from './handler-messages';
import type { CancelRequest, NewPatientRequest, TakeQueueRequest } from './handler-types';

/**
 * Validation of what Mobile JKN sends. Each rule's message is a key of ANTREAN_MESSAGES, so the answer
 * can be given in the patient's language.
 */

const key = (k: AntreanMessageKey) => k;
const digits = (n: number, k: AntreanMessageKey) => z.string().regex(new RegExp(`^\\d{${n}}$`), key(k));
// Mobile JKN builds have sent numbers where strings were expected; digits are accepted either way.
const asString = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), schema);
// Optional fields of the newer request arrive as "" when the app has no value; that means absent.
const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const cardNumberField = asString(digits(13, 'cardNumber'));
export const poliCodeField = asString(z.string().regex(/^[A-Za-z0-9]{1,5}$/, key('poliCode')));
/** A calendar date written yyyy-mm-dd; the message key is `date`. */
export const visitDate = z.string(key('date')).refine((v) => isoDate.safeParse(v).success, key('date'));

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const takeQueueSchema = z.object({
  nomorkartu: cardNumberField,
  nik: asString(digits(16, 'nik')),
  kodepoli: poliCodeField,
  tanggalperiksa: visitDate,
  keluhan: z.string().max(500).optional().default(''),
  nohp: z.preprocess(blankAsAbsent, asString(z.string().regex(/^\+?\d{8,15}$/, key('phone'))).optional()),
  kodedokter: z.preprocess((v) => {
    const value = blankAsAbsent(v);
    return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  }, z.number(key('doctorCode')).int(key('doctorCode')).positive(key('doctorCode')).optional()),
  jampraktek: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, key('practiceHours'))
      .optional(),
  ),
  norm: z.preprocess(blankAsAbsent, asString(z.string().max(30, key('medicalRecordNumber'))).optional()),
});

export function takeQueueRequest(v: z.output<typeof takeQueueSchema>): TakeQueueRequest {
  const current =
    v.nohp !== undefined || v.kodedokter !== undefined || v.jampraktek !== undefined || v.norm !== undefined;
  return {
    memberNumber: v.nomorkartu,
    nik: v.nik,
    poliCode: v.kodepoli,
    date: v.tanggalperiksa,
    complaint: v.keluhan,
    ...(v.nohp !== undefined ? { phone: v.nohp } : {}),
    ...(v.kodedokter !== undefined ? { doctorCode: v.kodedokter } : {}),
    ...(v.jampraktek !== undefined ? { practiceHours: v.jampraktek } : {}),
    ...(v.norm ? { medicalRecordNumber: v.norm } : {}),
    shape: current ? 'current' : 'v1',
  };
}

export const cancelSchema = z.object({
  nomorkartu: cardNumberField,
  kodepoli: poliCodeField,
  tanggalperiksa: visitDate,
  keterangan: optionalText(200),
  alasan: optionalText(200),
});

export function cancelRequest(v: z.output<typeof cancelSchema>): CancelRequest {
  const reason = v.keterangan ?? v.alasan;
  return {
    memberNumber: v.nomorkartu,
    poliCode: v.kodepoli,
    date: v.tanggalperiksa,
    ...(reason ? { reason } : {}),
  };
}

const required = (k: AntreanMessageKey, max = 200) =>
  asString(z.string(key(k)).trim().min(1, key(k)).max(max, key(k)));

export const newPatientSchema = z.object({
  nomorkartu: cardNumberField,
  nik: asString(digits(16, 'nik')),
  nomorkk: asString(digits(16, 'familyCardNumber')),
  nama: required('name'),
  jeniskelamin: z.enum(['L', 'P'], key('sex')),
  tanggallahir: z.string(key('birthDate')).refine((v) => isoDate.safeParse(v).success, key('birthDate')),
  alamat: required('address', 500),
  kodeprop: required('address', 10),
  namaprop: required('address'),
  kodedati2: required('address', 10),
  namadati2: required('address'),
  kodekec: required('address', 10),
  namakec: required('address'),
  kodekel: required('address', 15),
  namakel: required('address'),
  rw: required('address', 5),
  rt: required('address', 5),
});

export function newPatientRequest(v: z.output<typeof newPatientSchema>): NewPatientRequest {
  return {
    memberNumber: v.nomorkartu,
    nik: v.nik,
    familyCardNumber: v.nomorkk,
    name: v.nama,
    sex: v.jeniskelamin === 'L' ? 'male' : 'female',
    birthDate: v.tanggallahir,
    address: v.alamat,
    province: { code: v.kodeprop, name: v.namaprop },
    regency: { code: v.kodedati2, name: v.namadati2 },
    district: { code: v.kodekec, name: v.namakec },
    village: { code: v.kodekel, name: v.namakel },
    rw: v.rw,
    rt: v.rt,
  };
}

/** The message key of the first problem; zod's own messages (type errors) map to a generic one. */
export function firstMessageKey(error: z.ZodError, known: readonly string[]): AntreanMessageKey {
  for (const issue of error.issues)
    if (known.includes(issue.message)) return issue.message as AntreanMessageKey;
  return 'badBody';
}
