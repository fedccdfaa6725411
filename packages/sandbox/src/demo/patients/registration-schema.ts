import { isIcd10Code, isKkNumber } from '@sehatkit/fhir-mappers';
import { validateIdentifier } from '@sehatkit/sdk/format';
import { z } from 'zod';
import { bi, biIssue, REQUIRED } from '../messages';

/** The allergy groups the registration form offers as checkboxes: ids of the drug knowledge base. */
export const ALLERGY_GROUPS = [
  { id: 'alg.penicillin', label: { id: 'Penisilin', en: 'Penicillins' } },
  { id: 'alg.cephalosporin', label: { id: 'Sefalosporin', en: 'Cephalosporins' } },
  {
    id: 'alg.sulfonamide-antibiotic',
    label: { id: 'Antibiotik sulfonamida', en: 'Sulfonamide antibiotics' },
  },
  { id: 'alg.nsaid-cox1', label: { id: 'OAINS / aspirin', en: 'NSAIDs / aspirin' } },
  { id: 'alg.macrolide', label: { id: 'Makrolida', en: 'Macrolides' } },
  { id: 'alg.fluoroquinolone', label: { id: 'Fluorokuinolon', en: 'Fluoroquinolones' } },
  { id: 'alg.ace-inhibitor', label: { id: 'Penghambat ACE', en: 'ACE inhibitors' } },
] as const;

const ALLERGY_IDS = ALLERGY_GROUPS.map((g) => g.id) as [string, ...string[]];

/** Form fields arrive as text; an empty box means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const required = (max: number) =>
  z
    .string(REQUIRED)
    .trim()
    .min(1, REQUIRED)
    .max(max, bi(`Maksimal ${max} karakter.`, `At most ${max} characters.`));
const optional = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, bi(`Maksimal ${max} karakter.`, `At most ${max} characters.`))
      .optional(),
  );
const optionalNumber = (min: number, max: number, unit: string, unitEn = unit) =>
  z.preprocess(
    (value) => {
      const blank = blankToUndefined(value);
      return typeof blank === 'string' ? Number(blank.replace(',', '.')) : blank;
    },
    z
      .number(bi('Harus berupa angka.', 'Must be a number.'))
      .min(min, bi(`Minimal ${min} ${unit}.`, `At least ${min} ${unitEn}.`))
      .max(max, bi(`Maksimal ${max} ${unit}.`, `At most ${max} ${unitEn}.`))
      .optional(),
  );

const IDENTIFIER_TEXT: Record<string, [string, string]> = {
  required: ['Wajib diisi.', 'Required.'],
  invalid_characters: ['Hanya angka.', 'Digits only.'],
  too_short: ['Terlalu pendek.', 'Too short.'],
  too_long: ['Terlalu panjang.', 'Too long.'],
  all_zero: ['Nomor tidak valid.', 'Not a valid number.'],
  invalid_region: ['Kode wilayah NIK tidak dikenal.', 'The NIK region code is unknown.'],
};

/** A NIK (16 digits) or BPJS card number (13 digits), checked by the same rules the elements use. */
const identifier = (kind: 'nik' | 'card') =>
  z.string(REQUIRED).superRefine((value, ctx) => {
    const problem = validateIdentifier(kind, value);
    if (!problem) return;
    const [id, en] = IDENTIFIER_TEXT[problem.code] ?? ['Nomor tidak valid.', 'Not a valid number.'];
    const length =
      kind === 'nik'
        ? { id: ' NIK terdiri dari 16 angka.', en: ' A NIK has 16 digits.' }
        : { id: ' Nomor kartu BPJS terdiri dari 13 angka.', en: ' A BPJS card number has 13 digits.' };
    ctx.addIssue({ code: 'custom', ...biIssue(id + length.id, en + length.en) });
  });

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, '');

const pastDate = z
  .string(REQUIRED)
  .regex(/^\d{4}-\d{2}-\d{2}$/, bi('Gunakan format tttt-bb-hh.', 'Use the format yyyy-mm-dd.'))
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
    bi('Tanggal tidak valid.', 'Not a valid date.'),
  )
  .refine(
    (value) => Date.parse(`${value}T00:00:00Z`) <= Date.now(),
    bi('Tidak boleh di masa depan.', 'Must not be in the future.'),
  )
  .refine(
    (value) => Date.parse(`${value}T00:00:00Z`) >= Date.UTC(new Date().getUTCFullYear() - 130, 0, 1),
    bi('Tanggal lahir terlalu lama.', 'That birth date is too long ago.'),
  );

const choice = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, bi('Pilih salah satu pilihan.', 'Choose one of the options.'));
const optionalChoice = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(blankToUndefined, choice(values).optional());

const identity = z.strictObject({
  nik: z.preprocess((v) => (typeof v === 'string' ? digitsOnly(v) : v), identifier('nik')),
  name: required(100).refine(
    (name) => /^[\p{L} .,'-]*$/u.test(name),
    bi('Hanya huruf, spasi, titik, koma, apostrof dan tanda hubung.', "Letters, spaces and . , ' - only."),
  ),
  birthDate: pastDate,
  birthPlace: optional(60),
  sex: choice(['female', 'male']),
  citizenship: choice(['WNI', 'WNA']).default('WNI'),
  familyCardNumber: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(digitsOnly(v)) : v),
    z
      .string()
      .refine(
        (v) => isKkNumber(v),
        bi('Nomor KK terdiri dari 16 angka.', 'A family card number has 16 digits.'),
      )
      .optional(),
  ),
  motherName: optional(100),
});

