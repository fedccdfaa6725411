import type { DrugIssue, MedicationLineInput, ProductSummary, Tier } from '../api/wire';

/** Most urgent first (specs/drug-knowledge.md 6.5). */
export const TIERS: readonly Tier[] = ['hard-stop', 'interruptive', 'passive', 'suppressed'];

export function highestTier(issues: readonly DrugIssue[]): Tier | undefined {
  let best: number | undefined;
  for (const issue of issues) {
    const rank = TIERS.indexOf(issue.tier);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : TIERS[best];
}

/** The findings that concern one medication line of a prescription checked as a whole. */
export function issuesForLine(issues: readonly DrugIssue[], lineId: string): DrugIssue[] {
  return issues.filter((issue) => issue.lines.includes(lineId));
}

/** The check line for a search hit: a catalogue product by code, a knowledge-base generic by ingredient id. */
export function lineFromProduct(product: ProductSummary, id: string = product.code): MedicationLineInput {
  return product.kind === 'ingredient'
    ? { id, ingredientId: product.code, display: product.name }
    : { id, productCode: product.code, display: product.name };
}
