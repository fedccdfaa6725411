import { z } from 'zod';
import { num } from './coded';

const measure = (max: number, unit: string) =>
  z.number().min(0, 'must not be negative').max(max, `must be at most ${max} ${unit}`);
const count = (max: number, unit: string) => measure(max, unit).int('must be a whole number');

/** Vital signs as pendaftaran and kunjungan carry them. Unmeasured values are 0 on the wire. */
export const vitalsSchema = z
  .object({
    systolic: count(300, 'mmHg').default(0),
    diastolic: count(200, 'mmHg').default(0),
    weightKg: measure(400, 'kg').default(0),
    heightCm: measure(260, 'cm').default(0),
    respiratoryRate: count(120, '/min').default(0),
    heartRate: count(300, '/min').default(0),
    waistCm: measure(300, 'cm').default(0),
  })
  .default({
    systolic: 0,
    diastolic: 0,
    weightKg: 0,
    heightCm: 0,
    respiratoryRate: 0,
    heartRate: 0,
    waistCm: 0,
  });

export type Vitals = z.output<typeof vitalsSchema>;
export type VitalsInput = z.input<typeof vitalsSchema>;

export interface VitalsWire {
  sistole: number;
  diastole: number;
  beratBadan: number;
  tinggiBadan: number;
  respRate: number;
  heartRate: number;
  lingkarPerut: number;
}

/** Numbers stay JSON numbers: a string here is what makes pCare answer 500 "Cannot access child value" (spec §3.2). */
export function vitalsToWire(v: Vitals): VitalsWire {
  return {
    sistole: v.systolic,
    diastole: v.diastolic,
    beratBadan: v.weightKg,
    tinggiBadan: v.heightCm,
    respRate: v.respiratoryRate,
    heartRate: v.heartRate,
    lingkarPerut: v.waistCm,
  };
}

export function vitalsFromWire(w: Partial<Record<keyof VitalsWire, unknown>>): Vitals {
  return {
    systolic: num(w.sistole),
    diastolic: num(w.diastole),
    weightKg: num(w.beratBadan),
    heightCm: num(w.tinggiBadan),
    respiratoryRate: num(w.respRate),
    heartRate: num(w.heartRate),
    waistCm: num(w.lingkarPerut),
  };
}
