export {
  FhirMappingError,
  type FhirMappingReason,
  isFhirMappingError,
  type MappingIssue,
} from './fhir-mapping-error';
export { maskIdentifiers } from './mask';
