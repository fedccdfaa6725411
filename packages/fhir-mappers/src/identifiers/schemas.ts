import { z } from 'zod';
import { type KfaLevel, kfaLevel } from './kfa';
import {
  FHIR_ID_PATTERN,
  ICD9CM_PATTERN,
  ICD10_PATTERN,
  IHS_PATIENT_PATTERN,
  IHS_PRACTITIONER_PATTERN,
  KFA_DRUG_PATTERN,
  KK_PATTERN,
  LOINC_PATTERN,
  NIK_PATTERN,
  PASSPORT_PATTERN,
  SNOMED_PATTERN,
} from './patterns';

// Messages describe the expected shape and never repeat the input: a NIK must not land in a log line.

export const nikSchema = z.string().regex(NIK_PATTERN, 'NIK must be 16 digits and not start with 0');
export const kkNumberSchema = z
  .string()
  .regex(KK_PATTERN, 'Family card (KK) number must be 16 digits and not start with 0');
export const passportNumberSchema = z
  .string()
  .regex(PASSPORT_PATTERN, 'Passport number must be 6-20 upper-case letters or digits');
export const ihsPatientIdSchema = z
  .string()
  .regex(IHS_PATIENT_PATTERN, 'Patient IHS number must be P followed by 11 digits (or 6-14 digits)');
export const ihsPractitionerIdSchema = z
  .string()
  .regex(IHS_PRACTITIONER_PATTERN, 'Practitioner IHS number must be 6-14 digits, optionally after N');
export const organizationIdSchema = z
  .string()
  .regex(FHIR_ID_PATTERN, 'SATUSEHAT organization id must be 1-64 letters, digits, dots or dashes');
export const fhirIdSchema = z
  .string()
  .regex(FHIR_ID_PATTERN, 'Resource id must be 1-64 letters, digits, dots or dashes');
export const icd10CodeSchema = z
  .string()
  .regex(ICD10_PATTERN, 'ICD-10 code must look like A15.0 (letter, two digits, optional .d or .dd)');
export const icd9CmCodeSchema = z
  .string()
  .regex(ICD9CM_PATTERN, 'ICD-9-CM procedure code must look like 87.44 (two digits, optional .d or .dd)');
export const snomedCodeSchema = z.string().regex(SNOMED_PATTERN, 'SNOMED CT code must be 6-18 digits');
export const loincCodeSchema = z.string().regex(LOINC_PATTERN, 'LOINC code must look like 8867-4');
export const kfaCodeSchema = z
  .string()
  .regex(KFA_DRUG_PATTERN, 'KFA drug code must be 8 digits starting 91, 92, 93 or 94');

const LEVEL_LABEL: Record<KfaLevel, string> = {
  ingredient: '91 (active ingredient)',
  template: '92 (template product)',
  product: '93 (actual product)',
  package: '94 (packaged product)',
};

/** A KFA code restricted to some levels, e.g. `kfaCodeAtLevels('template', 'product')` for a prescribed drug. */
export function kfaCodeAtLevels(...levels: KfaLevel[]) {
  const allowed = new Set(levels);
  const expected = levels.map((l) => LEVEL_LABEL[l]).join(' or ');
  return kfaCodeSchema.refine((code) => allowed.has(kfaLevel(code) as KfaLevel), {
    message: `KFA code must be level ${expected} here`,
    params: { code: 'kfa_level' },
  });
}
