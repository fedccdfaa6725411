import { isIcd9CmCode, isIcd10Code, isKfaDrugCode } from '@sehatkit/fhir-mappers';
import { z } from 'zod';
import { bi, biIssue, REQUIRED } from '../messages';

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (max: number) =>
  z
    .string(REQUIRED)
    .trim()
    .min(1, REQUIRED)
    .max(max, bi(`Maksimal ${max} karakter.`, `At most ${max} characters.`));
const optionalText = (max: number) => z.preprocess(blank, z.string().trim().max(max).optional());

const numberInput = (value: unknown) => {
  const given = blank(value);
  return typeof given === 'string' ? Number(given.replace(',', '.')) : given;
};
const between = (min: number, max: number, unit: string) =>
  bi(
    `Antara ${min} dan ${max} ${unit}.`.replace(' .', '.'),
    `Between ${min} and ${max} ${unit}.`.replace(' .', '.'),
  );
const number = (min: number, max: number, unit: string) =>
  z
    .number(bi('Harus berupa angka.', 'Must be a number.'))
    .min(min, between(min, max, unit))
    .max(max, between(min, max, unit));
const whole = (min: number, max: number, unit: string) =>
  number(min, max, unit).int(bi('Bilangan bulat.', 'A whole number.'));

/** A number typed into a form box; a required one refuses an empty box. */
const measure = (min: number, max: number, unit: string) => z.preprocess(numberInput, number(min, max, unit));
const optionalMeasure = (min: number, max: number, unit: string) =>
  z.preprocess(numberInput, number(min, max, unit).optional());
const wholeMeasure = (min: number, max: number, unit: string) =>
  z.preprocess(numberInput, whole(min, max, unit));
const optionalWholeMeasure = (min: number, max: number, unit: string) =>
  z.preprocess(numberInput, whole(min, max, unit).optional());

/** Kesadaran: pCare's kdSadar with the SNOMED level SATUSEHAT takes for the same state. */
export const CONSCIOUSNESS = {
  '01': { pcare: '01', snomed: 'alert', label: { id: 'Compos mentis', en: 'Alert' } },
  '02': { pcare: '02', snomed: 'voice', label: { id: 'Somnolen', en: 'Somnolent' } },
  '03': { pcare: '03', snomed: 'pain', label: { id: 'Sopor', en: 'Stupor' } },
  '04': { pcare: '04', snomed: 'unresponsive', label: { id: 'Koma', en: 'Coma' } },
} as const;

/** Dose units the prescription form offers (HL7 orderable drug forms and UCUM, as SATUSEHAT takes them); PUFF is inhaled, the rest oral. */
export const DOSE_UNITS = ['TAB', 'CAP', 'mL', 'SYRUP', 'SUSP', 'ORDROP', 'PWD', 'PUFF', '{sachet}'] as const;

const vitals = z
  .strictObject({
    systolic: wholeMeasure(50, 260, 'mmHg'),
    diastolic: wholeMeasure(30, 160, 'mmHg'),
    heartRate: wholeMeasure(20, 250, '/min'),
    respiratoryRate: optionalWholeMeasure(4, 80, '/min'),
    temperatureC: measure(30, 44, '°C'),
    oxygenSaturation: optionalWholeMeasure(50, 100, '%'),
    heightCm: optionalMeasure(30, 250, 'cm'),
    weightKg: optionalMeasure(1, 300, 'kg'),
    consciousness: z
      .enum(['01', '02', '03', '04'], bi('Pilih tingkat kesadaran.', 'Choose a level.'))
      .default('01'),
  })
  .superRefine((v, ctx) => {
    if (v.diastolic >= v.systolic) {
      ctx.addIssue({
        code: 'custom',
        path: ['diastolic'],
        ...biIssue('Harus lebih rendah dari sistolik.', 'Must be below the systolic pressure.'),
      });
    }
  });

