import type { CodeableConcept, Coding, Period, Quantity, Reference } from 'fhir/r4';
import type { ParsedQuantity } from '../records/medication';
import { resolveDoseUnit } from '../terminology/medication';
import { CODE_SYSTEMS } from '../terminology/systems';

export function coding(system: string, code: string, display?: string): Coding {
  return display === undefined ? { system, code } : { system, code, display };
}

export function concept(system: string, code: string, display?: string): CodeableConcept {
  return { coding: [coding(system, code, display)] };
}

/**
 * `Type/id` reference text, remembered for the id last seen. A visit's resources all point at the same patient,
 * practitioner and organisation, so the text is made once per Bundle and shared (strings are immutable; each
 * resource still gets its own Reference object).
 */
function referenceText(type: string): (id: string) => string {
  const prefix = `${type}/`;
  let lastId: string | undefined;
  let lastText = '';
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      lastText = `${prefix}${id}`;
    }
    return lastText;
  };
}

const patientText = referenceText('Patient');
const practitionerText = referenceText('Practitioner');
const organizationText = referenceText('Organization');
const locationText = referenceText('Location');

export function patientReference(patient: { ihsNumber: string; name: string }): Reference {
  return { reference: patientText(patient.ihsNumber), display: patient.name };
}

export function practitionerReference(practitioner: { ihsNumber: string; name: string }): Reference {
  return { reference: practitionerText(practitioner.ihsNumber), display: practitioner.name };
}

export function organizationReference(id: string, display?: string): Reference {
  return display === undefined
    ? { reference: organizationText(id) }
    : { reference: organizationText(id), display };
}

export function locationReference(location: { id: string; name: string }): Reference {
  return { reference: locationText(location.id), display: location.name };
}

/** A dose or amount in the code system its unit belongs to (orderableDrugForm or UCUM). */
export function drugQuantity(q: ParsedQuantity): Quantity {
  // The record schema only lets known units through, so the lookup cannot miss here.
  const unit = resolveDoseUnit(q.unit)!;
  return { value: q.value, unit: unit.unit, system: unit.system, code: unit.code };
}

export function days(value: number): Quantity {
  return { value, unit: 'days', system: CODE_SYSTEMS.ucum, code: 'd' };
}

const XHTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const XHTML_SPECIAL = /[&<>"]/g;
const escapeXhtml = (c: string) => XHTML_ESCAPES[c] as string;

/** Plain text as the XHTML `div` a FHIR Narrative must be. */
export function narrativeDiv(text: string): string {
  return `<div xmlns="http://www.w3.org/1999/xhtml">${text.replace(XHTML_SPECIAL, escapeXhtml)}</div>`;
}

/** A Period from `start`, with `end` only when there is one. */
export function period(start: string, end: string | undefined): Period {
  return end === undefined ? { start } : { start, end };
}

/**
 * Copies an object without its undefined keys, so optional elements are absent rather than present and empty.
 * Copying rather than `delete` keeps the result a fast-properties object for whoever walks it next. The copy
 * adds each key through one shared, megamorphic store, which costs several times a literal: the builders a
 * visit Bundle runs through (Encounter, Condition, Procedure, MedicationRequest, Medication, Dosage) set
 * their elements one by one instead, and this stays for the resources made once per call.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
