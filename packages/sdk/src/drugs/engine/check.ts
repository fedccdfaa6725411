import { z } from 'zod';
import { ValidationError } from '../../errors/validation-error';
import { parseInput } from '../../errors/zod-issues';
import { defaultKnowledgeBase } from '../kb/default';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { capTier, GATED_GOLONGAN, type Policy, type PolicyInput, policySchema } from '../policy/policy';
import { checkAllergies } from './allergy';
import { finishIssue, type IssueDraft } from './build-issue';
import { ageInYears, type CheckContext } from './context';
import { checkDuplicates } from './duplicates';
import type { MedicationLine, PatientContext } from './input';
import { type Golongan, medicationLineSchema, patientSchema } from './input';
import { checkInteractions } from './interactions';
import { type DrugIssue, KIND_ORDER, SEVERITY_ORDER, TIER_ORDER } from './issue';
import { type Exposure, expandClasses, exposureKeys, interactionKeyIds } from './match';
import { checkPatient } from './patient-checks';
import { type ResolvedLine, resolveLine } from './resolve';

export interface CheckInput {
  /** The prescription being written. */
  orders: MedicationLine[];
  /** What the patient already takes, coded or free text, from this or another facility. */
  currentMedications?: MedicationLine[];
  patient?: PatientContext;
  policy?: PolicyInput;
  /** Time for suppression expiry; defaults to now. */
  now?: number;
}

const checkInputSchema = z.object({
  orders: z.array(medicationLineSchema).min(1, 'at least one order is required'),
  currentMedications: z.array(medicationLineSchema).default([]),
  patient: patientSchema.default({ conditions: [], allergies: [] }),
  policy: policySchema.default(policySchema.parse({})),
  now: z.number().optional(),
});

export interface CheckOptions {
  knowledgeBase?: KnowledgeBase;
}

/**
 * Checks a prescription against the patient and what they already take (spec 6.4). Pure and synchronous:
 * every product must already be reduced to ingredients or free text (the service does the catalogue look-ups).
 * Never silent: a line or allergy that cannot be resolved yields a NOT_CHECKED issue.
 */
export function check(input: CheckInput, options: CheckOptions = {}): DrugIssue[] {
  const parsed = parseInput(checkInputSchema, input, 'drug check');
  const kb = options.knowledgeBase ?? defaultKnowledgeBase();
  const ids = new Set<string>();
  for (const line of [...parsed.orders, ...parsed.currentMedications]) {
    if (ids.has(line.id)) {
      throw new ValidationError('drug check', [
        { path: 'orders', message: `line id ${line.id} is used twice` },
      ]);
    }
    ids.add(line.id);
  }
  const lines: ResolvedLine[] = [
    ...parsed.orders.map((l) => resolveLine(kb, l, true)),
    ...parsed.currentMedications.map((l) => resolveLine(kb, l, false)),
  ];
  const exposures: Exposure[] = [];
  const present = new Set<string>();
  lines.forEach((line, lineIndex) => {
    for (const ing of line.ingredients) {
      const classes = expandClasses(kb, ing.id, line.route, ing.dailyDoseMg);
      const keys = exposureKeys(ing.id, classes);
      exposures.push({
        lineId: line.lineId,
        lineIndex,
        isNew: line.isNew,
        ingredient: ing.id,
        route: line.route,
        dailyDoseMg: ing.dailyDoseMg,
        classes,
        keys,
        interactionKeys: interactionKeyIds(kb, keys),
      });
      present.add(ing.id);
      for (const c of classes) present.add(c);
    }
  });
  const ctx: CheckContext = {
    kb,
    patient: parsed.patient,
    ageYears: ageInYears(parsed.patient),
    exposures,
    present,
  };
  const drafts: IssueDraft[] = [
    ...notChecked(lines),
    ...checkAllergies(ctx),
    ...checkInteractions(ctx, parsed.policy.includeCurrentPairs),
    ...checkDuplicates(ctx),
    ...checkPatient(ctx),
  ];
  return applyPolicy(drafts, lines, parsed.policy, kb, parsed.now ?? Date.now());
}

function notChecked(lines: readonly ResolvedLine[]): IssueDraft[] {
  return lines
    .filter((l) => l.unresolved.length > 0)
    .map((l) => ({
      kind: 'NOT_CHECKED' as const,
      category: 'not-checked' as const,
      severity: 'MOD' as const,
      lines: [l.lineId],
      ingredients: [...l.ingredients.map((i) => i.id)],
      summary: {
        id: `Tidak diperiksa: ${l.unresolved.join(', ')} tidak dikenali sebagai zat aktif`,
        en: `Not checked: ${l.unresolved.join(', ')} could not be matched to an ingredient`,
      },
      detail: {
        id: `${l.display} tidak dapat dipetakan ke basis pengetahuan; interaksi, alergi dan kontraindikasi untuk bagian ini tidak diperiksa.`,
        en: `${l.display} could not be mapped to the knowledge base; interactions, allergy and contraindications were not checked for it.`,
      },
      evidence: [],
    }));
}

function applyPolicy(
  drafts: IssueDraft[],
  lines: readonly ResolvedLine[],
  policy: Policy,
  kb: KnowledgeBase,
  now: number,
): DrugIssue[] {
  const golongan = new Map<string, Golongan | null | undefined>(lines.map((l) => [l.lineId, l.golongan]));
  const gated = (lineId: string) => {
    const g = golongan.get(lineId);
    return g === undefined || g === null || GATED_GOLONGAN.has(g);
  };
  const disabled = new Set(policy.disabledRules);
  const hardStops = new Set(policy.hardStopRules);
  const suppressions = new Map<string, string>();
  for (const s of policy.suppressions) if (Date.parse(s.until) > now) suppressions.set(s.key, s.until);

  const out = new Map<string, DrugIssue>();
  for (const draft of drafts) {
    if (draft.ruleId && disabled.has(draft.ruleId)) continue;
    if (
      policy.gating === 'rxpert' &&
      draft.kind !== 'ALGY' &&
      draft.kind !== 'NOT_CHECKED' &&
      draft.lines.length > 0 &&
      !draft.lines.some(gated)
    ) {
      continue;
    }
    const issue = finishIssue(draft, kb);
    let tier = policy.tiers[issue.severity];
    if (issue.kind === 'NOT_CHECKED') tier = policy.notCheckedTier;
    if (draft.nonInterruptive) tier = capTier(tier, policy.nonInterruptiveTier);
    const hardStopKey =
      issue.kind === 'ALGY' && issue.matched.allergyLevel === 'exact' ? 'allergy.exact' : issue.ruleId;
    if (hardStopKey && hardStops.has(hardStopKey) && (issue.severity === 'CI' || issue.severity === 'MAJ')) {
      tier = 'hard-stop';
    }
    const until = suppressions.get(issue.suppressionKey);
    if (until && tier !== 'hard-stop') {
      tier = 'suppressed';
      issue.suppressedUntil = until;
    }
    issue.tier = tier;
    issue.overrideRequired = tier === 'hard-stop' || tier === 'interruptive';
    if (!out.has(issue.id)) out.set(issue.id, issue);
  }
  return [...out.values()].sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
      a.id.localeCompare(b.id),
  );
}
