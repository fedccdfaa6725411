export { CARE_SETTING_CODES, type CareSetting } from './care-setting';
export type { Coded } from './coded';
export {
  type DphoDrug,
  type ObatWire,
  PcareDrugs,
  type VisitDrug,
  type VisitDrugInput,
  visitDrugFromWire,
  visitDrugToWire,
} from './drugs';
export {
  type McuInput,
  type McuRecord,
  type McuResults,
  type McuWire,
  mcuFromWire,
  mcuToWire,
  PcareMcu,
} from './mcu';
export { type Member, memberFromWire, PcareMembers, type PesertaWire } from './members';
export { PcareClient } from './pcare-client';
export {
  PcareProcedures,
  type ProcedureReference,
  type TindakanWire,
  type VisitProcedure,
  type VisitProcedureInput,
  visitProcedureToWire,
} from './procedures';
export {
  activityToWire,
  type KegiatanWire,
  PcareProlanis,
  PROLANIS_ACTIVITY_CODES,
  PROLANIS_PROGRAM_CODES,
  type ProlanisActivity,
  type ProlanisActivityInput,
  type ProlanisActivityKind,
  type ProlanisClub,
  type ProlanisProgram,
} from './prolanis';
export {
  ALLERGY_KIND_CODES,
  type AllergyKind,
  PcareReferences,
  type Poli,
  type SubSpecialist,
} from './references';
export {
  type FaskesRujukanWire,
  PcareReferralFacilities,
  type ReferralFacility,
  referralFacilityFromWire,
} from './referral-facilities';
export {
  PcareRegistrations,
  type PendaftaranReadWire,
  type PendaftaranWire,
  type Registration,
  type RegistrationInput,
  registrationFromWire,
  registrationToWire,
} from './registrations';
export type { Page } from './response';
export { TACC_AGE_REASONS, TACC_CODES, TACC_DURATION_REASONS, type Tacc } from './tacc';
export {
  DISCHARGE_REFERRED,
  type KunjunganWire,
  type Referral,
  type RujukLanjutWire,
  SPECIAL_REFERRAL_CODES,
  type VisitInput,
  visitToWire,
} from './visit-input';
export {
  type Diagnosis,
  PcareVisits,
  type ReferralLetter,
  type RiwayatKunjunganWire,
  type RujukanWire,
  referralLetterFromWire,
  type VisitRecord,
  visitRecordFromWire,
} from './visits';
export type { Vitals, VitalsInput, VitalsWire } from './vitals';
