/**
 * @sehatkit/fhir-mappers: clinic records to SATUSEHAT-conformant FHIR R4 resources and transaction Bundles,
 * readers for what SATUSEHAT returns, and validateForSatuSehat. Pure and isomorphic: no I/O, no Node-only API.
 *
 * - records: zod schemas and types of what an Indonesian EMR holds (`visitRecordSchema`, `patientRecordSchema`...)
 * - identifiers: NIK, KK, passport, IHS numbers, ICD-10, ICD-9-CM, KFA validators for forms and guards
 * - mappers: `mapPatient`, `mapEncounter`, `mapVitalSigns`, `mapPrescription`... and `buildVisitBundle`
 * - validation: `validateForSatuSehat(resource | bundle)`
 * - readers: searchset Bundles (masked names), OperationOutcome with RuleNumber, transaction responses
 * - errors: `FhirMappingError` (code `VALIDATION_FAILED`, shaped like the SDK's ValidationError)
 */
export * from './bundle/index';
export { buildVisitBundleFromParsed } from './bundle/visit-bundle';
export * from './errors/index';
export * from './identifiers/index';
export * from './mappers/index';
export * from './readers/index';
export * from './records/index';
export * from './terminology/index';
export * from './time/index';
export * from './validation/index';
