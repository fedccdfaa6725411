import { z } from 'zod';
import {
  idSchema,
  reviewDateSchema,
  routeQualifierSchema,
  severitySchema,
  sourcesSchema,
  textSchema,
} from './primitives';

/** A class membership, optionally limited by route or daily dose (aspirin >= 300 mg/day is an NSAID dose). */
export const membershipSchema = z.object({
  class: idSchema,
  route: z.array(routeQualifierSchema).min(1).optional(),
  minDailyDoseMg: z.number().positive().optional(),
  maxDailyDoseMg: z.number().positive().optional(),
});
export type Membership = z.infer<typeof membershipSchema>;

const membershipRef = z.union([idSchema, membershipSchema]);

export const pregnancyLevelSchema = z.enum([
  'contraindicated',
  'avoid',
  'caution',
  'compatible',
  'insufficient-data',
]);
export const lactationLevelSchema = z.enum([
  'avoid',
  'caution-monitor-infant',
  'compatible',
  'insufficient-data',
]);
export type PregnancyLevel = z.infer<typeof pregnancyLevelSchema>;
export type LactationLevel = z.infer<typeof lactationLevelSchema>;

const trimesterSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const pregnancyBlockSchema = z.object({
  level: pregnancyLevelSchema,
  /** Trimesters the level applies to; outside them `otherwise` applies. Omitted means all. */
  trimesters: z.array(trimesterSchema).min(1).optional(),
  /** Gestational week from which the level applies (NSAIDs: 20). */
  fromWeek: z.number().int().min(1).max(42).optional(),
  /** The level outside `trimesters` or before `fromWeek`. Default `caution`. */
  otherwise: pregnancyLevelSchema.optional(),
  summary: textSchema,
  alternatives: z.array(idSchema).optional(),
  sources: sourcesSchema,
});

export const lactationBlockSchema = z.object({
  level: lactationLevelSchema,
  summary: textSchema,
  alternatives: z.array(idSchema).optional(),
  sources: sourcesSchema,
});

export const boxedWarningSchema = z.object({ summary: textSchema, sources: sourcesSchema });

export const maxDailyDoseSchema = z.object({
  mg: z.number().positive(),
  route: routeQualifierSchema.default('systemic'),
  /** Adults unless said otherwise; a child limit is expressed per kg. */
  population: z.enum(['adult', 'child']).default('adult'),
  perKg: z.boolean().default(false),
  sources: sourcesSchema,
});

export const ingredientSchema = z.object({
  id: idSchema,
  names: z.object({
    inn: z.string().min(2),
    /** The Indonesian spelling (parasetamol, amoksisilin); Fornas and IONI use it. */
    id: z.string().min(2),
    en: z.string().min(2),
    synonyms: z.array(z.string().min(2)).default([]),
  }),
  /** Real KFA BZA (91…) codes only; simulator codes never belong here. */
  kfaBza: z.array(z.string().regex(/^91\d{6}$/, 'must be a KFA BZA code (91 + 6 digits)')).default([]),
  classes: z.array(membershipRef).default([]),
  flags: z
    .object({ narrowTherapeuticIndex: z.boolean().optional(), highAlert: z.boolean().optional() })
    .default({}),
  pregnancy: pregnancyBlockSchema,
  lactation: lactationBlockSchema,
  boxedWarnings: z.array(boxedWarningSchema).default([]),
  maxDailyDose: z.array(maxDailyDoseSchema).default([]),
  sources: sourcesSchema,
  reviewed: reviewDateSchema,
});
export type IngredientSource = z.input<typeof ingredientSchema>;
export type Ingredient = z.output<typeof ingredientSchema>;

export const classKindSchema = z.enum([
  'pharmacologic',
  'mechanism',
  'effect',
  'chemical',
  'allergy-group',
  'duplication-group',
]);
export type ClassKind = z.infer<typeof classKindSchema>;

