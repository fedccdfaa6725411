import type { AllergyIntolerance, ClinicalImpression, Composition, Reference } from 'fhir/r4';
import { z } from 'zod';
import { icd10CodeSchema } from '../identifiers/schemas';
import {
  type AllergyRecord,
  allergyRecordSchema,
  type ClinicalImpressionRecord,
  clinicalImpressionRecordSchema,
  type ParsedAllergy,
  type ParsedClinicalImpression,
  type ParsedVisitSummary,
  type VisitSummaryRecord,
  visitSummaryRecordSchema,
} from '../records/allergy';
import { parseRecord } from '../records/parse';
import {
  ALLERGY_CLINICAL_STATUSES,
  ALLERGY_VERIFICATION_STATUSES,
  PROGNOSIS,
  VISIT_SUMMARY,
} from '../terminology/clinical';
import { CODE_SYSTEMS, orgScopedSystem } from '../terminology/systems';
import {
  type ClinicalContext,
  parseOptions,
  type ResolvedClinicalContext,
  resolveClinicalContext,
} from './context';
import {
  compact,
  concept,
  narrativeDiv,
  organizationReference,
  patientReference,
  practitionerReference,
} from './fhir-helpers';

export function buildAllergyIntolerance(a: ParsedAllergy, ctx: ResolvedClinicalContext): AllergyIntolerance {
  const recorder = a.recorder ?? ctx.practitioner;
  const system = a.substance.system === 'kfa' ? CODE_SYSTEMS.kfa : CODE_SYSTEMS.snomed;
  return compact<AllergyIntolerance>({
    resourceType: 'AllergyIntolerance',
    identifier: [{ system: orgScopedSystem('allergy', ctx.organizationId), use: 'official', value: a.id }],
    clinicalStatus: concept(
      CODE_SYSTEMS.allergyClinical,
      a.clinicalStatus,
      ALLERGY_CLINICAL_STATUSES[a.clinicalStatus],
    ),
    verificationStatus: concept(
      CODE_SYSTEMS.allergyVerification,
      a.verificationStatus,
      ALLERGY_VERIFICATION_STATUSES[a.verificationStatus],
    ),
    category: [a.category],
    criticality: a.criticality,
    code: concept(system, a.substance.code, a.substance.display),
    // AllergyIntolerance names the patient `patient`, not `subject` (spec §3.11).
    patient: patientReference(ctx.patient),
    encounter: { ...ctx.encounter },
    onsetDateTime: a.onsetAt,
    recordedDate: a.recordedAt,
    recorder: recorder === undefined ? undefined : practitionerReference(recorder),
    note: a.note === undefined ? undefined : [{ text: a.note }],
    reaction:
      a.reactions.length === 0
        ? undefined
        : a.reactions.map((r) =>
            compact({
              manifestation: [concept(CODE_SYSTEMS.snomed, r.code, r.display)],
              severity: r.severity,
            }),
          ),
  });
}

/** A visit diagnosis a ClinicalImpression can point at: its ICD-10 code and its Condition reference. */
export interface ConditionLink {
  code: string;
  display: string;
  reference: Reference;
}

export function buildClinicalImpression(
  ci: ParsedClinicalImpression,
  ctx: ResolvedClinicalContext,
  conditions: readonly ConditionLink[] = [],
): ClinicalImpression {
  const assessor = ci.assessor ?? ctx.practitioner;
  const problems =
    ci.problems === undefined ? conditions : conditions.filter((c) => ci.problems?.includes(c.code) === true);
  const prognosis = ci.prognosis === undefined ? undefined : PROGNOSIS[ci.prognosis];
  return compact<ClinicalImpression>({
    resourceType: 'ClinicalImpression',
    identifier: [
      { system: orgScopedSystem('clinicalimpression', ctx.organizationId), use: 'official', value: ci.id },
    ],
    status: 'completed',
    description: ci.description,
    subject: patientReference(ctx.patient),
    encounter: { ...ctx.encounter },
    effectiveDateTime: ci.effectiveAt,
    date: ci.recordedAt ?? ci.effectiveAt,
    assessor: assessor === undefined ? undefined : practitionerReference(assessor),
    problem:
      problems.length === 0 ? undefined : problems.map((c) => ({ ...c.reference, display: c.display })),
    summary: ci.summary,
    finding:
      ci.findings.length === 0
        ? undefined
        : ci.findings.map((f) => {
            const condition = conditions.find((c) => c.code === f.code);
            return compact({
              itemCodeableConcept: concept(CODE_SYSTEMS.icd10, f.code, f.display),
              itemReference: condition === undefined ? undefined : { ...condition.reference },
            });
          }),
    prognosisCodeableConcept:
      prognosis === undefined ? undefined : [concept(CODE_SYSTEMS.snomed, prognosis.code, prognosis.display)],
  });
}

