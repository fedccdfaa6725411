import {
  ICD9CM_PATTERN,
  ICD10_PATTERN,
  IHS_PATIENT_PATTERN,
  IHS_PRACTITIONER_PATTERN,
  KFA_DRUG_PATTERN,
  KK_PATTERN,
  NIK_PATTERN,
  PASSPORT_PATTERN,
} from './patterns';

// Predicates for callers that do not use zod (form fields, request guards). Never echo the value in a message.

export const isNik = (value: unknown): value is string =>
  typeof value === 'string' && NIK_PATTERN.test(value);
export const isKkNumber = (value: unknown): value is string =>
  typeof value === 'string' && KK_PATTERN.test(value);
export const isPassportNumber = (value: unknown): value is string =>
  typeof value === 'string' && PASSPORT_PATTERN.test(value);
export const isIhsPatientId = (value: unknown): value is string =>
  typeof value === 'string' && IHS_PATIENT_PATTERN.test(value);
export const isIhsPractitionerId = (value: unknown): value is string =>
  typeof value === 'string' && IHS_PRACTITIONER_PATTERN.test(value);
export const isIcd10Code = (value: unknown): value is string =>
  typeof value === 'string' && ICD10_PATTERN.test(value);
export const isIcd9CmCode = (value: unknown): value is string =>
  typeof value === 'string' && ICD9CM_PATTERN.test(value);
export const isKfaDrugCode = (value: unknown): value is string =>
  typeof value === 'string' && KFA_DRUG_PATTERN.test(value);