export const classSchema = z.object({
  id: idSchema.refine((s) => /^(cls|alg|dup)\./.test(s), 'class ids start with cls., alg. or dup.'),
  kind: classKindSchema,
  labels: textSchema,
  description: textSchema.optional(),
  /** Members declared on the class (FDA CYP tables read this way); ingredients may also declare classes. */
  members: z
    .array(z.union([idSchema, membershipSchema.omit({ class: true }).extend({ ingredient: idSchema })]))
    .default([]),
  /** ATC level 3/4 codes: SATUSEHAT records class allergies as ATC codes (spec 3.1). Codes only. */
  atcAnchors: z
    .array(z.string().regex(/^[A-Z]\d{2}[A-Z]{0,2}$/, 'must be an ATC level 1-4 code'))
    .default([]),
  /** For duplication groups: ingredients whose joint use is intended and never flagged (fixed combinations). */
  expectedCombinations: z.array(z.array(idSchema).min(2)).default([]),
  sources: sourcesSchema,
  reviewed: reviewDateSchema,
});
export type ClassSource = z.input<typeof classSchema>;
export type DrugClass = z.output<typeof classSchema>;

/** Points a rule at an ingredient or a class, with an optional route or dose qualifier. */
export const selectorSchema = z
  .object({
    ingredient: idSchema.optional(),
    class: idSchema.optional(),
    route: z.array(routeQualifierSchema).min(1).optional(),
    minDailyDoseMg: z.number().positive().optional(),
  })
  .refine(
    (s) => (s.ingredient === undefined) !== (s.class === undefined),
    'give exactly one of ingredient or class',
  );
export type Selector = z.infer<typeof selectorSchema>;

/** Patient or prescription context that changes a rule's severity ("triple whammy", age, eGFR). */
export const contextSchema = z.object({
  ageYearsAtLeast: z.number().nonnegative().optional(),
  ageYearsBelow: z.number().positive().optional(),
  egfrBelow: z.number().positive().optional(),
  pregnant: z.boolean().optional(),
  hepaticImpairment: z.enum(['mild', 'moderate', 'severe']).optional(),
  /** A third drug class present in the orders or current medications. */
  classPresent: idSchema.optional(),
  ingredientPresent: idSchema.optional(),
});
export type Context = z.infer<typeof contextSchema>;

export const modifierSchema = z.object({
  when: contextSchema,
  severity: severitySchema,
  note: textSchema,
});

export const documentationSchema = z.enum(['established', 'probable', 'suspected', 'theoretical']);

export const actionSchema = z.object({
  kind: z.enum([
    'avoid',
    'use-alternative',
    'reduce-dose',
    'separate-administration',
    'monitor',
    'limit-duration',
  ]),
  /** `monitor`: what to watch (INR, K, SCr, ECG-QTc, glucose, BP, HR, drug-level, LFT, CBC). */
  parameter: z.string().optional(),
  hours: z.number().positive().optional(),
  alternatives: z.array(idSchema).optional(),
});

export const interactionRuleSchema = z.object({
  id: idSchema.refine((s) => s.startsWith('ddi.'), 'interaction rule ids start with ddi.'),
  a: selectorSchema,
  b: selectorSchema,
  severity: severitySchema,
  documentation: documentationSchema,
  onset: z.enum(['rapid', 'delayed']).optional(),
  /** ONC 2013 low-priority pairs and the like: shown passively whatever the severity. */
  nonInterruptive: z.boolean().default(false),
  mechanism: z.object({
    code: z.enum([
      'PK-inhibition',
      'PK-induction',
      'PK-absorption',
      'PK-renal',
      'PD-additive',
      'PD-antagonism',
    ]),
    text: textSchema,
  }),
  effect: textSchema,
  management: textSchema,
  actions: z.array(actionSchema).default([]),
  modifiers: z.array(modifierSchema).default([]),
  sources: sourcesSchema,
  reviewed: reviewDateSchema,
});
export type InteractionRuleSource = z.input<typeof interactionRuleSchema>;
export type InteractionRule = z.output<typeof interactionRuleSchema>;

