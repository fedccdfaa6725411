import { selectorKey } from '../kb/knowledge-base';
import type { Severity, Text } from '../schema/primitives';
import type { InteractionRule } from '../schema/records';
import { type IssueDraft, moreSevere } from './build-issue';
import { type CheckContext, contextHolds } from './context';
import { SEVERITY_ORDER } from './issue';
import type { Exposure } from './match';
import { selectorMatches } from './match';

interface PairHit {
  rule: InteractionRule;
  severity: Severity;
  notes: Text[];
  first: Exposure;
  second: Exposure;
}

function specificity(rule: InteractionRule): number {
  return (rule.a.ingredient ? 1 : 0) + (rule.b.ingredient ? 1 : 0);
}

function ruleHolds(rule: InteractionRule, x: Exposure, y: Exposure): [Exposure, Exposure] | undefined {
  if (selectorMatches(rule.a, x) && selectorMatches(rule.b, y)) return [x, y];
  if (selectorMatches(rule.a, y) && selectorMatches(rule.b, x)) return [y, x];
  return undefined;
}

function effectiveSeverity(ctx: CheckContext, rule: InteractionRule, pair: readonly Exposure[]) {
  let severity: Severity | undefined;
  const notes: Text[] = [];
  for (const m of rule.modifiers) {
    if (!contextHolds(ctx, m.when, pair)) continue;
    severity = severity === undefined ? m.severity : moreSevere(severity, m.severity);
    notes.push(m.note);
  }
  return { severity: severity ?? rule.severity, notes };
}

/**
 * Pairwise interactions over new x new and new x current (current x current only when asked), never inside
 * one line (a fixed combination is intended). One issue per ingredient pair: the most severe rule leads, every
 * matched rule is listed and cited.
 */
export function checkInteractions(ctx: CheckContext, includeCurrentPairs: boolean): IssueDraft[] {
  const { kb, exposures } = ctx;
  const hits = new Map<string, PairHit[]>();
  for (let i = 0; i < exposures.length; i++) {
    const x = exposures[i] as Exposure;
    for (let j = i + 1; j < exposures.length; j++) {
      const y = exposures[j] as Exposure;
      if (x.lineId === y.lineId || x.ingredient === y.ingredient) continue;
      if (!x.isNew && !y.isNew && !includeCurrentPairs) continue;
      for (const kx of x.interactionKeys) {
        for (const ky of y.interactionKeys) {
          const rules = kb.interactionsFor(kx, ky);
          if (!rules) continue;
          for (const rule of rules) {
            const ordered = ruleHolds(rule, x, y);
            if (!ordered) continue;
            const pairKey = `${x.lineIndex}:${x.ingredient}|${y.lineIndex}:${y.ingredient}`;
            const list = hits.get(pairKey) ?? [];
            if (list.some((h) => h.rule.id === rule.id)) continue;
            const { severity, notes } = effectiveSeverity(ctx, rule, ordered);
            list.push({ rule, severity, notes, first: ordered[0], second: ordered[1] });
            hits.set(pairKey, list);
          }
        }
      }
    }
  }
  const drafts: IssueDraft[] = [];
  for (const list of hits.values()) {
    // Most severe first; among equals the most specific rule (ingredient over class) explains the pair best.
    list.sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        specificity(b.rule) - specificity(a.rule) ||
        a.rule.id.localeCompare(b.rule.id),
    );
    const lead = list[0] as PairHit;
    const { rule, first, second } = lead;
    const newFirst = first.isNew || !second.isNew ? [first, second] : [second, first];
    const via = [selectorKey(rule.a), selectorKey(rule.b)];
    const names = (e: Exposure) => kb.ingredient(e.ingredient)?.names;
    const a = names(first);
    const b = names(second);
    const note = (lang: 'id' | 'en') => lead.notes.map((n) => ` ${n[lang]}`).join('');
    drafts.push({
      kind: 'DRG',
      category: 'interactions',
      severity: lead.severity,
      lines: newFirst.map((e) => e.lineId),
      ingredients: [first.ingredient, second.ingredient],
      ruleId: rule.id,
      matched: { via, ...(list.length > 1 ? { rules: list.map((h) => h.rule.id) } : {}) },
      summary: {
        id: `Interaksi ${a?.id} + ${b?.id}: ${rule.effect.id}`,
        en: `Interaction ${a?.en} + ${b?.en}: ${rule.effect.en}`,
      },
      detail: { id: `${rule.mechanism.text.id}${note('id')}`, en: `${rule.mechanism.text.en}${note('en')}` },
      management: rule.management,
      alternatives: rule.actions.flatMap((act) => act.alternatives ?? []),
      evidence: list.flatMap((h) => h.rule.sources),
      nonInterruptive: rule.nonInterruptive,
    });
  }
  return drafts;
}
