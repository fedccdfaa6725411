import type { z } from 'zod';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { Route } from '../schema/primitives';
import { foldedTokens } from '../search/normalise';
import type { Golongan, medicationLineSchema } from './input';
import { dailyDoseMg, parseStrength } from './strength';

type Line = z.output<typeof medicationLineSchema>;

export interface ResolvedIngredient {
  id: string;
  dailyDoseMg?: number;
}

/** A medication line reduced to knowledge-base ingredients; `unresolved` lists what could not be. */
export interface ResolvedLine {
  lineId: string;
  display: string;
  isNew: boolean;
  route: Route | undefined;
  golongan: Golongan | null | undefined;
  ingredients: ResolvedIngredient[];
  unresolved: string[];
}

/**
 * Resolves one line: coded ingredients by id, KFA BZA code or name; free text by finding known ingredient
 * names among its words ("amoxicillin 500 3x1"). Anything left over is reported, never dropped.
 */
export function resolveLine(kb: KnowledgeBase, line: Line, isNew: boolean): ResolvedLine {
  const out: ResolvedLine = {
    lineId: line.id,
    display:
      line.display ??
      line.text ??
      line.ingredients?.map((i) => i.name ?? i.ingredientId).join(' + ') ??
      line.id,
    isNew,
    route: line.route,
    golongan: line.golongan,
    ingredients: [],
    unresolved: [],
  };
  const count = line.ingredients?.length ?? 0;
  if (line.ingredients && line.ingredients.length > 0) {
    for (const ing of line.ingredients) {
      const id =
        (ing.ingredientId && kb.ingredient(ing.ingredientId) ? ing.ingredientId : undefined) ??
        (ing.kfaCode ? kb.resolveBza(ing.kfaCode) : undefined) ??
        (ing.name ? kb.resolveName(ing.name) : undefined);
      if (!id) {
        out.unresolved.push(ing.name ?? ing.kfaCode ?? ing.ingredientId ?? '?');
        continue;
      }
      if (out.ingredients.some((r) => r.id === id)) continue;
      const daily = dailyDoseMg(line.dose, parseStrength(ing.strength), count);
      out.ingredients.push(daily === undefined ? { id } : { id, dailyDoseMg: daily });
    }
    return out;
  }
  const text = line.text ?? line.display ?? '';
  const found = resolveFreeText(kb, text);
  if (found.length === 0) out.unresolved.push(text);
  for (const id of found) out.ingredients.push({ id });
  return out;
}

/** Finds ingredient names (one to three words) in free text, longest first. */
export function resolveFreeText(kb: KnowledgeBase, text: string): string[] {
  const words = foldedTokens(text).filter((w) => !/^\d/.test(w));
  const found: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const id = kb.resolveName(words.slice(i, i + n).join(' '));
      if (id) {
        if (!found.includes(id)) found.push(id);
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
  return found;
}