export function buildComposition(s: ParsedVisitSummary, ctx: ResolvedClinicalContext): Composition {
  const author = s.author ?? ctx.practitioner;
  const type = s.type ?? VISIT_SUMMARY.type;
  return compact<Composition>({
    resourceType: 'Composition',
    identifier: { system: orgScopedSystem('composition', ctx.organizationId), value: s.id },
    status: s.status,
    type: concept(CODE_SYSTEMS.loinc, type.code, type.display),
    category: [concept(CODE_SYSTEMS.loinc, VISIT_SUMMARY.category.code, VISIT_SUMMARY.category.display)],
    subject: patientReference(ctx.patient),
    encounter: { ...ctx.encounter },
    date: s.date,
    // Composition.author is 1..*: with no practitioner known, the facility authors its own summary.
    author: [
      author === undefined
        ? organizationReference(ctx.organizationId, ctx.organizationName)
        : practitionerReference(author),
    ],
    title: s.title,
    custodian: organizationReference(ctx.organizationId, ctx.organizationName),
    section: s.sections.map((section) =>
      compact({
        title: section.title,
        code: concept(CODE_SYSTEMS.loinc, section.code, section.display),
        text: { status: 'additional' as const, div: narrativeDiv(section.text) },
      }),
    ),
  });
}

/** An allergy as a SATUSEHAT AllergyIntolerance (SNOMED CT or KFA substance). */
export function mapAllergy(allergy: AllergyRecord, context: ClinicalContext): AllergyIntolerance {
  const ctx = resolveClinicalContext(context);
  return buildAllergyIntolerance(
    parseRecord(allergyRecordSchema, allergy, 'allergy', parseOptions(ctx)),
    ctx,
  );
}

/** The assessment and prognosis as a SATUSEHAT ClinicalImpression; `conditions` link its problems and findings. */
export function mapClinicalImpression(
  impression: ClinicalImpressionRecord,
  context: ClinicalContext & { conditions?: readonly ConditionLink[] },
): ClinicalImpression {
  const ctx = resolveClinicalContext(context);
  const conditions = parseRecord(conditionLinksSchema, context.conditions, 'mapping context conditions');
  const ci = parseRecord(
    clinicalImpressionRecordSchema,
    impression,
    'clinical impression',
    parseOptions(ctx),
  );
  return buildClinicalImpression(ci, ctx, conditions);
}

const CONDITION_REFERENCE = /^(?:Condition\/[A-Za-z0-9\-.]{1,64}|urn:uuid:[0-9a-fA-F-]{36})$/;

const conditionLinksSchema = z
  .array(
    z.object({
      code: icd10CodeSchema,
      display: z.string().trim().min(1),
      reference: z.object({
        reference: z.string().regex(CONDITION_REFERENCE, 'Must be Condition/<id> or urn:uuid:<uuid>'),
      }),
    }),
  )
  .default([]);

/** The visit summary (resume medis) as a SATUSEHAT Composition. */
export function mapVisitSummary(summary: VisitSummaryRecord, context: ClinicalContext): Composition {
  const ctx = resolveClinicalContext(context);
  return buildComposition(
    parseRecord(visitSummaryRecordSchema, summary, 'visit summary', parseOptions(ctx)),
    ctx,
  );
}
