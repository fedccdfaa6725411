import type { IssueDraft } from './build-issue';
import type { CheckContext } from './context';
import type { Exposure } from './match';
import { routeMatches } from './match';

function linesOf(list: readonly Exposure[]): string[] {
  const ordered = [...list].sort((a, b) => Number(b.isNew) - Number(a.isNew) || a.lineIndex - b.lineIndex);
  return [...new Set(ordered.map((e) => e.lineId))];
}

/** The maximum daily dose that applies to this patient and route, in mg; undefined when none is known. */
function maxDailyDose(ctx: CheckContext, ingredient: string, route: Exposure['route']) {
  const ing = ctx.kb.ingredient(ingredient);
  if (!ing) return undefined;
  const child = ctx.ageYears !== undefined && ctx.ageYears < 12;
  for (const limit of ing.maxDailyDose) {
    if (!routeMatches([limit.route], route)) continue;
    if (child && limit.population === 'child' && limit.perKg && ctx.patient.weightKg !== undefined) {
      return { mg: limit.mg * ctx.patient.weightKg, sources: limit.sources };
    }
    if (
      !child &&
      limit.population === 'adult' &&
      !limit.perKg &&
      (ctx.ageYears === undefined || ctx.ageYears >= 12)
    ) {
      return { mg: limit.mg, sources: limit.sources };
    }
  }
  return undefined;
}

/**
 * Same ingredient on several lines (the Indonesian classic: paracetamol in two flu products), the cumulative
 * daily dose against the label maximum, and two members of one duplication group on different lines.
 */
export function checkDuplicates(ctx: CheckContext): IssueDraft[] {
  const { kb } = ctx;
  const drafts: IssueDraft[] = [];
  const byIngredient = new Map<string, Exposure[]>();
  for (const e of ctx.exposures)
    byIngredient.set(e.ingredient, [...(byIngredient.get(e.ingredient) ?? []), e]);

  for (const [ingredient, list] of byIngredient) {
    if (!list.some((e) => e.isNew)) continue;
    const names = kb.ingredient(ingredient)?.names;
    const lines = linesOf(list);
    if (lines.length > 1) {
      drafts.push({
        kind: 'DUPTHPY',
        category: 'duplicate-therapy',
        severity: 'MOD',
        lines,
        ingredients: [ingredient],
        summary: {
          id: `${names?.id} terdapat pada ${lines.length} obat sekaligus`,
          en: `${names?.en} is in ${lines.length} medicines at once`,
        },
        detail: {
          id: 'Zat aktif yang sama diberikan lewat lebih dari satu produk; periksa apakah memang disengaja dan hitung dosis totalnya.',
          en: 'The same active ingredient comes from more than one product; check that this is intended and count the total dose.',
        },
        evidence: kb.ingredient(ingredient)?.sources ?? [],
      });
    }
    const limit = maxDailyDose(ctx, ingredient, list.find((e) => e.isNew)?.route);
    const known = list.filter((e) => e.dailyDoseMg !== undefined);
    if (!limit || known.length === 0) continue;
    const total = known.reduce((s, e) => s + (e.dailyDoseMg as number), 0);
    if (total <= limit.mg) continue;
    drafts.push({
      kind: 'DOSEH',
      category: 'cumulative-dose',
      severity: 'MAJ',
      lines: linesOf(known),
      ingredients: [ingredient],
      matched: {
        dailyDoseMg: Math.round(total * 100) / 100,
        maxDailyDoseMg: Math.round(limit.mg * 100) / 100,
      },
      summary: {
        id: `Dosis total ${names?.id} ${fmt(total)} mg/hari melebihi batas ${fmt(limit.mg)} mg/hari`,
        en: `Total ${names?.en} ${fmt(total)} mg/day exceeds the ${fmt(limit.mg)} mg/day maximum`,
      },
      detail: {
        id: `Jumlah dari ${known.length} baris resep/obat yang sedang dikonsumsi.`,
        en: `Summed over ${known.length} prescription or current-medication lines.`,
      },
      management: {
        id: 'Kurangi dosis atau hentikan salah satu produk yang mengandung zat aktif yang sama.',
        en: 'Lower the dose or stop one of the products that contain the same ingredient.',
      },
      evidence: limit.sources,
    });
  }

  const groups = new Map<string, Exposure[]>();
  for (const e of ctx.exposures) {
    for (const c of e.classes) {
      if (kb.drugClass(c)?.kind !== 'duplication-group') continue;
      groups.set(c, [...(groups.get(c) ?? []), e]);
    }
  }
  for (const [groupId, list] of groups) {
    const lines = linesOf(list);
    const ingredients = [...new Set(list.map((e) => e.ingredient))].sort();
    if (lines.length < 2 || ingredients.length < 2 || !list.some((e) => e.isNew)) continue;
    const group = kb.drugClass(groupId);
    if (!group) continue;
    const expected = group.expectedCombinations.some((combo) => ingredients.every((i) => combo.includes(i)));
    if (expected) continue;
    drafts.push({
      kind: 'DUPTHPY',
      category: 'duplicate-therapy',
      severity: 'MOD',
      lines,
      ingredients,
      ruleId: groupId,
      matched: { via: [`c:${groupId}`] },
      summary: {
        id: `Duplikasi terapi: ${group.labels.id} (${ingredients.map((i) => kb.ingredient(i)?.names.id).join(', ')})`,
        en: `Duplicate therapy: ${group.labels.en} (${ingredients.map((i) => kb.ingredient(i)?.names.en).join(', ')})`,
      },
      detail: group.description ?? {
        id: 'Dua obat dari golongan yang sama jarang memberi manfaat tambahan dan menambah efek samping.',
        en: 'Two drugs of the same group rarely add benefit and add adverse effects.',
      },
      evidence: group.sources,
    });
  }
  return drafts;
}

function fmt(mg: number): string {
  return Number.isInteger(mg) ? String(mg) : mg.toFixed(1);
}
