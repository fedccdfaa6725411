import type { DrugIssue } from '../engine/issue';
import type { OverrideRecord } from './alert-store';

/** Hooks a clinic uses to tune its alerts: what was shown, what was overridden, per rule. */
export interface DrugAlertMetrics {
  alertsShown?(issues: readonly DrugIssue[]): void;
  alertOverridden?(record: OverrideRecord): void;
}

export interface AlertCounts {
  shown: number;
  overridden: number;
  /** Overridden / shown, or 0 when nothing was shown. */
  overrideRate: number;
}

const keyOf = (x: { ruleId?: string; kind: string }) => x.ruleId ?? x.kind;

/**
 * An in-memory counter of alerts shown and overridden per rule (suppressed findings are not "shown").
 * Feed `snapshot()` to a dashboard or log it; the literature's main advice is to tune by these numbers.
 */
export function createAlertCounter(): DrugAlertMetrics & { snapshot(): Record<string, AlertCounts> } {
  const shown = new Map<string, number>();
  const overridden = new Map<string, number>();
  return {
    alertsShown(issues) {
      for (const i of issues)
        if (i.tier !== 'suppressed') shown.set(keyOf(i), (shown.get(keyOf(i)) ?? 0) + 1);
    },
    alertOverridden(record) {
      overridden.set(keyOf(record), (overridden.get(keyOf(record)) ?? 0) + 1);
    },
    snapshot() {
      const out: Record<string, AlertCounts> = {};
      for (const key of [...new Set([...shown.keys(), ...overridden.keys()])].sort()) {
        const s = shown.get(key) ?? 0;
        const o = overridden.get(key) ?? 0;
        out[key] = { shown: s, overridden: o, overrideRate: s === 0 ? 0 : o / s };
      }
      return out;
    },
  };
}
