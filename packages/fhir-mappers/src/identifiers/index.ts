export { type KfaLevel, kfaLevel } from './kfa';
export * from './patterns';
export {
  fhirIdSchema,
  icd9CmCodeSchema,
  icd10CodeSchema,
  ihsPatientIdSchema,
  ihsPractitionerIdSchema,
  kfaCodeAtLevels,
  kfaCodeSchema,
  kkNumberSchema,
  loincCodeSchema,
  nikSchema,
  organizationIdSchema,
  passportNumberSchema,
  snomedCodeSchema,
} from './schemas';
export {
  isIcd9CmCode,
  isIcd10Code,
  isIhsPatientId,
  isIhsPractitionerId,
  isKfaDrugCode,
  isKkNumber,
  isNik,
  isPassportNumber,
} from './validators';
