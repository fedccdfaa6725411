export {
  type BundleEntryRead,
  type BundleRead,
  readBundle,
  readTransactionResponse,
  type TransactionEntryResult,
} from './bundle';
export { readStoredResource, type StoredResourceRead } from './created';
export {
  type IdentifierRead,
  type LocationRead,
  type OrganizationRead,
  type PatientRead,
  type PersonRead,
  type PractitionerRead,
  readLocation,
  readLocationSearch,
  readOrganization,
  readOrganizationSearch,
  readPatient,
  readPatientSearch,
  readPractitioner,
  readPractitionerSearch,
} from './directory';
export {
  isOperationOutcome,
  type OutcomeIssue,
  parseRuleNumber,
  readOperationOutcome,
} from './operation-outcome';
