/** SNOMED CT and HL7 codes the mappers send, with displays (spec §3.6-3.13; HL7 terminology). */

export const PROGNOSIS = {
  good: { code: '170968001', display: 'Prognosis good' },
  fair: { code: '65872000', display: 'Fair prognosis' },
  guarded: { code: '67334001', display: 'Guarded prognosis' },
  poor: { code: '170969009', display: 'Prognosis bad' },
} as const;
export type Prognosis = keyof typeof PROGNOSIS;

export const PROCEDURE_CATEGORIES = {
  diagnostic: { code: '103693007', display: 'Diagnostic procedure' },
  surgical: { code: '387713003', display: 'Surgical procedure' },
  therapeutic: { code: '277132007', display: 'Therapeutic procedure' },
  counselling: { code: '409063005', display: 'Counseling' },
  education: { code: '409073007', display: 'Education' },
} as const;
export type ProcedureCategory = keyof typeof PROCEDURE_CATEGORIES;

export const DIAGNOSIS_USES = {
  discharge: { code: 'DD', display: 'Discharge diagnosis' },
  admission: { code: 'AD', display: 'Admission diagnosis' },
  'chief-complaint': { code: 'CC', display: 'Chief complaint' },
} as const;
export type DiagnosisUse = keyof typeof DIAGNOSIS_USES;

export const CONDITION_CLINICAL_STATUSES = {
  active: 'Active',
  recurrence: 'Recurrence',
  relapse: 'Relapse',
  inactive: 'Inactive',
  remission: 'Remission',
  resolved: 'Resolved',
} as const;
export type ConditionClinicalStatus = keyof typeof CONDITION_CLINICAL_STATUSES;

export const ENCOUNTER_CLASSES = {
  AMB: 'ambulatory',
  EMER: 'emergency',
  HH: 'home health',
  VR: 'virtual',
} as const;
export type EncounterClass = keyof typeof ENCOUNTER_CLASSES;

export const DISCHARGE_DISPOSITIONS = {
  home: 'Home',
  'alt-home': 'Alternative home',
  'other-hcf': 'Other healthcare facility',
  hosp: 'Hospice',
  long: 'Long-term care',
  aadvice: 'Left against advice',
  exp: 'Expired',
  psy: 'Psychiatric hospital',
  rehab: 'Rehabilitation',
  snf: 'Skilled nursing facility',
  oth: 'Other',
} as const;
export type DischargeDisposition = keyof typeof DISCHARGE_DISPOSITIONS;

export const MARITAL_STATUSES = {
  'never-married': { code: 'S', display: 'Never Married' },
  married: { code: 'M', display: 'Married' },
  divorced: { code: 'D', display: 'Divorced' },
  widowed: { code: 'W', display: 'Widowed' },
} as const;
export type MaritalStatus = keyof typeof MARITAL_STATUSES;

export const ORGANIZATION_TYPES = {
  prov: 'Healthcare Provider',
  dept: 'Hospital Department',
  team: 'Organizational team',
  govt: 'Government',
  other: 'Other',
} as const;
export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

export const LOCATION_PHYSICAL_TYPES = {
  si: 'Site',
  bu: 'Building',
  wi: 'Wing',
  wa: 'Ward',
  lvl: 'Level',
  co: 'Corridor',
  ro: 'Room',
  bd: 'Bed',
  ve: 'Vehicle',
  ho: 'House',
  area: 'Area',
} as const;
export type LocationPhysicalType = keyof typeof LOCATION_PHYSICAL_TYPES;

export const ALLERGY_CLINICAL_STATUSES = {
  active: 'Active',
  inactive: 'Inactive',
  resolved: 'Resolved',
} as const;
export const ALLERGY_VERIFICATION_STATUSES = {
  unconfirmed: 'Unconfirmed',
  confirmed: 'Confirmed',
  refuted: 'Refuted',
  'entered-in-error': 'Entered in Error',
} as const;

/** Composition defaults for the visit summary (resume medis): spec §3.13. */
export const VISIT_SUMMARY = {
  type: { code: '18842-5', display: 'Discharge summary' },
  category: { code: 'LP173421-1', display: 'Report' },
} as const;
