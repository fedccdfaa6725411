import type { Citation, Severity, Text } from '../schema/primitives';
import type { ContraindicationCategory } from '../schema/records';

/** HL7 v3 ActCode detected-issue codes (plus NOT_CHECKED, ours) by which issues are grouped. */
export type IssueKind =
  | 'DRG'
  | 'ALGY'
  | 'DUPTHPY'
  | 'DOSEH'
  | 'PREG'
  | 'LACT'
  | 'PEALRT'
  | 'GEALRT'
  | 'COND'
  | 'NOT_CHECKED';

export type IssueCategory =
  | ContraindicationCategory
  | 'duplicate-therapy'
  | 'cumulative-dose'
  | 'not-checked';

export type Tier = 'hard-stop' | 'interruptive' | 'passive' | 'suppressed';

export type AllergyMatchLevel = 'exact' | 'same-group' | 'cross-sensitivity';

/** One finding of the check engine, ready for display, FHIR DetectedIssue or a CDS Hooks card. */
export interface DrugIssue {
  /** Stable for the same finding on the same lines: kind, rule and ingredients. */
  id: string;
  kind: IssueKind;
  category: IssueCategory;
  severity: Severity;
  tier: Tier;
  /** Ids of the medication lines involved, new orders first. */
  lines: string[];
  /** Knowledge-base ingredient ids involved. */
  ingredients: string[];
  ruleId?: string;
  /** How the rule matched: the classes it went through, the allergy level and recorded allergen. */
  matched: {
    via?: string[];
    /** Every rule that matched the pair when more than one did. */
    rules?: string[];
    allergyLevel?: AllergyMatchLevel;
    allergen?: string;
    condition?: string;
    dailyDoseMg?: number;
    maxDailyDoseMg?: number;
  };
  summary: Text;
  detail: Text;
  management?: Text;
  alternatives: string[];
  evidence: Citation[];
  /** Whether signing needs a coded override reason (interruptive and hard-stop tiers). */
  overrideRequired: boolean;
  /** `(ruleId or kind)|ingredients`; with the patient id it keys a suppression. */
  suppressionKey: string;
  suppressedUntil?: string;
  knowledgeBase: { version: string; releasedAt: string };
}

export const SEVERITY_ORDER: Record<Severity, number> = { CI: 0, MAJ: 1, MOD: 2, MIN: 3 };
export const TIER_ORDER: Record<Tier, number> = {
  'hard-stop': 0,
  interruptive: 1,
  passive: 2,
  suppressed: 3,
};
export const KIND_ORDER: Record<IssueKind, number> = {
  NOT_CHECKED: 0,
  ALGY: 1,
  DRG: 2,
  PREG: 3,
  LACT: 4,
  COND: 5,
  PEALRT: 6,
  GEALRT: 7,
  DUPTHPY: 8,
  DOSEH: 9,
};
