import { bi, h } from './dom';
import type { Bilingual } from './i18n';

/** A patient as the demo's `/patients` list answers. */
export interface PatientSummary {
  id: string;
  name: string;
  sex: 'female' | 'male';
  birthDate: string;
  ageYears: number;
  payer: 'general' | 'bpjs';
  bpjs?: { active: boolean; statusDescription: string };
  scenario?: Bilingual;
  allergies: Bilingual[];
  pregnant: boolean;
  checkIn?: {
    date: string;
    at: string;
    queueNumber: string;
    pcare: boolean;
    pcareRefusal?: Bilingual;
  };
  checkedInToday: boolean;
  visits: number;
}

/** "BPJS aktif", "BPJS tidak aktif" or "Umum". */
export function payerPill(p: Pick<PatientSummary, 'payer' | 'bpjs'>): HTMLElement {
  if (p.payer === 'bpjs' && p.bpjs?.active !== false) {
    return h('span', { class: 'pill ok' }, bi('BPJS aktif', 'BPJS active'));
  }
  if (p.bpjs && !p.bpjs.active) {
    return h('span', { class: 'pill bad' }, bi('BPJS tidak aktif · Umum', 'BPJS inactive · General'));
  }
  return h('span', { class: 'pill' }, bi('Umum', 'General'));
}
