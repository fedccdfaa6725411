import { z } from 'zod';
import { routeSchema } from '../schema/primitives';

export const GOLONGAN = ['narkotika', 'psikotropika', 'obat-keras', 'bebas-terbatas', 'bebas'] as const;
export const golonganSchema = z.enum(GOLONGAN);
export type Golongan = z.infer<typeof golonganSchema>;

/** "500 mg", "120 mg/5 mL", or the parts. */
export const strengthSchema = z.union([
  z.string().min(1),
  z.object({
    value: z.number().positive(),
    unit: z.string().min(1),
    per: z.object({ value: z.number().positive(), unit: z.string().min(1) }).optional(),
  }),
]);

export const lineIngredientSchema = z
  .object({
    /** A knowledge-base ingredient id, when the host already knows it. */
    ingredientId: z.string().min(1).optional(),
    /** A KFA BZA code (91…). */
    kfaCode: z.string().min(1).optional(),
    /** The ingredient as written (KFA `zat_aktif`, a label, a racikan line). */
    name: z.string().min(1).optional(),
    strength: strengthSchema.optional(),
  })
  .refine((i) => i.ingredientId || i.kfaCode || i.name, 'give ingredientId, kfaCode or name');

/** One prescribed item or one medication the patient already takes. */
export const medicationLineSchema = z
  .object({
    /** The host's id for the line; issues point back to it. */
    id: z.string().min(1),
    display: z.string().optional(),
    /** KFA POA/POV code or the host's product code. */
    productCode: z.string().optional(),
    golongan: golonganSchema.nullable().optional(),
    route: routeSchema.optional(),
    ingredients: z.array(lineIngredientSchema).optional(),
    /** Free text when nothing is coded ("obat yang sedang dikonsumsi" from another facility). */
    text: z.string().optional(),
    /** Amount per administration and administrations per day, for cumulative-dose checks. */
    dose: z
      .object({ amount: z.number().positive(), unit: z.string().min(1), perDay: z.number().positive() })
      .optional(),
  })
  .refine((l) => (l.ingredients && l.ingredients.length > 0) || l.text || l.display, {
    message: 'give ingredients, text or display',
    path: ['ingredients'],
  });
export type MedicationLine = z.input<typeof medicationLineSchema>;

export const allergySchema = z
  .object({
    ingredientId: z.string().optional(),
    kfaCode: z.string().optional(),
    /** ATC level 3/4 class code, as SATUSEHAT records drug-class allergies. */
    atc: z.string().optional(),
    /** An allergy group or class id from the knowledge base (alg.penicillin). */
    classId: z.string().optional(),
    name: z.string().optional(),
    type: z.enum(['allergy', 'intolerance']).default('allergy'),
    criticality: z.enum(['low', 'high', 'unable-to-assess']).optional(),
    /** Anaphylaxis, SJS/TEN, DRESS and the like: raises the alert one level. */
    severeReaction: z.boolean().default(false),
    reaction: z.string().optional(),
  })
  .refine((a) => a.ingredientId || a.kfaCode || a.atc || a.classId || a.name, 'give the allergen');
export type PatientAllergy = z.input<typeof allergySchema>;

export const patientSchema = z.object({
  /** The host's patient id: suppression keys and override records use it. Never a NIK. */
  id: z.string().min(1).optional(),
  ageYears: z.number().min(0).max(130).optional(),
  ageDays: z.number().int().min(0).optional(),
  sex: z.enum(['female', 'male']).optional(),
  weightKg: z.number().positive().optional(),
  pregnancy: z
    .object({ pregnant: z.boolean(), gestationalWeek: z.number().int().min(0).max(45).optional() })
    .optional(),
  lactating: z.boolean().optional(),
  egfr: z.number().min(0).optional(),
  hepaticImpairment: z.enum(['none', 'mild', 'moderate', 'severe']).optional(),
  /** ICD-10 codes of active problems (SATUSEHAT and BPJS code diagnoses in ICD-10). */
  conditions: z
    .array(z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'must be an ICD-10 code such as K25.0'))
    .default([]),
  allergies: z.array(allergySchema).default([]),
});
export type PatientContext = z.input<typeof patientSchema>;
