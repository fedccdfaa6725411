import { z } from 'zod';
import { fhirIdSchema, icd9CmCodeSchema, icd10CodeSchema } from '../identifiers/schemas';
import { CONDITION_CLINICAL_STATUSES, DIAGNOSIS_USES, PROCEDURE_CATEGORIES } from '../terminology/clinical';
import { codedSchema, practitionerRefSchema, text } from './common';
import { eventTimeSchema, pastTimeSchema } from './datetime-schemas';

const keys = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string];

/** A diagnosis of the visit in ICD-10 (WHO 2010): one primary, any number of secondary. */
export const diagnosisRecordSchema = z.strictObject({
  code: icd10CodeSchema,
  display: text(300),
  role: z.enum(['primary', 'secondary']),
  /** How the encounter uses it; default `discharge` (DD). */
  use: z.enum(keys(DIAGNOSIS_USES)).default('discharge'),
  clinicalStatus: z.enum(keys(CONDITION_CLINICAL_STATUSES)).default('active'),
  /** When the condition began; may be long before the visit. */
  onsetAt: pastTimeSchema.optional(),
  /** When it was recorded; default the visit's end (or arrival). */
  recordedAt: eventTimeSchema.optional(),
  /** The SATUSEHAT Condition id when this diagnosis was already sent (an update, or an Encounter on its own). */
  conditionId: fhirIdSchema.optional(),
  note: text(2000).optional(),
});

/** A procedure (tindakan) in ICD-9-CM. */
export const procedureRecordSchema = z
  .strictObject({
    code: icd9CmCodeSchema,
    display: text(300),
    status: z.enum(['completed', 'not-done', 'in-progress']).default('completed'),
    category: z.enum(keys(PROCEDURE_CATEGORIES)).optional(),
    performedStart: eventTimeSchema,
    performedEnd: eventTimeSchema.optional(),
    /** Who performed it; default the visit's practitioner. */
    performer: practitionerRefSchema.optional(),
    /** Why, in ICD-10 (RuleNumber 10018). */
    reasons: z.array(codedSchema(icd10CodeSchema)).default([]),
    note: text(2000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.performedEnd !== undefined && p.performedEnd < p.performedStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['performedEnd'],
        message: 'Must not be before performedStart',
        params: { code: 'end_before_start' },
      });
    }
  });

export type DiagnosisRecord = z.input<typeof diagnosisRecordSchema>;
export type ParsedDiagnosis = z.output<typeof diagnosisRecordSchema>;
export type ProcedureRecord = z.input<typeof procedureRecordSchema>;
export type ParsedProcedure = z.output<typeof procedureRecordSchema>;
