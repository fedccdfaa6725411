import { z } from 'zod';
import { POSTAL_CODE_PATTERN, REGION_PATTERNS, RT_RW_PATTERN } from '../identifiers/patterns';
import { fhirIdSchema, ihsPatientIdSchema, ihsPractitionerIdSchema } from '../identifiers/schemas';

/** Non-empty text after trimming (SATUSEHAT refuses empty text, RuleNumber 10134). */
export const text = (max = 500) =>
  z.string().trim().min(1, 'Must not be empty').max(max, `Must be at most ${max} characters`);

/** A local identifier value (registration number, prescription number): printable, no spaces at the ends. */
export const localId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_./:-]{0,63}$/, 'Must be 1-64 letters, digits or _ . / : -');

export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ()-]{4,22}[0-9]$/, 'Must be a phone number such as +6221-7830426 or 08123456789');
export const emailSchema = z.string().regex(/^[^@\s]+@[^@\s]+$/, 'Must be an e-mail address');

export const contactFields = {
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
  /** A website; SATUSEHAT's own example puts a bare host here, so any text is accepted. */
  url: text(200).optional(),
};

/** The patient (by SATUSEHAT IHS number) a clinical record is about, with the name as the MPI holds it. */
export const patientRefSchema = z.strictObject({ ihsNumber: ihsPatientIdSchema, name: text(200) });
/** A practitioner by SATUSEHAT IHS number and name as the Nakes index holds it. */
export const practitionerRefSchema = z.strictObject({ ihsNumber: ihsPractitionerIdSchema, name: text(200) });
/** A Location registered in SATUSEHAT (its id, a UUID) and its name. */
export const locationRefSchema = z.strictObject({ id: fhirIdSchema, name: text(200) });

export type PatientRef = z.input<typeof patientRefSchema>;
export type PractitionerRef = z.input<typeof practitionerRefSchema>;
export type LocationRef = z.input<typeof locationRefSchema>;

const regionCodes = {
  provinceCode: z.string().regex(REGION_PATTERNS.province, 'Province code must be 2 digits').optional(),
  cityCode: z.string().regex(REGION_PATTERNS.city, 'City/regency code must be 4 digits').optional(),
  districtCode: z.string().regex(REGION_PATTERNS.district, 'District code must be 6 digits').optional(),
  villageCode: z.string().regex(REGION_PATTERNS.village, 'Village code must be 10 digits').optional(),
};

const LEVELS = ['provinceCode', 'cityCode', 'districtCode', 'villageCode'] as const;

/**
 * An Indonesian address with Master Wilayah (Kemendagri) codes and RT/RW. Each code must extend the one above
 * it (village 3171011001 lies in district 317101, which lies in city 3171, in province 31).
 */
export const addressSchema = z
  .strictObject({
    line: text(300),
    city: text(100).optional(),
    postalCode: z.string().regex(POSTAL_CODE_PATTERN, 'Postal code must be 5 digits').optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Country must be an ISO 3166 alpha-2 code')
      .default('ID'),
    ...regionCodes,
    rt: z.string().regex(RT_RW_PATTERN, 'RT must be 1-3 digits').optional(),
    rw: z.string().regex(RT_RW_PATTERN, 'RW must be 1-3 digits').optional(),
  })
  .superRefine((address, ctx) => {
    for (let i = 1; i < LEVELS.length; i += 1) {
      const level = LEVELS[i] as (typeof LEVELS)[number];
      const parentLevel = LEVELS[i - 1] as (typeof LEVELS)[number];
      const code = address[level];
      const parent = address[parentLevel];
      if (code === undefined) continue;
      if (parent === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [parentLevel],
          message: `Required when ${level} is given`,
          params: { code: 'required' },
        });
      } else if (!code.startsWith(parent)) {
        ctx.addIssue({
          code: 'custom',
          path: [level],
          message: `Must lie within ${parentLevel} (start with its digits)`,
          params: { code: 'region_mismatch' },
        });
      }
    }
  });

export type AddressRecord = z.input<typeof addressSchema>;
export type ParsedAddress = z.output<typeof addressSchema>;

/** A code and the text the EMR shows for it. */
export const codedSchema = <T extends z.ZodType<string>>(code: T) =>
  z.strictObject({ code, display: text(300) });
