import { CODE_SYSTEMS } from '../terminology/systems';
import {
  checkSystems,
  checkSystemsEach,
  elementNotFound,
  requireElement,
  requireReference,
  requireReferenceEach,
  systemsValid,
} from './coding-rules';
import { checkDateTime, checkPeriod, EVENT, ONSET } from './datetimes';
import { encounter } from './encounter-rules';
import type { Report } from './issue';
import { isObject, type Json, str } from './json';
import { checkMedication, type MedicationUse } from './medication-rules';

export interface RuleEnv {
  /** The current time in the platform format. */
  now: string;
  report: Report;
}

// Allowed code systems per element, built once: the rules run for every resource of every Bundle.
const S = CODE_SYSTEMS;
const CONDITION_CODE = [S.icd10, S.snomed, S.clinicalTerm];
const CONDITION_CLINICAL = [S.conditionClinical];
const CONDITION_CATEGORY = [S.conditionCategory];
const OBSERVATION_CATEGORY = [S.observationCategory];
const OBSERVATION_CODE = [S.loinc, S.snomed];
const PROCEDURE_CODE = [S.icd9cm, S.snomed, S.clinicalTerm, S.kptl];
const PROCEDURE_CATEGORY = [S.snomed, 'http://terminology.kemkes.go.id'];
const ICD10 = [S.icd10];
const REQUEST_CATEGORY = [S.medicationRequestCategory];
const ATC_ROUTE = [S.atcRoute];
const DOSE_RATE_TYPE = [S.doseRateType];
const ALLERGY_CODE = [S.snomed, S.kfa, S.clinicalTerm];
const SNOMED = [S.snomed];
const LOINC = [S.loinc];

function condition(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystems(r.code, p, 'code', CONDITION_CODE, 10003, report);
  checkSystems(r.clinicalStatus, p, 'clinicalStatus', CONDITION_CLINICAL, 10006, report, false);
  checkSystemsEach(r.category, p, 'category', CONDITION_CATEGORY, 10007, report);
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  checkDateTime(r.recordedDate, p, 'recordedDate', now, EVENT, report);
  checkDateTime(r.onsetDateTime, p, 'onsetDateTime', now, ONSET, report);
}

function observation(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystemsEach(r.category, p, 'category', OBSERVATION_CATEGORY, 10009, report);
  checkSystems(r.code, p, 'code', OBSERVATION_CODE, 10010, report);
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  if (requireElement(r.performer, p, 'performer', report))
    requireReferenceEach(r.performer, p, 'performer', report);
  checkDateTime(r.effectiveDateTime, p, 'effectiveDateTime', now, EVENT, report);
  checkDateTime(r.issued, p, 'issued', now, EVENT, report);
  if (isObject(r.valueQuantity) && r.valueQuantity.system !== S.ucum) {
    report({
      path: `${p}.valueQuantity.system`,
      message: `Invalid coding system: quantities use ${S.ucum}`,
      ruleNumber: 10012,
      severity: 'error',
      code: 'invalid_coding_system',
    });
  }
}

function procedure(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystems(r.code, p, 'code', PROCEDURE_CODE, 10015, report);
  if (r.category !== undefined) checkSystems(r.category, p, 'category', PROCEDURE_CATEGORY, 10013, report);
  checkSystemsEach(r.reasonCode, p, 'reasonCode', ICD10, 10018, report);
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  checkPeriod(r.performedPeriod, p, 'performedPeriod', now, report);
  checkDateTime(r.performedDateTime, p, 'performedDateTime', now, EVENT, report);
}

/** Whether a contained resource is the one a `#id` reference names. */
function isReferencedAs(contained: unknown, ref: string): boolean {
  if (!isObject(contained)) return false;
  // As the text `#${id}` would compare, an absent id included; without building that text per candidate.
  const id = str(contained.id) ?? 'undefined';
  return ref.length === id.length + 1 && ref.charCodeAt(0) === 35 && ref.endsWith(id);
}

function containedMedication(r: Json, p: string, use: MedicationUse, report: Report): void {
  const ref = isObject(r.medicationReference) ? str(r.medicationReference.reference) : undefined;
  requireReference(r.medicationReference, p, 'medicationReference', report);
  if (ref === undefined) return;
  if (ref.startsWith('Medication/')) {
    report({
      path: `${p}.medicationReference.reference`,
      message:
        'Since playbook v6.2 the Medication goes in contained and is referenced as #id, not Medication/id',
      severity: 'error',
      code: 'medication_not_contained',
    });
    return;
  }
  const contained = Array.isArray(r.contained) ? r.contained : [];
  for (let i = 0; i < contained.length; i += 1) {
    const med = contained[i];
    if (!isReferencedAs(med, ref)) continue;
    // The first match only, as the platform resolves it.
    if (isObject(med) && med.resourceType === 'Medication') {
      checkMedication(med, `${p}.contained[${i}]`, use, report);
    }
    return;
  }
}

