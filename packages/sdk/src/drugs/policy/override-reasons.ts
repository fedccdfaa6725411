import type { Text } from '../schema/primitives';

/** Code system of the override reasons in FHIR mitigations and CDS Hooks feedback. */
export const OVERRIDE_REASON_SYSTEM = 'https://sehatkit.dev/fhir/CodeSystem/drug-alert-override-reason';

export interface OverrideReason {
  code: string;
  display: Text;
  /** The reason needs free text (`other`). */
  requiresText?: boolean;
}

/**
 * Coded override reasons (spec 6.5), in the order a prescriber most often needs them. "Previously tolerated"
 * is the most frequent valid reason in the override literature; "allergy record inaccurate" should trigger an
 * allergy-record clean-up in the host.
 */
export const OVERRIDE_REASONS: readonly OverrideReason[] = [
  {
    code: 'previously-tolerated',
    display: { id: 'Sudah digunakan sebelumnya tanpa masalah', en: 'Previously tolerated' },
  },
  {
    code: 'will-monitor',
    display: { id: 'Akan dipantau (INR, kalium, EKG, dll.)', en: 'Will monitor (INR, potassium, ECG, …)' },
  },
  { code: 'dose-adjusted', display: { id: 'Dosis sudah disesuaikan', en: 'Dose already adjusted' } },
  {
    code: 'benefit-outweighs-risk',
    display: { id: 'Manfaat lebih besar dari risiko', en: 'Benefit outweighs risk' },
  },
  { code: 'no-alternative', display: { id: 'Tidak ada alternatif', en: 'No alternative available' } },
  {
    code: 'allergy-record-inaccurate',
    display: { id: 'Data alergi tidak akurat', en: 'Allergy record is inaccurate' },
  },
  { code: 'short-term', display: { id: 'Terapi jangka pendek', en: 'Short-term therapy' } },
  {
    code: 'not-taking-anymore',
    display: { id: 'Obat sudah tidak dikonsumsi', en: 'Patient no longer takes the medicine' },
  },
  { code: 'other', display: { id: 'Lainnya (teks bebas)', en: 'Other (free text)' }, requiresText: true },
];

export function overrideReason(code: string): OverrideReason | undefined {
  return OVERRIDE_REASONS.find((r) => r.code === code);
}
