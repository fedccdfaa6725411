import type { Bilingual } from '../messages';
import type { Registration } from './registration-schema';

/** A medicine the patient already takes ("obat yang sedang dikonsumsi"), coded or as written. */
export interface CurrentMedication {
  id: string;
  productCode?: string;
  ingredientId?: string;
  display: string;
}

/** BPJS membership as the front desk last checked it with pCare. */
export interface BpjsStatus {
  checkedAt: string;
  memberNumber: string;
  active: boolean;
  statusDescription: string;
  careClass?: string;
  providerCode?: string;
  providerName?: string;
}

/** The day's check-in at a poli; for BPJS patients it is also a pCare registration (pendaftaran). */
export interface CheckIn {
  date: string;
  at: string;
  poliCode: string;
  poliName: string;
  queueNumber: string;
  /** True when pCare holds the registration; false for general patients or when BPJS refused it. */
  pcare: boolean;
  /** Why pCare did not take it, when it did not. */
  pcareRefusal?: Bilingual;
}

/** A patient of the demo clinic: the registration form's sections plus what the clinic learned since. */
export interface DemoPatient {
  /** Nomor rekam medis. */
  id: string;
  registeredAt: string;
  registration: Registration;
  /** What this seeded patient demonstrates; absent for patients registered at the front desk. */
  scenario?: Bilingual;
  currentMedications: CurrentMedication[];
  bpjs?: BpjsStatus;
  checkIn?: CheckIn;
  /** Ids of visits, newest last. */
  visits: string[];
}

/** Whole years between a birth date and today, for the drug checks' age rules. */
export function ageInYears(birthDate: string, now = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = now.getFullYear() - y;
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) age -= 1;
  return age;
}
