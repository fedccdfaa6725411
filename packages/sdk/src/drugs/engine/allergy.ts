import type { z } from 'zod';
import type { Severity } from '../schema/primitives';
import type { IssueDraft } from './build-issue';
import { raise } from './build-issue';
import type { CheckContext } from './context';
import type { allergySchema } from './input';
import { type AllergyMatchLevel, SEVERITY_ORDER } from './issue';
import type { Exposure } from './match';

type Allergy = z.output<typeof allergySchema>;

interface Allergen {
  label: { id: string; en: string };
  ingredient?: string;
  groups: string[];
}

function allergyGroupsOf(ctx: CheckContext, ingredient: string): string[] {
  return ctx.kb
    .memberships(ingredient)
    .map((m) => m.class)
    .filter((c) => ctx.kb.drugClass(c)?.kind === 'allergy-group');
}

/** What the recorded allergy points at: an ingredient (and its groups) or a group directly. */
function resolveAllergen(ctx: CheckContext, a: Allergy): Allergen | undefined {
  const { kb } = ctx;
  const ingredient =
    (a.ingredientId && kb.ingredient(a.ingredientId) ? a.ingredientId : undefined) ??
    (a.kfaCode ? kb.resolveBza(a.kfaCode) : undefined) ??
    (a.name ? kb.resolveName(a.name) : undefined);
  if (ingredient) {
    const names = kb.ingredient(ingredient)?.names;
    return {
      label: { id: names?.id ?? ingredient, en: names?.en ?? ingredient },
      ingredient,
      groups: allergyGroupsOf(ctx, ingredient),
    };
  }
  const groups: string[] = [];
  if (a.classId && kb.drugClass(a.classId)) groups.push(a.classId);
  if (a.atc) groups.push(...kb.classesForAtc(a.atc).filter((c) => kb.drugClass(c)?.kind === 'allergy-group'));
  if (a.name) {
    const byName = kb.resolveClassName(a.name);
    if (byName) groups.push(byName);
  }
  if (groups.length === 0) return undefined;
  const group = kb.drugClass(groups[0] as string);
  const written = a.name ?? a.atc;
  return {
    label: { id: written ?? group?.labels.id ?? '', en: written ?? group?.labels.en ?? '' },
    groups: [...new Set(groups)],
  };
}

/**
 * Allergy: exact ingredient, then same allergy group, then cross-sensitivity rules; the first level that
 * matches is reported with the recorded allergen. Intolerances are passive; a history of a severe reaction
 * (anaphylaxis, SJS/TEN, DRESS) raises the alert one level. Unresolvable allergy records are reported.
 */
export function checkAllergies(ctx: CheckContext): IssueDraft[] {
  const { kb } = ctx;
  const drafts: IssueDraft[] = [];
  ctx.patient.allergies.forEach((allergy, index) => {
    const allergen = resolveAllergen(ctx, allergy);
    if (!allergen) {
      drafts.push({
        kind: 'NOT_CHECKED',
        category: 'not-checked',
        severity: 'MOD',
        lines: [],
        ingredients: [],
        ruleId: `allergy[${index}]`,
        summary: {
          id: `Alergi "${allergy.name ?? allergy.atc ?? allergy.kfaCode ?? allergy.classId}" tidak dikenali; pemeriksaan alergi untuk alergen ini tidak dilakukan`,
          en: `Allergy "${allergy.name ?? allergy.atc ?? allergy.kfaCode ?? allergy.classId}" is not recognised; it was not checked`,
        },
        detail: {
          id: 'Catat alergi dengan kode KFA, kode ATC golongan, atau nama zat aktif yang dikenal.',
          en: 'Record the allergy with a KFA code, an ATC class code or a known ingredient name.',
        },
        evidence: [],
      });
      return;
    }
    for (const e of ctx.exposures) {
      if (!e.isNew) continue;
      const hit = matchAllergen(ctx, allergen, e);
      if (!hit) continue;
      let severity: Severity = allergy.type === 'intolerance' ? 'MOD' : hit.severity;
      if (allergy.severeReaction && allergy.type !== 'intolerance') severity = raise(severity);
      const drug = kb.ingredient(e.ingredient)?.names;
      const levelText = {
        exact: { id: 'zat aktif yang sama', en: 'the same ingredient' },
        'same-group': { id: 'golongan alergi yang sama', en: 'the same allergy group' },
        'cross-sensitivity': { id: 'kemungkinan reaksi silang', en: 'possible cross-sensitivity' },
      }[hit.level];
      drafts.push({
        kind: 'ALGY',
        category: 'hypersensitivity',
        severity,
        lines: [e.lineId],
        ingredients: [e.ingredient],
        ruleId: hit.ruleId,
        matched: {
          allergyLevel: hit.level,
          allergen: allergen.label.en,
          ...(hit.via ? { via: hit.via } : {}),
        },
        summary: {
          id: `Alergi: ${drug?.id} — ${levelText.id} dengan alergi tercatat (${allergen.label.id})`,
          en: `Allergy: ${drug?.en} — ${levelText.en} as the recorded allergy (${allergen.label.en})`,
        },
        detail: hit.note ?? {
          id: `Pasien tercatat ${allergy.type === 'intolerance' ? 'intoleran' : 'alergi'} terhadap ${allergen.label.id}${allergy.reaction ? ` (${allergy.reaction})` : ''}.`,
          en: `The patient has a recorded ${allergy.type === 'intolerance' ? 'intolerance' : 'allergy'} to ${allergen.label.en}${allergy.reaction ? ` (${allergy.reaction})` : ''}.`,
        },
        evidence: hit.sources,
      });
    }
  });
  return drafts;
}

interface AllergyHit {
  level: AllergyMatchLevel;
  severity: Severity;
  ruleId: string;
  via?: string[];
  note?: { id: string; en: string };
  sources: IssueDraft['evidence'];
}

function matchAllergen(ctx: CheckContext, allergen: Allergen, e: Exposure): AllergyHit | undefined {
  const { kb } = ctx;
  if (allergen.ingredient === e.ingredient) {
    return {
      level: 'exact',
      severity: 'CI',
      ruleId: 'allergy.exact',
      sources: kb.ingredient(e.ingredient)?.sources ?? [],
    };
  }
  const groups = allergyGroupsOf(ctx, e.ingredient);
  // A class recorded by name or id ("NSAID", cls.nsaid) is not an allergy group; its members still match it.
  const shared = allergen.groups.find((g) => groups.includes(g) || e.classes.includes(g));
  if (shared) {
    return {
      level: 'same-group',
      severity: 'MAJ',
      ruleId: shared,
      via: [`c:${shared}`],
      sources: kb.drugClass(shared)?.sources ?? [],
    };
  }
  // The most severe cross-sensitivity rule wins: a shared R1 side chain outranks the generic class rule.
  let best: AllergyHit | undefined;
  for (const g of allergen.groups) {
    for (const rule of kb.allergyRulesFrom(g)) {
      const toClass = rule.to.class;
      const hit = toClass
        ? e.classes.includes(toClass) || groups.includes(toClass)
        : rule.to.ingredient === e.ingredient;
      if (!hit) continue;
      if (best && SEVERITY_ORDER[best.severity] <= SEVERITY_ORDER[rule.severity]) continue;
      best = {
        level: 'cross-sensitivity',
        severity: rule.severity,
        ruleId: rule.id,
        via: [`c:${g}`, toClass ? `c:${toClass}` : `i:${rule.to.ingredient}`],
        note: rule.riskNote,
        sources: rule.sources,
      };
    }
  }
  if (best) return best;
  return undefined;
}
