export {
  type AllergyRecord,
  allergyRecordSchema,
  type ClinicalImpressionRecord,
  clinicalImpressionRecordSchema,
  type ParsedAllergy,
  type ParsedClinicalImpression,
  type ParsedVisitSummary,
  type VisitSummaryRecord,
  visitSummaryRecordSchema,
} from './allergy';
export {
  type AddressRecord,
  addressSchema,
  type LocationRef,
  locationRefSchema,
  type ParsedAddress,
  type PatientRef,
  type PractitionerRef,
  patientRefSchema,
  practitionerRefSchema,
} from './common';
export { type DateTimeInput, eventTimeSchema, pastDateSchema, pastTimeSchema } from './datetime-schemas';
export {
  type DiagnosisRecord,
  diagnosisRecordSchema,
  type ParsedDiagnosis,
  type ParsedProcedure,
  type ProcedureRecord,
  procedureRecordSchema,
} from './diagnosis';
export { type DispenseRecord, dispenseRecordSchema, type ParsedDispense } from './dispense';
export {
  type DepartmentRecord,
  departmentRecordSchema,
  type FacilityRecord,
  facilityRecordSchema,
  type LocationRecord,
  locationRecordSchema,
  type ParsedDepartment,
  type ParsedFacility,
  type ParsedLocation,
} from './facility';
export {
  dosageSchema,
  frequencySchema,
  medicationFormSchema,
  type ParsedDosage,
  type ParsedPrescriptionLine,
  type ParsedQuantity,
  type PrescriptionLine,
  prescriptionLineSchema,
  quantitySchema,
} from './medication';
export { formatPath, mappingIssuesFromZod, parseRecord } from './parse';
export type { RecordParseOptions } from './parse-context';
export {
  type ParsedPatient,
  type PatientRecord,
  type PractitionerRecord,
  patientRecordSchema,
  practitionerRecordSchema,
} from './patient';
export { type ParsedPrescription, type PrescriptionRecord, prescriptionSchema } from './prescription';
export { type ParsedVisit, type VisitRecord, visitRecordSchema } from './visit';
export {
  type Measurement,
  type ParsedVitalSigns,
  type VitalSignsRecord,
  vitalSignsSchema,
} from './vital-signs';
