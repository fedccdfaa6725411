import type { Condition, Procedure } from 'fhir/r4';
import {
  type DiagnosisRecord,
  diagnosisRecordSchema,
  type ParsedDiagnosis,
  type ParsedProcedure,
  type ProcedureRecord,
  procedureRecordSchema,
} from '../records/diagnosis';
import { parseRecord } from '../records/parse';
import { CONDITION_CLINICAL_STATUSES, PROCEDURE_CATEGORIES } from '../terminology/clinical';
import { CODE_SYSTEMS } from '../terminology/systems';
import type { UtcDateTime } from '../time/datetime';
import {
  type ClinicalContext,
  parseOptions,
  type ResolvedClinicalContext,
  resolveClinicalContext,
} from './context';
import { concept, patientReference, period, practitionerReference } from './fhir-helpers';

export function buildCondition(
  d: ParsedDiagnosis,
  ctx: ResolvedClinicalContext,
  defaultRecordedAt?: UtcDateTime,
): Condition {
  // Set element by element in the resource's order, optional ones only when present: the same object a
  // literal passed to compact() gives, without building it twice (a visit Bundle builds a dozen resources).
  const condition = { resourceType: 'Condition' } as Condition;
  if (d.conditionId !== undefined) condition.id = d.conditionId;
  condition.clinicalStatus = concept(
    CODE_SYSTEMS.conditionClinical,
    d.clinicalStatus,
    CONDITION_CLINICAL_STATUSES[d.clinicalStatus],
  );
  condition.category = [
    concept(CODE_SYSTEMS.conditionCategory, 'encounter-diagnosis', 'Encounter Diagnosis'),
  ];
  condition.code = concept(CODE_SYSTEMS.icd10, d.code, d.display);
  condition.subject = patientReference(ctx.patient);
  condition.encounter = { ...ctx.encounter };
  if (d.onsetAt !== undefined) condition.onsetDateTime = d.onsetAt;
  const recordedDate = d.recordedAt ?? defaultRecordedAt;
  if (recordedDate !== undefined) condition.recordedDate = recordedDate;
  if (ctx.practitioner !== undefined) condition.recorder = practitionerReference(ctx.practitioner);
  if (d.note !== undefined) condition.note = [{ text: d.note }];
  return condition;
}

export function buildProcedure(p: ParsedProcedure, ctx: ResolvedClinicalContext): Procedure {
  const performer = p.performer ?? ctx.practitioner;
  const procedure: Procedure = { resourceType: 'Procedure', status: p.status } as Procedure;
  if (p.category !== undefined) {
    const category = PROCEDURE_CATEGORIES[p.category];
    procedure.category = concept(CODE_SYSTEMS.snomed, category.code, category.display);
  }
  procedure.code = concept(CODE_SYSTEMS.icd9cm, p.code, p.display);
  procedure.subject = patientReference(ctx.patient);
  procedure.encounter = { ...ctx.encounter };
  procedure.performedPeriod = period(p.performedStart, p.performedEnd);
  if (performer !== undefined) procedure.performer = [{ actor: practitionerReference(performer) }];
  if (p.reasons.length > 0)
    procedure.reasonCode = p.reasons.map((r) => concept(CODE_SYSTEMS.icd10, r.code, r.display));
  if (p.note !== undefined) procedure.note = [{ text: p.note }];
  return procedure;
}

/** A diagnosis as a SATUSEHAT Condition (ICD-10, category encounter-diagnosis) of the given visit. */
export function mapCondition(diagnosis: DiagnosisRecord, context: ClinicalContext): Condition {
  const ctx = resolveClinicalContext(context);
  return buildCondition(parseRecord(diagnosisRecordSchema, diagnosis, 'diagnosis', parseOptions(ctx)), ctx);
}

/** A procedure (ICD-9-CM) as a SATUSEHAT Procedure of the given visit. */
export function mapProcedure(procedure: ProcedureRecord, context: ClinicalContext): Procedure {
  const ctx = resolveClinicalContext(context);
  return buildProcedure(parseRecord(procedureRecordSchema, procedure, 'procedure', parseOptions(ctx)), ctx);
}