const social = z.strictObject({
  phone: z.preprocess(
    (v) => (typeof v === 'string' ? digitsOnly(v) : v),
    z
      .string(REQUIRED)
      .min(1, REQUIRED)
      .regex(
        /^(?:\+62|62|0)8\d{7,11}$/,
        bi('Nomor HP Indonesia, mis. 0812 3456 7890.', 'An Indonesian mobile number, e.g. 0812 3456 7890.'),
      ),
  ),
  email: z.preprocess(
    blankToUndefined,
    z.email(bi('Alamat email tidak valid.', 'Not a valid email address.')).optional(),
  ),
  maritalStatus: optionalChoice(['single', 'married', 'divorced', 'widowed']),
  religion: optionalChoice(['islam', 'protestant', 'catholic', 'hindu', 'buddhist', 'confucian', 'other']),
  education: optionalChoice(['none', 'primary', 'junior', 'senior', 'diploma', 'bachelor', 'postgraduate']),
  occupation: optional(60),
});

const regionCode = (digits: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(new RegExp(`^\\d{${digits}}$`), bi('Pilih dari daftar.', 'Choose from the list.'))
      .optional(),
  );

const address = z
  .strictObject({
    line: required(200),
    rt: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,3}$/, bi('1–3 angka.', '1–3 digits.'))
        .optional(),
    ),
    rw: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,3}$/, bi('1–3 angka.', '1–3 digits.'))
        .optional(),
    ),
    provinceCode: z.string(REQUIRED).regex(/^\d{2}$/, bi('Pilih provinsi.', 'Choose a province.')),
    cityCode: z.string(REQUIRED).regex(/^\d{4}$/, bi('Pilih kabupaten/kota.', 'Choose a regency or city.')),
    districtCode: regionCode(6),
    villageCode: regionCode(10),
    postalCode: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{5}$/, bi('Kode pos terdiri dari 5 angka.', 'A postal code has 5 digits.'))
        .optional(),
    ),
  })
  .superRefine((a, ctx) => {
    // Each level must sit inside the one above it (Kemendagri codes nest by prefix).
    if (!a.cityCode.startsWith(a.provinceCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cityCode'],
        ...biIssue('Tidak berada di provinsi yang dipilih.', 'Not in the chosen province.'),
      });
    }
    if (a.districtCode && !a.districtCode.startsWith(a.cityCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['districtCode'],
        ...biIssue('Tidak berada di kabupaten/kota yang dipilih.', 'Not in the chosen regency or city.'),
      });
    }
    if (a.villageCode && (!a.districtCode || !a.villageCode.startsWith(a.districtCode))) {
      ctx.addIssue({
        code: 'custom',
        path: ['villageCode'],
        ...biIssue('Tidak berada di kecamatan yang dipilih.', 'Not in the chosen district.'),
      });
    }
  });

const health = z.strictObject({
  bloodType: optionalChoice(['A', 'B', 'AB', 'O']),
  allergyGroups: z
    .array(z.enum(ALLERGY_IDS, bi('Alergen tidak dikenal.', 'Unknown allergen.')))
    .max(10)
    .default([]),
  otherAllergies: optional(200),
  severeReaction: z.boolean().default(false),
  pregnant: z.boolean().default(false),
  gestationalWeek: optionalNumber(1, 42, 'minggu', 'weeks'),
  lactating: z.boolean().default(false),
  egfr: optionalNumber(1, 200, 'mL/min/1.73 m²'),
  conditions: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[,;\s]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean)
        : v,
    z
      .array(
        z
          .string()
          .refine(isIcd10Code, bi('Kode ICD-10 tidak valid, mis. E11.9.', 'Not an ICD-10 code, e.g. E11.9.')),
      )
      .max(20)
      .default([]),
  ),
  weightKg: optionalNumber(0.5, 400, 'kg'),
  heightCm: optionalNumber(20, 260, 'cm'),
});

const other = z.strictObject({
  payer: choice(['general', 'bpjs']),
  bpjsCardNumber: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(digitsOnly(v)) : v),
    identifier('card').optional(),
  ),
  emergencyName: optional(100),
  emergencyPhone: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(digitsOnly(v)) : v),
    z
      .string()
      .regex(/^(?:\+62|62|0)\d{8,13}$/, bi('Nomor telepon tidak valid.', 'Not a valid phone number.'))
      .optional(),
  ),
  consentSatusehat: z.boolean().default(false),
  notes: optional(500),
});

/**
 * The registration form, section by section: identity, social, address, health and other. Fields marked
 * mandatory in the form are the ones without `.optional()` here; cross-field rules follow.
 */
export const registrationSchema = z
  .strictObject({
    identity,
    social,
    address,
    health,
    other,
    /** The IHS number found by the SATUSEHAT lookup, when the front desk ran it. */
    ihsNumber: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^P\d{11}$|^\d{9,12}$/, bi('Nomor IHS tidak valid.', 'Not an IHS number.'))
        .optional(),
    ),
  })
  .superRefine((r, ctx) => {
    if (r.health.pregnant && r.identity.sex !== 'female') {
      ctx.addIssue({
        code: 'custom',
        path: ['health', 'pregnant'],
        ...biIssue('Hanya untuk pasien perempuan.', 'Only for female patients.'),
      });
    }
    if (r.health.pregnant && r.health.gestationalWeek === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['health', 'gestationalWeek'],
        ...biIssue('Isi usia kehamilan.', 'Enter the gestational age.'),
      });
    }
    if (r.health.lactating && r.identity.sex !== 'female') {
      ctx.addIssue({
        code: 'custom',
        path: ['health', 'lactating'],
        ...biIssue('Hanya untuk pasien perempuan.', 'Only for female patients.'),
      });
    }
    if (r.other.payer === 'bpjs' && !r.other.bpjsCardNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['other', 'bpjsCardNumber'],
        ...biIssue('Wajib untuk pasien BPJS.', 'Required for BPJS patients.'),
      });
    }
  });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
