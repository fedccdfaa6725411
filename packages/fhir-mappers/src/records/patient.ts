import { z } from 'zod';
import {
  ihsPractitionerIdSchema,
  kkNumberSchema,
  nikSchema,
  passportNumberSchema,
} from '../identifiers/schemas';
import { MARITAL_STATUSES } from '../terminology/clinical';
import { addressSchema, emailSchema, localId, phoneSchema, text } from './common';
import { pastDateSchema } from './datetime-schemas';

/** A patient address: SATUSEHAT's MPI checks the four region codes against DUKCAPIL, so all are required. */
const patientAddressSchema = addressSchema.superRefine((address, ctx) => {
  for (const level of ['provinceCode', 'cityCode', 'districtCode', 'villageCode'] as const) {
    if (address[level] === undefined) {
      ctx.addIssue({ code: 'custom', path: [level], message: 'Required', params: { code: 'required' } });
    }
  }
});

/**
 * A patient as the clinic registers them (KMK 1423/2022 identity variables). Identified by NIK; a foreigner by
 * passport (and KK when they have one); a newborn without NIK by the mother's NIK and birth order.
 */
export const patientRecordSchema = z
  .strictObject({
    nik: nikSchema.optional(),
    passportNumber: passportNumberSchema.optional(),
    kkNumber: kkNumberSchema.optional(),
    /** For a newborn registered before it has a NIK. */
    motherNik: nikSchema.optional(),
    /** Birth order among siblings of one delivery: 0 single birth, 1 first twin, 2 second twin... */
    birthOrder: z.number().int().min(0).max(9).optional(),
    name: text(200),
    gender: z.enum(['male', 'female']),
    birthDate: pastDateSchema,
    birthPlace: text(100).optional(),
    address: patientAddressSchema,
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    maritalStatus: z.enum(Object.keys(MARITAL_STATUSES) as [keyof typeof MARITAL_STATUSES]).optional(),
    /** WNI: Indonesian citizen; WNA: foreigner. */
    citizenship: z.enum(['WNI', 'WNA']).optional(),
    /** BCP 47 tag of the preferred language; default `id-ID`. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Must be a BCP 47 tag such as id-ID')
      .default('id-ID'),
    /** The clinic's medical record number (nomor rekam medis). */
    medicalRecordNumber: localId.optional(),
  })
  .superRefine((patient, ctx) => {
    if (!patient.nik && !patient.passportNumber && !patient.kkNumber && !patient.motherNik) {
      ctx.addIssue({
        code: 'custom',
        path: ['nik'],
        message: 'A patient needs a NIK, passport number, KK number or (newborn) the mother NIK',
        params: { code: 'required' },
      });
    }
    if (patient.motherNik && !patient.nik && patient.birthOrder === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['birthOrder'],
        message: 'Required for a newborn identified by the mother NIK (0 for a single birth)',
        params: { code: 'required' },
      });
    }
    if (patient.citizenship === 'WNA' && !patient.passportNumber && !patient.nik && !patient.kkNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['passportNumber'],
        message: 'A foreign patient needs a passport number (or a NIK/KK issued to residents)',
        params: { code: 'required' },
      });
    }
  });

/** A practitioner as the clinic knows them: NIK for the SATUSEHAT lookup, IHS number once found. */
export const practitionerRecordSchema = z
  .strictObject({
    nik: nikSchema.optional(),
    ihsNumber: ihsPractitionerIdSchema.optional(),
    name: text(200),
  })
  .refine((p) => p.nik !== undefined || p.ihsNumber !== undefined, {
    path: ['nik'],
    message: 'A practitioner needs a NIK or an IHS number',
    params: { code: 'required' },
  });

export type PatientRecord = z.input<typeof patientRecordSchema>;
export type ParsedPatient = z.output<typeof patientRecordSchema>;
export type PractitionerRecord = z.input<typeof practitionerRecordSchema>;
