import type { KnowledgeBase } from '../kb/knowledge-base';
import { classKey, ingredientKey, type SelectorKey } from '../kb/knowledge-base';
import { LOCAL_ROUTES, type Route, type RouteQualifier } from '../schema/primitives';
import type { Selector } from '../schema/records';

/** One ingredient of one line with its expanded class memberships. */
export interface Exposure {
  lineId: string;
  lineIndex: number;
  isNew: boolean;
  ingredient: string;
  route: Route | undefined;
  dailyDoseMg: number | undefined;
  /** Class ids whose qualifiers this exposure satisfies. */
  classes: string[];
  /** `i:<ingredient>` then `c:<class>` keys, for rule look-ups. */
  keys: SelectorKey[];
  /** Ids of those keys that some interaction rule mentions. */
  interactionKeys: number[];
}

export function routeMatches(
  qualifiers: readonly RouteQualifier[] | undefined,
  route: Route | undefined,
): boolean {
  // An unknown route is treated as systemic: the safer reading for a prescription.
  if (!qualifiers) return true;
  const actual = route ?? 'oral';
  return qualifiers.some((q) => (q === 'systemic' ? !LOCAL_ROUTES.has(actual) : q === actual));
}

function doseWithin(min: number | undefined, max: number | undefined, dose: number | undefined): boolean {
  // An unknown dose keeps every dose-qualified membership: better one alert too many than one missed.
  if (dose === undefined) return true;
  if (min !== undefined && dose < min) return false;
  if (max !== undefined && dose > max) return false;
  return true;
}

/** Expands an ingredient's memberships that hold for this route and daily dose. */
export function expandClasses(
  kb: KnowledgeBase,
  ingredient: string,
  route: Route | undefined,
  dailyDoseMg: number | undefined,
): string[] {
  const out: string[] = [];
  for (const m of kb.memberships(ingredient)) {
    if (routeMatches(m.route, route) && doseWithin(m.minDailyDoseMg, m.maxDailyDoseMg, dailyDoseMg))
      out.push(m.class);
  }
  return out;
}

export function exposureKeys(ingredient: string, classes: readonly string[]): SelectorKey[] {
  return [ingredientKey(ingredient), ...classes.map(classKey)];
}

export function interactionKeyIds(kb: KnowledgeBase, keys: readonly SelectorKey[]): number[] {
  const ids: number[] = [];
  for (const key of keys) {
    const id = kb.interactionKeyId(key);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** Whether a rule's selector holds for an exposure, qualifiers included. */
export function selectorMatches(s: Selector, e: Exposure): boolean {
  if (s.ingredient !== undefined ? s.ingredient !== e.ingredient : !e.classes.includes(s.class as string))
    return false;
  return routeMatches(s.route, e.route) && doseWithin(s.minDailyDoseMg, undefined, e.dailyDoseMg);
}