function dosages(r: Json, p: string, report: Report): void {
  const list = Array.isArray(r.dosageInstruction) ? r.dosageInstruction : [];
  for (let i = 0; i < list.length; i += 1) {
    const d = list[i];
    if (!isObject(d)) continue;
    if (d.route !== undefined && !systemsValid(d.route, ATC_ROUTE, true)) {
      checkSystems(d.route, `${p}.dosageInstruction[${i}]`, 'route', ATC_ROUTE, 10038, report);
    }
    const rates = Array.isArray(d.doseAndRate) ? d.doseAndRate : [];
    for (let j = 0; j < rates.length; j += 1) {
      const dr = rates[j];
      if (isObject(dr) && dr.type !== undefined && !systemsValid(dr.type, DOSE_RATE_TYPE, true)) {
        const at = `${p}.dosageInstruction[${i}].doseAndRate[${j}]`;
        checkSystems(dr.type, at, 'type', DOSE_RATE_TYPE, 10039, report);
      }
    }
  }
}

function medicationRequest(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystemsEach(r.category, p, 'category', REQUEST_CATEGORY, 10034, report);
  checkSystemsEach(r.reasonCode, p, 'reasonCode', ICD10, 10035, report);
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  requireElement(r.substitution, p, 'substitution', report);
  checkDateTime(r.authoredOn, p, 'authoredOn', now, EVENT, report);
  containedMedication(r, p, 'request', report);
  dosages(r, p, report);
}

function medicationDispense(r: Json, p: string, { now, report }: RuleEnv): void {
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.context, p, 'context', report);
  checkDateTime(r.whenPrepared, p, 'whenPrepared', now, EVENT, report);
  checkDateTime(r.whenHandedOver, p, 'whenHandedOver', now, EVENT, report);
  containedMedication(r, p, 'dispense', report);
  dosages(r, p, report);
}

function allergyIntolerance(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystems(r.code, p, 'code', ALLERGY_CODE, 10078, report);
  requireReference(r.patient, p, 'patient', report);
  checkDateTime(r.recordedDate, p, 'recordedDate', now, EVENT, report);
  checkDateTime(r.onsetDateTime, p, 'onsetDateTime', now, ONSET, report);
}

function clinicalImpression(r: Json, p: string, { now, report }: RuleEnv): void {
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  checkDateTime(r.effectiveDateTime, p, 'effectiveDateTime', now, EVENT, report);
  checkDateTime(r.date, p, 'date', now, EVENT, report);
  checkSystemsEach(r.prognosisCodeableConcept, p, 'prognosisCodeableConcept', SNOMED, 10002, report);
}

function composition(r: Json, p: string, { now, report }: RuleEnv): void {
  checkSystems(r.type, p, 'type', LOINC, 10021, report);
  checkSystemsEach(r.category, p, 'category', LOINC, 10022, report);
  requireReference(r.subject, p, 'subject', report);
  requireReference(r.encounter, p, 'encounter', report);
  if (requireElement(r.author, p, 'author', report)) requireReferenceEach(r.author, p, 'author', report);
  if (str(r.title) === undefined) report(elementNotFound(`${p}.title`));
  checkDateTime(r.date, p, 'date', now, EVENT, report);
  const sections = Array.isArray(r.section) ? r.section : [];
  for (let i = 0; i < sections.length; i += 1) {
    const s = sections[i];
    if (isObject(s) && s.code !== undefined && !systemsValid(s.code, LOINC, true)) {
      checkSystems(s.code, `${p}.section[${i}]`, 'code', LOINC, 10023, report);
    }
  }
}

function organization(r: Json, p: string, { report }: RuleEnv): void {
  requireElement(r.identifier, p, 'identifier', report);
  if (str(r.name) === undefined) report(elementNotFound(`${p}.name`));
}

function location(r: Json, p: string, { report }: RuleEnv): void {
  requireElement(r.identifier, p, 'identifier', report);
  if (str(r.name) === undefined) report(elementNotFound(`${p}.name`));
  requireReference(r.managingOrganization, p, 'managingOrganization', report);
}

function medication(r: Json, p: string, { report }: RuleEnv): void {
  checkMedication(r, p, 'standalone', report);
}

function patient(r: Json, p: string, { report }: RuleEnv): void {
  requireElement(r.identifier, p, 'identifier', report);
  requireElement(r.name, p, 'name', report);
}

/** The platform's rules per resource type, beyond what the element walk checks for every resource. */
const RESOURCE_RULES: Record<string, (r: Json, path: string, env: RuleEnv) => void> = {
  Encounter: encounter,
  Condition: condition,
  Observation: observation,
  Procedure: procedure,
  MedicationRequest: medicationRequest,
  MedicationDispense: medicationDispense,
  Medication: medication,
  AllergyIntolerance: allergyIntolerance,
  ClinicalImpression: clinicalImpression,
  Composition: composition,
  Organization: organization,
  Location: location,
  Patient: patient,
};

/** The rules of a resource type; own keys only, so a resourceType such as `constructor` has none. */
export function rulesFor(type: string): ((r: Json, path: string, env: RuleEnv) => void) | undefined {
  return Object.hasOwn(RESOURCE_RULES, type) ? RESOURCE_RULES[type] : undefined;
}
