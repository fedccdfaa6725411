import type { VisitRecord } from '@sehatkit/fhir-mappers';

/** A person by SATUSEHAT IHS number, or by NIK for the sync to look up (cached). `name` is the MPI/Nakes name. */
export type PersonIdentity = { ihsNumber: string; name: string } | { nik: string; name: string };

/**
 * A visit as the EMR holds it: the `VisitRecord` of @sehatkit/fhir-mappers, except that the patient and the
 * practitioner may be given by NIK instead of IHS number.
 */
export type SyncVisitRecord = Omit<VisitRecord, 'patient' | 'practitioner'> & {
  patient: PersonIdentity;
  practitioner: PersonIdentity;
};

export interface VisitSyncOptions {
  /** The clinic's zone for datetimes written without an offset. Default: none (such datetimes are refused). */
  timeZone?: 'WIB' | 'WITA' | 'WIT';
  /** The facility's name, shown beside references to its Organization. */
  facilityName?: string;
  /**
   * Attempts in all when SATUSEHAT is rate limiting (429, honouring Retry-After) or failing (5xx, timeout,
   * network). Each attempt starts with the lookup, so a retry never duplicates. Default 3.
   */
  maxAttempts?: number;
}

export interface SyncedResource {
  resourceType: string;
  id: string;
  /** The `urn:uuid:` the entry had in the Bundle that created it. */
  fullUrl?: string;
  /** HTTP status of the entry (201 created, 200 updated); 0 when it was found, not written. */
  status: number;
}

export interface VisitSyncResult {
  /** `created`: new Encounter; `updated`: its lifecycle moved on; `unchanged`: SATUSEHAT already had this. */
  outcome: 'created' | 'updated' | 'unchanged';
  encounterId: string;
  patientId: string;
  practitionerId: string;
  /** What SATUSEHAT holds for this visit after the sync, with the ids it assigned. */
  resources: SyncedResource[];
  /** Attempts used (more than 1 after a 429 or 5xx). */
  attempts: number;
}