const diagnosis = z.strictObject({
  code: z
    .string(REQUIRED)
    .trim()
    .transform((c) => c.toUpperCase())
    .refine(isIcd10Code, bi('Kode ICD-10 tidak valid, mis. J06.9.', 'Not an ICD-10 code, e.g. J06.9.')),
  display: text(300),
  role: z.enum(['primary', 'secondary']),
});

const procedure = z.strictObject({
  code: z
    .string(REQUIRED)
    .trim()
    .refine(isIcd9CmCode, bi('Kode ICD-9-CM tidak valid, mis. 89.7.', 'Not an ICD-9-CM code, e.g. 89.7.')),
  display: text(300),
});

const medicationLineId = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/);

const currentMedication = z
  .strictObject({
    id: medicationLineId,
    productCode: z.string().max(32).optional(),
    ingredientId: z.string().max(64).optional(),
    display: text(300),
  })
  .refine((m) => m.productCode || m.ingredientId || m.display, REQUIRED);

const prescriptionLine = z.strictObject({
  id: medicationLineId,
  productCode: z
    .string(REQUIRED)
    .refine(
      isKfaDrugCode,
      bi('Pilih produk dari katalog (kode KFA).', 'Choose a product from the catalogue (KFA code).'),
    ),
  display: text(300),
  /** Active ingredients as the catalogue names them, for the pCare formulary match. */
  ingredients: z
    .array(z.strictObject({ name: z.string().max(120), strength: z.string().max(60).optional() }))
    .max(10)
    .default([]),
  doseAmount: measure(0.25, 100, ''),
  doseUnit: z.enum(DOSE_UNITS, bi('Pilih satuan.', 'Choose a unit.')),
  timesPerDay: wholeMeasure(1, 12, 'x'),
  durationDays: wholeMeasure(1, 90, ''),
  quantity: wholeMeasure(1, 1000, ''),
  instruction: optionalText(200),
});

/**
 * What the doctor page sends when the prescription is signed: the whole visit. Times come from the page
 * (when the consultation began) and from the server (arrival at check-in, the end at signing).
 */
export const visitInputSchema = z
  .strictObject({
    patientId: z.string().regex(/^RM-\d{6}$/, bi('Pilih pasien.', 'Choose a patient.')),
    startedAt: z.iso.datetime({ offset: true, ...bi('Waktu tidak valid.', 'Not a valid time.') }),
    complaint: text(500),
    anamnesis: optionalText(2000),
    vitals,
    diagnoses: z
      .array(diagnosis)
      .min(1, bi('Tambahkan minimal satu diagnosis.', 'Add at least one diagnosis.'))
      .max(5, bi('Maksimal 5 diagnosis.', 'At most 5 diagnoses.')),
    procedures: z.array(procedure).max(10).default([]),
    currentMedications: z.array(currentMedication).max(30).default([]),
    prescription: z.array(prescriptionLine).max(15).default([]),
    /** Ids of the override records `<sehat-drug-alerts>` stored when the prescription was signed. */
    overrideRecordIds: z.array(z.string().max(100)).max(30).default([]),
    prognosis: z.enum(['01', '02', '03', '04', '05']).default('02'),
  })
  .superRefine((v, ctx) => {
    const primaries = v.diagnoses.filter((d) => d.role === 'primary').length;
    if (v.diagnoses.length > 0 && primaries !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['diagnoses'],
        ...biIssue('Tepat satu diagnosis utama.', 'Exactly one primary diagnosis.'),
      });
    }
    const codes = new Set<string>();
    v.diagnoses.forEach((d, i) => {
      if (codes.has(d.code))
        ctx.addIssue({
          code: 'custom',
          path: ['diagnoses', i, 'code'],
          ...biIssue('Diagnosis ganda.', 'Duplicate diagnosis.'),
        });
      codes.add(d.code);
    });
    const started = Date.parse(v.startedAt);
    if (started > Date.now()) {
      ctx.addIssue({
        code: 'custom',
        path: ['startedAt'],
        ...biIssue('Tidak boleh di masa depan.', 'Must not be in the future.'),
      });
    }
  });

export type VisitInput = z.output<typeof visitInputSchema>;
export type PrescriptionLineInput = VisitInput['prescription'][number];
