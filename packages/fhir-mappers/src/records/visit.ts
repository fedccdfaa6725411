import { z } from 'zod';
import { fhirIdSchema } from '../identifiers/schemas';
import { DISCHARGE_DISPOSITIONS, ENCOUNTER_CLASSES } from '../terminology/clinical';
import { allergyRecordSchema, clinicalImpressionRecordSchema, visitSummaryRecordSchema } from './allergy';
import { localId, locationRefSchema, patientRefSchema, practitionerRefSchema } from './common';
import { eventTimeSchema } from './datetime-schemas';
import { diagnosisRecordSchema, procedureRecordSchema } from './diagnosis';
import { dispenseRecordSchema } from './dispense';
import { prescriptionSchema } from './prescription';
import { vitalSignsSchema } from './vital-signs';

const keys = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string];

type Issue = { path: (string | number)[]; message: string; code: string };

/**
 * An outpatient visit (kunjungan rawat jalan) and everything recorded in it. Its status follows SATUSEHAT's
 * Encounter lifecycle: `arrived` at registration, `in-progress` once the consultation starts, `finished` when
 * the patient leaves, which needs a diagnosis.
 */
export const visitRecordSchema = z
  .strictObject({
    /** The registration number (nomor registrasi), sent as the Encounter identifier value. */
    registrationNumber: localId,
    /** The SATUSEHAT Encounter id once the visit was sent; the Encounter is then updated (PUT). */
    encounterId: fhirIdSchema.optional(),
    status: z.enum(['arrived', 'in-progress', 'finished']),
    class: z.enum(keys(ENCOUNTER_CLASSES)).default('AMB'),
    patient: patientRefSchema,
    practitioner: practitionerRefSchema,
    /** The poli or room, a Location already registered in SATUSEHAT. */
    location: locationRefSchema,
    arrivedAt: eventTimeSchema,
    /** When the consultation began (end of the arrived period). */
    inProgressAt: eventTimeSchema.optional(),
    /** When the consultation ended and the visit finished. */
    finishedAt: eventTimeSchema.optional(),
    dischargeDisposition: z.enum(keys(DISCHARGE_DISPOSITIONS)).optional(),
    vitalSigns: vitalSignsSchema.optional(),
    diagnoses: z.array(diagnosisRecordSchema).default([]),
    procedures: z.array(procedureRecordSchema).default([]),
    prescription: prescriptionSchema.optional(),
    dispenses: z.array(dispenseRecordSchema).default([]),
    allergies: z.array(allergyRecordSchema).default([]),
    clinicalImpression: clinicalImpressionRecordSchema.optional(),
    summary: visitSummaryRecordSchema.optional(),
  })
  .superRefine((visit, ctx) => {
    for (const issue of visitIssues(visit)) {
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: issue.message,
        params: { code: issue.code },
      });
    }
  });

type VisitShape = {
  status: 'arrived' | 'in-progress' | 'finished';
  arrivedAt: string;
  inProgressAt?: string | undefined;
  finishedAt?: string | undefined;
  diagnoses: { role: string; code: string }[];
  prescription?: { id: string; lines: { itemId: string }[] } | undefined;
  dispenses: { itemId: string; prescriptionId?: string | undefined }[];
  clinicalImpression?: { problems?: string[] | undefined } | undefined;
};

function visitIssues(visit: VisitShape): Issue[] {
  const issues: Issue[] = [];
  const { status, arrivedAt, inProgressAt, finishedAt } = visit;
  if (status !== 'arrived' && inProgressAt === undefined) {
    issues.push({ path: ['inProgressAt'], message: `Required when status is ${status}`, code: 'required' });
  }
  if (status === 'finished' && finishedAt === undefined) {
    issues.push({ path: ['finishedAt'], message: 'Required when status is finished', code: 'required' });
  }
  if (status === 'arrived' && finishedAt !== undefined) {
    issues.push({ path: ['finishedAt'], message: 'A visit still arrived has no end', code: 'invalid_state' });
  }
  if (inProgressAt !== undefined && inProgressAt < arrivedAt) {
    issues.push({
      path: ['inProgressAt'],
      message: 'Must not be before arrivedAt',
      code: 'end_before_start',
    });
  }
  if (finishedAt !== undefined && finishedAt < (inProgressAt ?? arrivedAt)) {
    issues.push({
      path: ['finishedAt'],
      message: `Must not be before ${inProgressAt === undefined ? 'arrivedAt' : 'inProgressAt'}`,
      code: 'end_before_start',
    });
  }
  const primaries = visit.diagnoses.filter((d) => d.role === 'primary').length;
  if (status === 'finished' && visit.diagnoses.length === 0) {
    issues.push({
      path: ['diagnoses'],
      message: 'A finished visit needs at least one diagnosis',
      code: 'required',
    });
  } else if (visit.diagnoses.length > 0 && primaries !== 1) {
    issues.push({
      path: ['diagnoses'],
      message: `Exactly one diagnosis must be primary (found ${primaries})`,
      code: 'primary_diagnosis',
    });
  }
  const itemIds = new Set(visit.prescription?.lines.map((l) => l.itemId));
  visit.dispenses.forEach((d, i) => {
    if (!itemIds.has(d.itemId)) {
      issues.push({
        path: ['dispenses', i, 'itemId'],
        message: 'Does not match a line of the visit prescription',
        code: 'unknown_reference',
      });
    } else if (d.prescriptionId !== undefined && d.prescriptionId !== visit.prescription?.id) {
      issues.push({
        path: ['dispenses', i, 'prescriptionId'],
        message: 'Does not match the visit prescription',
        code: 'unknown_reference',
      });
    }
  });
  const codes = new Set(visit.diagnoses.map((d) => d.code));
  visit.clinicalImpression?.problems?.forEach((code, i) => {
    if (!codes.has(code)) {
      issues.push({
        path: ['clinicalImpression', 'problems', i],
        message: 'Is not a diagnosis of this visit',
        code: 'unknown_reference',
      });
    }
  });
  return issues;
}

export type VisitRecord = z.input<typeof visitRecordSchema>;
export type ParsedVisit = z.output<typeof visitRecordSchema>;
