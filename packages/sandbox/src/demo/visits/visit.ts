import type { Bilingual } from '../messages';
import type { VisitInput } from './visit-schema';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

/** One step of sending a signed visit out, as the doctor page shows it. */
export interface SyncStep {
  key: 'satusehat-patient' | 'satusehat-bundle' | 'pcare-registration' | 'pcare-visit' | 'pcare-drugs';
  label: Bilingual;
  status: StepStatus;
  detail?: Bilingual;
}

export interface SatuSehatReport {
  outcome: 'created' | 'updated' | 'unchanged';
  encounterId: string;
  patientId: string;
  resources: { resourceType: string; id: string; status: number }[];
}

export interface PcareReport {
  memberNumber: string;
  queueNumber?: string;
  visitNumber?: string;
  /** Drugs pCare holds for the visit; `line` is the prescription line's index. */
  drugs: { line: number; display: string; drugCode?: string; dpho: boolean; lineCode?: string }[];
}

/** A visit signed by the doctor and what became of it in SATUSEHAT and pCare. */
export interface DemoVisit {
  /** Nomor registrasi kunjungan, sent as the Encounter identifier: a second send finds it, never duplicates. */
  id: string;
  patientId: string;
  arrivedAt: string;
  startedAt: string;
  finishedAt: string;
  input: VisitInput;
  /** `sending` while steps run; `done` when every step that applies succeeded. */
  status: 'sending' | 'done' | 'partial';
  steps: SyncStep[];
  satusehat?: SatuSehatReport;
  pcare?: PcareReport;
}

/** Signed visits, in memory. */
export class VisitStore {
  readonly #visits = new Map<string, DemoVisit>();
  #sequence = 0;

  nextId(date: string): string {
    this.#sequence += 1;
    return `KJ-${date.replaceAll('-', '')}-${String(this.#sequence).padStart(4, '0')}`;
  }

  add(visit: DemoVisit): void {
    this.#visits.set(visit.id, visit);
  }

  get(id: string): DemoVisit | undefined {
    return this.#visits.get(id);
  }

  list(): DemoVisit[] {
    return [...this.#visits.values()];
  }
}
