import type { PatientContextInput } from '@sehatkit/sdk/server';

/** A patient as the EMR's own backend lists them, with the facts the drug checks use. */
export interface EmrPatient {
  id: string;
  name: string;
  summary: string;
  /** What `<sehat-drug-*>` send with a check: never the NIK or the name. */
  context: PatientContextInput;
}
