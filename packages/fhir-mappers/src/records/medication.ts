import { z } from 'zod';
import type { KfaLevel } from '../identifiers/kfa';
import { icd10CodeSchema, kfaCodeAtLevels } from '../identifiers/schemas';
import { ATC_ROUTES, PERIOD_UNITS, resolveDoseUnit } from '../terminology/medication';
import { codedSchema, localId, text } from './common';

const unitSchema = z.string().refine((code) => resolveDoseUnit(code) !== undefined, {
  message: 'Unknown unit; use an HL7 orderableDrugForm code (TAB, CAP, SYRUP...) or UCUM (mg, mL, {bungkus})',
  params: { code: 'unknown_unit' },
});

const ucumOnlyUnitSchema = unitSchema.refine(
  (code) => resolveDoseUnit(code)?.system === 'http://unitsofmeasure.org',
  { message: 'Strength must be in a UCUM unit such as mg', params: { code: 'unknown_unit' } },
);

/** An amount with its unit: `{ value: 1, unit: 'TAB' }`, `{ value: 5, unit: 'mL' }`. */
export const quantitySchema = z.strictObject({
  value: z.number().positive('Must be more than 0').finite(),
  unit: unitSchema,
});

/** How often: `{ times: 3, every: 1, unit: 'd' }` is three times a day. */
export const frequencySchema = z.strictObject({
  times: z.number().int().min(1).max(48),
  every: z.number().positive().finite().default(1),
  unit: z.enum(Object.keys(PERIOD_UNITS) as [keyof typeof PERIOD_UNITS]).default('d'),
});

/** The signa: dose, route, frequency and the words for the patient. */
export const dosageSchema = z.strictObject({
  dose: quantitySchema,
  route: z.enum(Object.keys(ATC_ROUTES) as [keyof typeof ATC_ROUTES]),
  frequency: frequencySchema,
  durationDays: z.number().int().positive().max(366).optional(),
  asNeeded: z.boolean().default(false),
  /** The signa as written, e.g. "3 x 1 tablet sesudah makan". */
  text: text(500).optional(),
  /** Extra instruction for the patient, e.g. "Dihabiskan". */
  patientInstruction: text(500).optional(),
});

/** A KFA product with the name the KFA browser shows. */
const productSchema = (...levels: KfaLevel[]) =>
  z.strictObject({ kfaCode: kfaCodeAtLevels(...levels), display: text(300) });

/** An active ingredient (or, in a racikan, a component product) with its strength. */
const ingredientSchema = (...levels: KfaLevel[]) =>
  z.strictObject({
    kfaCode: kfaCodeAtLevels(...levels),
    display: text(300),
    strength: z
      .strictObject({
        value: z.number().positive().finite(),
        unit: ucumOnlyUnitSchema,
        per: quantitySchema.default({ value: 1, unit: 'TAB' }),
      })
      .optional(),
  });

/** Medication form from SATUSEHAT's medication-form code system (`BS066` Tablet, `BS023` Kaplet Salut Selaput). */
export const medicationFormSchema = z.strictObject({
  code: z.string().regex(/^(?:BS\d{3}|MF\d{6})$/, 'Medication form must be a code such as BS066'),
  display: text(100),
});

/**
 * The KFA level rules of SATUSEHAT's terminology annex (Tabel 9, spec §3.10): which levels a product and its
 * ingredients may have, by medication type, for a prescription and for a dispense.
 */
const LEVELS = {
  request: {
    product: ['template', 'product'],
    NC: ['ingredient'],
    SD: ['ingredient'],
    EP: ['template', 'product'],
  },
  dispense: {
    product: ['product'],
    NC: ['ingredient'],
    SD: ['product'],
    EP: ['template', 'product'],
  },
} as const satisfies Record<string, Record<string, readonly KfaLevel[]>>;

/** The medication itself, per medication type: a single product (NC) or a racikan (SD, EP). */
export function medicationVariants(stage: keyof typeof LEVELS) {
  const levels = LEVELS[stage];
  const shared = { form: medicationFormSchema.optional() };
  return {
    NC: {
      medicationType: z.literal('NC'),
      product: productSchema(...levels.product),
      ingredients: z.array(ingredientSchema(...levels.NC)).default([]),
      ...shared,
    },
    SD: {
      medicationType: z.literal('SD'),
      /** The racikan's name as the prescriber writes it, e.g. "Puyer batuk anak". */
      name: text(300),
      product: productSchema(...levels.product).optional(),
      ingredients: z.array(ingredientSchema(...levels.SD)).min(1, 'A racikan needs at least one ingredient'),
      ...shared,
    },
    EP: {
      medicationType: z.literal('EP'),
      name: text(300),
      product: productSchema(...levels.product).optional(),
      ingredients: z.array(ingredientSchema(...levels.EP)).min(1, 'A racikan needs at least one ingredient'),
      ...shared,
    },
  };
}

const requestVariants = medicationVariants('request');

const lineFields = {
  /** This line's number, sent as the prescription-item identifier (`123456788-1`). */
  itemId: localId,
  dosage: dosageSchema,
  /** Total to dispense. */
  quantity: quantitySchema,
  /** Why, in ICD-10 (RuleNumber 10035). */
  reason: codedSchema(icd10CodeSchema).optional(),
  /** Whether the pharmacy may substitute another product; SATUSEHAT requires the element. Default false. */
  substitutionAllowed: z.boolean().default(false),
  note: text(1000).optional(),
};

/** One line of a prescription (resep): a single product (NC) or a racikan (SD: d.t.d., EP: divided). */
export const prescriptionLineSchema = z.discriminatedUnion('medicationType', [
  z.strictObject({ ...requestVariants.NC, ...lineFields }),
  z.strictObject({ ...requestVariants.SD, ...lineFields }),
  z.strictObject({ ...requestVariants.EP, ...lineFields }),
]);

export type PrescriptionLine = z.input<typeof prescriptionLineSchema>;
export type ParsedPrescriptionLine = z.output<typeof prescriptionLineSchema>;
export type ParsedDosage = z.output<typeof dosageSchema>;
export type ParsedQuantity = z.output<typeof quantitySchema>;
