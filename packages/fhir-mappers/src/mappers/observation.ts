import type { Observation } from 'fhir/r4';
import { parseRecord } from '../records/parse';
import { type ParsedVitalSigns, type VitalSignsRecord, vitalSignsSchema } from '../records/vital-signs';
import { CODE_SYSTEMS } from '../terminology/systems';
import {
  CONSCIOUSNESS_LEVELS,
  CONSCIOUSNESS_OBSERVATION,
  VITAL_SIGN_KINDS,
  VITAL_SIGNS,
} from '../terminology/vital-signs';
import {
  type ClinicalContext,
  parseOptions,
  type ResolvedClinicalContext,
  resolveClinicalContext,
} from './context';
import { concept, patientReference, practitionerReference } from './fhir-helpers';

// Built per resource, never shared: a caller editing one Observation must not change the next.
const vitalSignsCategory = () => [concept(CODE_SYSTEMS.observationCategory, 'vital-signs', 'Vital Signs')];
const examCategory = () => [concept(CODE_SYSTEMS.observationCategory, 'exam', 'Exam')];

/** One Observation per vital sign present, in a fixed order (systolic first, consciousness last). */
export function buildVitalSignObservations(v: ParsedVitalSigns, ctx: ResolvedClinicalContext): Observation[] {
  const performerRef = v.performer ?? ctx.practitioner;
  const issued = v.issuedAt ?? v.measuredAt;
  const out: Observation[] = [];
  for (const kind of VITAL_SIGN_KINDS) {
    const m = v[kind];
    if (m === undefined) continue;
    const def = VITAL_SIGNS[kind];
    const obs: Observation = {
      resourceType: 'Observation',
      status: 'final',
      category: vitalSignsCategory(),
      code: concept(CODE_SYSTEMS.loinc, def.loinc, def.display),
      subject: patientReference(ctx.patient),
      encounter: { ...ctx.encounter },
      effectiveDateTime: v.measuredAt,
      issued,
      valueQuantity: { value: m.value, unit: def.unit, system: CODE_SYSTEMS.ucum, code: def.ucum },
    };
    if (performerRef !== undefined) obs.performer = [practitionerReference(performerRef)];
    out.push(obs);
  }
  if (v.consciousness !== undefined) {
    const level = CONSCIOUSNESS_LEVELS[v.consciousness];
    const obs: Observation = {
      resourceType: 'Observation',
      status: 'final',
      category: examCategory(),
      code: concept(CODE_SYSTEMS.loinc, CONSCIOUSNESS_OBSERVATION.loinc, CONSCIOUSNESS_OBSERVATION.display),
      subject: patientReference(ctx.patient),
      encounter: { ...ctx.encounter },
      effectiveDateTime: v.measuredAt,
      issued,
      valueCodeableConcept: concept(CODE_SYSTEMS.snomed, level.code, level.display),
    };
    if (performerRef !== undefined) obs.performer = [practitionerReference(performerRef)];
    out.push(obs);
  }
  return out;
}

/**
 * Vital signs as SATUSEHAT Observations (category vital-signs, LOINC codes and UCUM units of the outpatient
 * playbook); consciousness as an exam Observation answered in SNOMED CT.
 */
export function mapVitalSigns(vitalSigns: VitalSignsRecord, context: ClinicalContext): Observation[] {
  const ctx = resolveClinicalContext(context);
  return buildVitalSignObservations(
    parseRecord(vitalSignsSchema, vitalSigns, 'vital signs', parseOptions(ctx)),
    ctx,
  );
}
