/** Medication type extension codes (SATUSEHAT Medication profile, spec §3.1). */
export const MEDICATION_TYPES = {
  NC: 'Non-compound',
  SD: 'Gives of such doses',
  EP: 'Divide into equal parts',
} as const;

export type MedicationTypeCode = keyof typeof MEDICATION_TYPES;

/** WHO ATC/DDD administration routes, the code system SATUSEHAT requires for dosage route (RuleNumber 10038). */
export const ATC_ROUTES = {
  O: 'Oral',
  P: 'Parenteral',
  R: 'Rectal',
  V: 'Vaginal',
  N: 'Nasal',
  SL: 'Sublingual/Buccal',
  TD: 'Transdermal',
  Inhal: 'Inhalation',
  Instill: 'Instillation',
  Implant: 'Implant',
} as const;

export type AtcRoute = keyof typeof ATC_ROUTES;

/**
 * Dose and quantity units from HL7 v3 orderableDrugForm that outpatient prescriptions use; SATUSEHAT's examples
 * send tablets as `TAB` in this system.
 */
export const DRUG_FORM_UNITS: Record<string, string> = {
  TAB: 'Tablet',
  CAP: 'Capsule',
  PILL: 'Pill',
  SUPP: 'Suppository',
  PWD: 'Powder',
  SYRUP: 'Syrup',
  SUSP: 'Suspension',
  SOL: 'Solution',
  ORALSOL: 'Oral Solution',
  ELIXIR: 'Elixir',
  DROP: 'Drops',
  OPDROP: 'Ophthalmic Drops',
  NDROP: 'Nasal Drops',
  OTDROP: 'Otic Drops',
  ORDROP: 'Oral Drops',
  OINT: 'Ointment',
  CRM: 'Cream',
  GEL: 'Gel',
  LTN: 'Lotion',
  PATCH: 'Patch',
  PUFF: 'Puff',
  SPRY: 'Sprays',
  INHL: 'Inhalant',
  ENEMA: 'Enema',
  SHMP: 'Shampoo',
  PASTE: 'Paste',
  LOZ: 'Lozenge',
};

/** UCUM units accepted for doses, quantities and strengths, with the text sent beside the code. */
export const UCUM_DOSE_UNITS: Record<string, string> = {
  mg: 'mg',
  g: 'g',
  ug: 'mcg',
  mL: 'mL',
  L: 'L',
  '[iU]': 'IU',
  '[drp]': 'drop',
  '%': '%',
  'mg/mL': 'mg/mL',
};

// UCUM annotations (`{bungkus}`, `{sachet}`) are valid UCUM meaning "one of these": racikan are counted in them.
const UCUM_ANNOTATION = /^\{[A-Za-z][A-Za-z0-9 _-]{0,30}\}$/;

export interface ResolvedUnit {
  system: 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm' | 'http://unitsofmeasure.org';
  code: string;
  unit: string;
}

/** Finds the code system of a dose unit, or undefined for a unit SATUSEHAT would not understand. */
export function resolveDoseUnit(code: string): ResolvedUnit | undefined {
  // Own keys only: `toString` is neither a dose form nor a UCUM unit.
  if (Object.hasOwn(DRUG_FORM_UNITS, code)) {
    return { system: 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm', code, unit: code };
  }
  const ucum = Object.hasOwn(UCUM_DOSE_UNITS, code) ? UCUM_DOSE_UNITS[code] : undefined;
  if (ucum !== undefined) return { system: 'http://unitsofmeasure.org', code, unit: ucum };
  if (UCUM_ANNOTATION.test(code))
    return { system: 'http://unitsofmeasure.org', code, unit: code.slice(1, -1) };
  return undefined;
}

/** UCUM units of time for timing.repeat.periodUnit. */
export const PERIOD_UNITS = { h: 'hours', d: 'days', wk: 'weeks', mo: 'months' } as const;
export type PeriodUnit = keyof typeof PERIOD_UNITS;
