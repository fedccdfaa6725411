import { z } from 'zod';
import { icd10CodeSchema, kfaCodeSchema, loincCodeSchema, snomedCodeSchema } from '../identifiers/schemas';
import { ALLERGY_CLINICAL_STATUSES, ALLERGY_VERIFICATION_STATUSES, PROGNOSIS } from '../terminology/clinical';
import { codedSchema, localId, practitionerRefSchema, text } from './common';
import { eventTimeSchema, pastTimeSchema } from './datetime-schemas';

const keys = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string];

/** An allergy or intolerance: the substance in SNOMED CT, or a drug by its KFA code (RuleNumber 10078). */
export const allergyRecordSchema = z.strictObject({
  /** The clinic's id for this entry, sent as the allergy identifier. */
  id: localId,
  category: z.enum(['food', 'medication', 'environment', 'biologic']),
  substance: z.discriminatedUnion('system', [
    z.strictObject({ system: z.literal('snomed'), code: snomedCodeSchema, display: text(300) }),
    z.strictObject({ system: z.literal('kfa'), code: kfaCodeSchema, display: text(300) }),
  ]),
  clinicalStatus: z.enum(keys(ALLERGY_CLINICAL_STATUSES)).default('active'),
  verificationStatus: z.enum(keys(ALLERGY_VERIFICATION_STATUSES)).default('confirmed'),
  criticality: z.enum(['low', 'high', 'unable-to-assess']).optional(),
  recordedAt: eventTimeSchema,
  onsetAt: pastTimeSchema.optional(),
  /** Who recorded it; default the visit's practitioner. */
  recorder: practitionerRefSchema.optional(),
  /** The reactions seen, in SNOMED CT (e.g. 271807003 Eruption of skin). */
  reactions: z
    .array(
      z.strictObject({
        code: snomedCodeSchema,
        display: text(300),
        severity: z.enum(['mild', 'moderate', 'severe']).optional(),
      }),
    )
    .default([]),
  note: text(2000).optional(),
});

/** The doctor's assessment and prognosis (ClinicalImpression). */
export const clinicalImpressionRecordSchema = z.strictObject({
  /** The clinic's id for it, sent as the clinicalimpression identifier. */
  id: localId,
  summary: text(4000),
  description: text(2000).optional(),
  effectiveAt: eventTimeSchema,
  /** When it was written; default effectiveAt. */
  recordedAt: eventTimeSchema.optional(),
  /** Who assessed; default the visit's practitioner. */
  assessor: practitionerRefSchema.optional(),
  prognosis: z.enum(keys(PROGNOSIS)).optional(),
  /** ICD-10 codes of the visit's diagnoses this assessment is about; default all of them. */
  problems: z.array(icd10CodeSchema).optional(),
  /** Findings in ICD-10; a finding whose code is a visit diagnosis also points at its Condition. */
  findings: z.array(codedSchema(icd10CodeSchema)).default([]),
});

/** The visit summary (resume medis) as a Composition with LOINC-coded sections. */
export const visitSummaryRecordSchema = z.strictObject({
  /** The clinic's document number, sent as the composition identifier. */
  id: localId,
  title: text(300),
  date: eventTimeSchema,
  status: z.enum(['preliminary', 'final', 'amended']).default('final'),
  /** Document type in LOINC; default 18842-5 Discharge summary. */
  type: codedSchema(loincCodeSchema).optional(),
  /** Who wrote it; default the visit's practitioner. */
  author: practitionerRefSchema.optional(),
  sections: z
    .array(
      z.strictObject({
        code: loincCodeSchema,
        display: text(300),
        title: text(300).optional(),
        text: text(20_000),
      }),
    )
    .min(1, 'A summary needs at least one section'),
});

export type AllergyRecord = z.input<typeof allergyRecordSchema>;
export type ParsedAllergy = z.output<typeof allergyRecordSchema>;
export type ClinicalImpressionRecord = z.input<typeof clinicalImpressionRecordSchema>;
export type ParsedClinicalImpression = z.output<typeof clinicalImpressionRecordSchema>;
export type VisitSummaryRecord = z.input<typeof visitSummaryRecordSchema>;
export type ParsedVisitSummary = z.output<typeof visitSummaryRecordSchema>;
