/**
 * Code systems, identifier systems, extension and profile URLs exactly as SATUSEHAT spells them.
 * Source: ../shared/specs/satusehat.md §3.1 (SATUSEHAT docs, official Postman collection, IG examples).
 */

export const CODE_SYSTEMS = {
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  kfa: 'http://sys-ids.kemkes.go.id/kfa',
  clinicalTerm: 'http://terminology.kemkes.go.id/CodeSystem/clinical-term',
  kptl: 'http://terminology.kemkes.go.id/CodeSystem/kptl',
  medicationForm: 'http://terminology.kemkes.go.id/CodeSystem/medication-form',
  medicationType: 'http://terminology.kemkes.go.id/CodeSystem/medication-type',
  atcRoute: 'http://www.whocc.no/atc',
  orderableDrugForm: 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  maritalStatus: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus',
  diagnosisRole: 'http://terminology.hl7.org/CodeSystem/diagnosis-role',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
  locationPhysicalType: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
  medicationRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  medicationDispenseCategory: 'http://terminology.hl7.org/fhir/CodeSystem/medicationdispense-category',
  doseRateType: 'http://terminology.hl7.org/CodeSystem/dose-rate-type',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  language: 'urn:ietf:bcp:47',
} as const;

/** Identifier systems that are national, not scoped to an organisation. */
export const NATIONAL_IDENTIFIER_SYSTEMS = {
  nik: 'https://fhir.kemkes.go.id/id/nik',
  motherNik: 'https://fhir.kemkes.go.id/id/nik-ibu',
  passport: 'https://fhir.kemkes.go.id/id/paspor',
  kk: 'https://fhir.kemkes.go.id/id/kk',
  ihsNumber: 'https://fhir.kemkes.go.id/id/ihs-number',
  practitionerIhsNumber: 'https://fhir.kemkes.go.id/id/nakes-his-number',
} as const;

/**
 * The `http://sys-ids.kemkes.go.id/{kind}/{organizationId}` identifier systems. SATUSEHAT checks that the
 * organisation id in the URL is the caller's own (RuleNumber 10117).
 */
export type OrgScopedKind =
  | 'organization'
  | 'location'
  | 'encounter'
  | 'condition'
  | 'observation'
  | 'procedure'
  | 'allergy'
  | 'composition'
  | 'clinicalimpression'
  | 'medication'
  | 'medicationdispense'
  | 'prescription'
  | 'prescription-item'
  | 'mrn';

export const SYS_IDS_BASE = 'http://sys-ids.kemkes.go.id/';

// Every resource of a facility carries the same few systems: each is made once for the organisation last seen
// rather than per identifier, so a Bundle shares one string per kind (flattened once by its first reader).
// One organisation at a time keeps the memory bounded whatever ids callers pass.
let cachedOrganizationId: string | undefined;
const cachedSystems = new Map<string, string>();

export function orgScopedSystem(kind: OrgScopedKind, organizationId: string): string {
  if (organizationId !== cachedOrganizationId) {
    cachedOrganizationId = organizationId;
    cachedSystems.clear();
  }
  let system = cachedSystems.get(kind);
  if (system === undefined) {
    system = `${SYS_IDS_BASE}${kind}/${organizationId}`;
    cachedSystems.set(kind, system);
  }
  return system;
}

export const EXTENSIONS = {
  administrativeCode: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode',
  birthPlace: 'https://fhir.kemkes.go.id/r4/StructureDefinition/birthPlace',
  citizenshipStatus: 'https://fhir.kemkes.go.id/r4/StructureDefinition/citizenshipStatus',
  medicationType: 'https://fhir.kemkes.go.id/r4/StructureDefinition/MedicationType',
} as const;

export const PROFILES = {
  patient: 'https://fhir.kemkes.go.id/r4/StructureDefinition/Patient',
  medication: 'https://fhir.kemkes.go.id/r4/StructureDefinition/Medication',
  medicationRequest: 'https://fhir.kemkes.go.id/r4/StructureDefinition/MedicationRequest',
} as const;
