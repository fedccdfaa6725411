/**
 * Vital signs as SATUSEHAT's outpatient playbook codes them (RME Rawat Jalan, Tabel 5; spec §3.8): LOINC code
 * and display, the UCUM code and the unit text. Height, weight and SpO2 use the LOINC vital-signs panel codes
 * (HL7 FHIR R4 vital signs profile), as integrators do.
 */
export type VitalSignKind =
  | 'systolic'
  | 'diastolic'
  | 'heartRate'
  | 'respiratoryRate'
  | 'temperature'
  | 'oxygenSaturation'
  | 'height'
  | 'weight';

export interface UnitAlias {
  /** Multiply by this (after `offset`) to reach the canonical unit. */
  factor: number;
  /** Added before multiplying: Fahrenheit to Celsius is (F - 32) * 5/9. */
  offset?: number;
}

export interface VitalSignDefinition {
  loinc: string;
  display: string;
  /** UCUM code sent in valueQuantity.code. */
  ucum: string;
  /** Human unit text sent in valueQuantity.unit. */
  unit: string;
  /** Units an EMR may write, keyed as written, and how to convert them. */
  aliases: Record<string, UnitAlias>;
  /** Values outside this range (in the canonical unit) are entry errors, such as °F recorded as °C. */
  plausible: readonly [number, number];
}

const same: UnitAlias = { factor: 1 };

export const VITAL_SIGNS: Record<VitalSignKind, VitalSignDefinition> = {
  systolic: {
    loinc: '8480-6',
    display: 'Systolic blood pressure',
    ucum: 'mm[Hg]',
    unit: 'mm[Hg]',
    aliases: { 'mm[Hg]': same, mmHg: same },
    plausible: [20, 300],
  },
  diastolic: {
    loinc: '8462-4',
    display: 'Diastolic blood pressure',
    ucum: 'mm[Hg]',
    unit: 'mm[Hg]',
    aliases: { 'mm[Hg]': same, mmHg: same },
    plausible: [10, 250],
  },
  heartRate: {
    loinc: '8867-4',
    display: 'Heart rate',
    ucum: '/min',
    unit: 'beats/min',
    aliases: { '/min': same, 'beats/min': same, '{beats}/min': same, bpm: same, 'x/menit': same },
    plausible: [10, 350],
  },
  respiratoryRate: {
    loinc: '9279-1',
    display: 'Respiratory rate',
    ucum: '/min',
    unit: 'breaths/min',
    aliases: { '/min': same, 'breaths/min': same, '{breaths}/min': same, 'x/menit': same },
    plausible: [2, 150],
  },
  temperature: {
    loinc: '8310-5',
    display: 'Body temperature',
    ucum: 'Cel',
    unit: 'C',
    aliases: {
      Cel: same,
      C: same,
      '°C': same,
      '[degF]': { factor: 5 / 9, offset: -32 },
      '°F': { factor: 5 / 9, offset: -32 },
    },
    plausible: [20, 46],
  },
  oxygenSaturation: {
    loinc: '59408-5',
    display: 'Oxygen saturation in Arterial blood by Pulse oximetry',
    ucum: '%',
    unit: '%',
    aliases: { '%': same },
    plausible: [1, 100],
  },
  height: {
    loinc: '8302-2',
    display: 'Body height',
    ucum: 'cm',
    unit: 'cm',
    aliases: { cm: same, m: { factor: 100 }, mm: { factor: 0.1 } },
    plausible: [20, 300],
  },
  weight: {
    loinc: '29463-7',
    display: 'Body weight',
    ucum: 'kg',
    unit: 'kg',
    aliases: { kg: same, g: { factor: 0.001 } },
    plausible: [0.2, 500],
  },
};

export const VITAL_SIGN_KINDS = Object.keys(VITAL_SIGNS) as VitalSignKind[];

/** Level of consciousness: LOINC 67775-7, answered with SNOMED CT (playbook Tabel 5). */
export const CONSCIOUSNESS_OBSERVATION = { loinc: '67775-7', display: 'Level of responsiveness' } as const;

export const CONSCIOUSNESS_LEVELS = {
  alert: { code: '248234008', display: 'Mentally alert' },
  voice: { code: '300202002', display: 'Response to voice' },
  pain: { code: '450847001', display: 'Responds to pain' },
  unresponsive: { code: '422768004', display: 'Unresponsive' },
  confusion: { code: '130987000', display: 'Acute confusion' },
  delirium: { code: '2776000', display: 'Delirium' },
} as const;

export type ConsciousnessLevel = keyof typeof CONSCIOUSNESS_LEVELS;
