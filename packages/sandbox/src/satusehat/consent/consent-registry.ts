import { randomUUID } from 'node:crypto';
import type { StoredResource } from '../fhir/store';
import type { Json } from '../http/json';

export type ConsentAction = 'OPTIN' | 'OPTOUT';

export interface ConsentRecord {
  id: string;
  patientId: string;
  action: ConsentAction;
  agent: string;
  organizationId: string;
  dateTime: string;
}

/** Patients' OPTIN/OPTOUT choices for access by other facilities (satusehat.md §3.15). */
export class ConsentRegistry {
  readonly #records = new Map<string, ConsentRecord>();

  get(patientId: string): ConsentRecord | undefined {
    return this.#records.get(patientId);
  }

  set(record: Omit<ConsentRecord, 'id'>): ConsentRecord {
    const previous = this.#records.get(record.patientId);
    const next = { ...record, id: previous?.id ?? randomUUID() };
    this.#records.set(record.patientId, next);
    return next;
  }

  clear(): void {
    this.#records.clear();
  }
}

/** The patient a clinical resource is about, from `subject` or `patient`. */
export function patientOf(resource: Json): string | undefined {
  for (const key of ['subject', 'patient']) {
    const ref = (resource[key] as Json | undefined)?.reference;
    if (typeof ref === 'string' && ref.startsWith('Patient/')) return ref.slice('Patient/'.length);
  }
  return undefined;
}

/**
 * A facility reads its own data freely; another facility's data about a patient only after that patient
 * opted in. OPTOUT does not stop a facility from sending data (satusehat.md §3.15).
 */
export function mayRead(
  stored: StoredResource,
  requesterOrganization: string,
  consents: ConsentRegistry,
): boolean {
  if (stored.ownerOrganization === undefined || stored.ownerOrganization === requesterOrganization)
    return true;
  const patient = patientOf(stored.resource);
  if (!patient) return true;
  return consents.get(patient)?.action === 'OPTIN';
}

/** The 200 answer for data withheld by consent, verbatim from the Postman example (satusehat.md §3.15). */
export const SUPPRESSED_OUTCOME = {
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'information',
      code: 'suppressed',
      details: { text: 'The operation did not return any information due to consent or privacy rules.' },
    },
  ],
};

/** The Consent resource the consent API answers with, shaped like the IG's Example-Consent. */
export function consentResource(record: ConsentRecord): Json {
  return {
    resourceType: 'Consent',
    id: record.id,
    status: 'active',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: { reference: `Patient/${record.patientId}` },
    dateTime: record.dateTime,
    performer: [{ reference: `Patient/${record.patientId}` }],
    organization: [{ reference: `Organization/${record.organizationId}` }],
    policyRule: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: record.action }],
    },
    provision: {
      period: { start: record.dateTime },
      provision: [
        {
          type: record.action === 'OPTIN' ? 'permit' : 'deny',
          action: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access' }] },
          ],
          class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'Resource' }],
        },
      ],
    },
  };
}
