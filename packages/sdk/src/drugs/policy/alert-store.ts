import type { IssueKind, Tier } from '../engine/issue';
import type { Severity } from '../schema/primitives';
import type { ActiveSuppression } from './policy';

/** A prescriber's decision to sign despite a finding: the audit record and, optionally, a suppression. */
export interface OverrideRecord {
  id: string;
  /** The host's patient id (never a NIK). */
  patientId: string;
  issueId: string;
  ruleId?: string;
  suppressionKey: string;
  kind: IssueKind;
  severity: Severity;
  tier: Tier;
  reasonCode: string;
  reasonText?: string;
  /** Who overrode (the host's user id). */
  by: string;
  /** Second person for hard stops. */
  coSignedBy?: string;
  at: string;
  /** Until when the same finding for this patient is suppressed; absent means not suppressed. */
  suppressedUntil?: string;
  knowledgeBaseVersion: string;
}

/** Where overrides and per-patient suppressions live. */
export interface DrugAlertStore {
  /** Suppressions for this patient that have not expired at `at` (ms since epoch). */
  activeSuppressions(patientId: string, at: number): Promise<ActiveSuppression[]>;
  /** Records the override, and its suppression when it has one, together. */
  recordOverride(record: OverrideRecord): Promise<void>;
  overrides(patientId: string): Promise<OverrideRecord[]>;
  /** Lifts a suppression early (e.g. the allergy record was corrected). */
  removeSuppression(patientId: string, key: string): Promise<void>;
}

/** An in-memory store for tests, demos and single-process hosts. */
export function memoryAlertStore(): DrugAlertStore {
  const overrides: OverrideRecord[] = [];
  const suppressions = new Map<string, Map<string, string>>();
  return {
    async activeSuppressions(patientId, at) {
      const byKey = suppressions.get(patientId);
      if (!byKey) return [];
      return [...byKey].filter(([, until]) => Date.parse(until) > at).map(([key, until]) => ({ key, until }));
    },
    async recordOverride(record) {
      overrides.push({ ...record });
      if (!record.suppressedUntil) return;
      const byKey = suppressions.get(record.patientId) ?? new Map<string, string>();
      byKey.set(record.suppressionKey, record.suppressedUntil);
      suppressions.set(record.patientId, byKey);
    },
    async overrides(patientId) {
      return overrides.filter((o) => o.patientId === patientId).map((o) => ({ ...o }));
    },
    async removeSuppression(patientId, key) {
      suppressions.get(patientId)?.delete(key);
    },
  };
}