/** Cross-sensitivity between allergy groups (exact and same-group matches need no rule). */
export const allergyRuleSchema = z.object({
  id: idSchema.refine((s) => s.startsWith('alr.'), 'allergy rule ids start with alr.'),
  /** The group of the recorded allergen. */
  from: idSchema,
  /** The group (or ingredient) of the drug being prescribed. */
  to: z.object({ class: idSchema.optional(), ingredient: idSchema.optional() }),
  severity: severitySchema,
  riskNote: textSchema,
  sources: sourcesSchema,
  reviewed: reviewDateSchema,
});
export type AllergyRuleSource = z.input<typeof allergyRuleSchema>;
export type AllergyRule = z.output<typeof allergyRuleSchema>;

/**
 * The seed's contraindication categories, exactly. `hypersensitivity` is served by allergy groups and
 * cross-sensitivity rules, `interactions` by interaction rules, `pregnancy`/`lactation` by the ingredient
 * blocks; authored contraindication rules add the rest (and may add pregnancy or lactation specifics).
 */
export const CONTRAINDICATION_CATEGORIES = [
  'hypersensitivity',
  'disease',
  'hepatic',
  'renal',
  'pediatric',
  'geriatric',
  'pregnancy',
  'lactation',
  'interactions',
] as const;
export type ContraindicationCategory = (typeof CONTRAINDICATION_CATEGORIES)[number];

const icd10Pattern = /^[A-Z]\d{2}(\.\d{1,2})?(-[A-Z]\d{2}(\.\d{1,2})?)?$/;

export const contraindicationRuleSchema = z
  .object({
    id: idSchema.refine((s) => s.startsWith('ci.'), 'contraindication rule ids start with ci.'),
    category: z.enum(['disease', 'hepatic', 'renal', 'pediatric', 'geriatric', 'pregnancy', 'lactation']),
    drug: selectorSchema,
    condition: z.object({
      /** ICD-10 codes or ranges (`K25-K28`); a code matches itself and its subcodes. */
      icd10: z
        .array(z.string().regex(icd10Pattern, 'must be an ICD-10 code or range like K25-K28'))
        .optional(),
      hepaticImpairment: z.enum(['mild', 'moderate', 'severe']).optional(),
      egfrBelow: z.number().positive().optional(),
      ageYearsBelow: z.number().positive().max(16).optional(),
      ageYearsAtLeast: z.number().min(65).optional(),
      trimesters: z
        .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
        .min(1)
        .optional(),
    }),
    level: z.enum(['CI', 'MAJ', 'MOD', 'INFO']),
    summary: textSchema,
    management: textSchema.optional(),
    sources: sourcesSchema,
    reviewed: reviewDateSchema,
  })
  .superRefine((r, ctx) => {
    const c = r.condition;
    const need: Record<typeof r.category, boolean> = {
      disease: !!c.icd10?.length,
      hepatic: c.hepaticImpairment !== undefined,
      renal: c.egfrBelow !== undefined,
      pediatric: c.ageYearsBelow !== undefined,
      geriatric: c.ageYearsAtLeast !== undefined,
      pregnancy: true,
      lactation: true,
    };
    if (!need[r.category]) {
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: `a ${r.category} rule needs its condition (${
          {
            disease: 'icd10',
            hepatic: 'hepaticImpairment',
            renal: 'egfrBelow',
            pediatric: 'ageYearsBelow',
            geriatric: 'ageYearsAtLeast',
            pregnancy: '',
            lactation: '',
          }[r.category]
        })`,
      });
    }
  });
export type ContraindicationRuleSource = z.input<typeof contraindicationRuleSchema>;
export type ContraindicationRule = z.output<typeof contraindicationRuleSchema>;

/** One human-editable source file: any mix of records; folders are a convention for parallel authors. */
export const sourceFileSchema = z.object({
  ingredients: z.array(ingredientSchema).default([]),
  classes: z.array(classSchema).default([]),
  interactions: z.array(interactionRuleSchema).default([]),
  allergyRules: z.array(allergyRuleSchema).default([]),
  contraindications: z.array(contraindicationRuleSchema).default([]),
});
export type KnowledgeBaseSource = z.input<typeof sourceFileSchema>;
export type ParsedSourceFile = z.output<typeof sourceFileSchema>;

/** Identity helper that gives authors type checking and completion in a source file. */
export function defineSource(source: KnowledgeBaseSource): KnowledgeBaseSource {
  return source;
}
