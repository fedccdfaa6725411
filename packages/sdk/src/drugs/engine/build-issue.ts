import type { Citation, Severity, Text } from '../schema/primitives';
import type { DrugIssue, IssueCategory, IssueKind } from './issue';

export interface IssueDraft {
  kind: IssueKind;
  category: IssueCategory;
  severity: Severity;
  lines: string[];
  ingredients: string[];
  ruleId?: string;
  matched?: DrugIssue['matched'];
  summary: Text;
  detail: Text;
  management?: Text;
  alternatives?: string[];
  evidence: Citation[];
  nonInterruptive?: boolean;
}

/** Completes a draft with its stable id and suppression key; tier and override come from the policy. */
export function finishIssue(draft: IssueDraft, kb: { version: string; releasedAt: string }): DrugIssue {
  const ingredients = [...draft.ingredients].sort();
  const ruleOrKind = draft.ruleId ?? draft.kind;
  return {
    id: `${draft.kind}:${ruleOrKind}:${ingredients.join('+')}:${draft.lines.join('+')}`,
    kind: draft.kind,
    category: draft.category,
    severity: draft.severity,
    tier: 'passive',
    lines: draft.lines,
    ingredients,
    ...(draft.ruleId ? { ruleId: draft.ruleId } : {}),
    matched: draft.matched ?? {},
    summary: draft.summary,
    detail: draft.detail,
    ...(draft.management ? { management: draft.management } : {}),
    alternatives: draft.alternatives ?? [],
    evidence: draft.evidence,
    overrideRequired: false,
    suppressionKey: `${ruleOrKind}|${ingredients.join('+')}`,
    knowledgeBase: { version: kb.version, releasedAt: kb.releasedAt },
  };
}

const SEVERITIES: Severity[] = ['CI', 'MAJ', 'MOD', 'MIN'];

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

/** One level up (MOD -> MAJ); CI stays CI. */
export function raise(s: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(s) - 1)] as Severity;
}
