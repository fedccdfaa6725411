import type { KnowledgeBaseBundle } from '../knowledge-base/bundle-types';
import type { ClassKind, ContraindicationCategory } from '../schema/records';
import { CONTRAINDICATION_CATEGORIES } from '../schema/records';

/** What the compiler prints after every build, so coverage is visible in review. */
export interface CoverageReport {
  version: string;
  ingredients: number;
  classes: Record<ClassKind, number> & { total: number };
  interactions: { total: number; bySeverity: Record<string, number> };
  allergyRules: number;
  duplicateGroups: number;
  ingredientsWithMaxDailyDose: number;
  contraindicationsByCategory: Record<ContraindicationCategory, number>;
  pregnancyBlocks: { count: number; share: number; byLevel: Record<string, number> };
  lactationBlocks: { count: number; share: number; byLevel: Record<string, number> };
  boxedWarnings: number;
  citations: number;
}

function tally<T extends string>(values: readonly T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export function coverageOf(kb: KnowledgeBaseBundle): CoverageReport {
  const kinds = tally(kb.classes.map((c) => c.kind));
  const classes = {
    total: kb.classes.length,
    pharmacologic: kinds.pharmacologic ?? 0,
    mechanism: kinds.mechanism ?? 0,
    effect: kinds.effect ?? 0,
    chemical: kinds.chemical ?? 0,
    'allergy-group': kinds['allergy-group'] ?? 0,
    'duplication-group': kinds['duplication-group'] ?? 0,
  };
  const authored = tally(kb.contraindications.map((r) => r.category));
  const byCategory = Object.fromEntries(
    CONTRAINDICATION_CATEGORIES.map((c) => [c, authored[c] ?? 0]),
  ) as Record<ContraindicationCategory, number>;
  // Categories served by other record kinds count those records, as the seed lists them together.
  byCategory.hypersensitivity = kb.allergyRules.length + classes['allergy-group'];
  byCategory.interactions = kb.interactions.length;
  byCategory.pregnancy += kb.ingredients.filter((i) =>
    ['contraindicated', 'avoid'].includes(i.pregnancy.level),
  ).length;
  byCategory.lactation += kb.ingredients.filter((i) => i.lactation.level === 'avoid').length;
  const n = kb.ingredients.length;
  const citations =
    kb.ingredients.reduce(
      (s, i) =>
        s +
        i.sources.length +
        i.pregnancy.sources.length +
        i.lactation.sources.length +
        i.boxedWarnings.reduce((t, b) => t + b.sources.length, 0),
      0,
    ) +
    kb.classes.reduce((s, c) => s + c.sources.length, 0) +
    [...kb.interactions, ...kb.allergyRules, ...kb.contraindications].reduce(
      (s, r) => s + r.sources.length,
      0,
    );
  return {
    version: kb.version,
    ingredients: n,
    classes,
    interactions: {
      total: kb.interactions.length,
      bySeverity: tally(kb.interactions.map((r) => r.severity)),
    },
    allergyRules: kb.allergyRules.length,
    duplicateGroups: classes['duplication-group'],
    ingredientsWithMaxDailyDose: kb.ingredients.filter((i) => i.maxDailyDose.length > 0).length,
    contraindicationsByCategory: byCategory,
    pregnancyBlocks: {
      count: n,
      share: n === 0 ? 0 : kb.ingredients.filter((i) => i.pregnancy).length / n,
      byLevel: tally(kb.ingredients.map((i) => i.pregnancy.level)),
    },
    lactationBlocks: {
      count: n,
      share: n === 0 ? 0 : kb.ingredients.filter((i) => i.lactation).length / n,
      byLevel: tally(kb.ingredients.map((i) => i.lactation.level)),
    },
    boxedWarnings: kb.ingredients.reduce((s, i) => s + i.boxedWarnings.length, 0),
    citations,
  };
}

/** A plain-text table for the build log. */
export function formatCoverage(r: CoverageReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (k: string, v: unknown) => `  ${k.padEnd(34)} ${String(v)}`;
  return [
    `SehatKit knowledge base ${r.version}: coverage`,
    line('ingredients', r.ingredients),
    line('classes (total)', r.classes.total),
    ...(
      ['pharmacologic', 'mechanism', 'effect', 'chemical', 'allergy-group', 'duplication-group'] as const
    ).map((k) => line(`  ${k}`, r.classes[k])),
    line('interaction rules', r.interactions.total),
    ...Object.entries(r.interactions.bySeverity)
      .sort()
      .map(([k, v]) => line(`  severity ${k}`, v)),
    line('allergy cross-sensitivity rules', r.allergyRules),
    line('duplicate-therapy groups', r.duplicateGroups),
    line('ingredients with max daily dose', r.ingredientsWithMaxDailyDose),
    'contraindications by seed category:',
    ...Object.entries(r.contraindicationsByCategory).map(([k, v]) => line(`  ${k}`, v)),
    line('pregnancy blocks', `${r.pregnancyBlocks.count} (${pct(r.pregnancyBlocks.share)})`),
    line('lactation blocks', `${r.lactationBlocks.count} (${pct(r.lactationBlocks.share)})`),
    line('boxed-warning summaries', r.boxedWarnings),
    line('citations', r.citations),
  ].join('\n');
}
