export type { SatuSehatIssue } from './issue';
export { type SatuSehatValidationOptions, validateForSatuSehat } from './validate';
