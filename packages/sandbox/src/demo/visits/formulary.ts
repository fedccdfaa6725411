import type { BpjsClient } from '@sehatkit/sdk/bpjs';
import type { PrescriptionLineInput } from './visit-schema';

/**
 * INN spellings as the Indonesian formulary writes them (amoxicillin → amoksisilin, paracetamol →
 * parasetamol): x → ks, ph → f, th → t, c → s before e/i/y and k elsewhere, y → i, doubled consonants
 * single, a final e dropped. Good enough to find most generics in pCare's DPHO list by name.
 */
export function indonesianSpelling(inn: string): string {
  return inn
    .toLowerCase()
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/([bdfgklmnprstz])\1/g, '$1')
    .replace(/e\b/g, '');
}

export interface FormularyMatch {
  dpho: boolean;
  drugCode?: string;
  name: string;
}

/**
 * Finds the DPHO (national formulary) entry for a prescribed product by its first ingredient, preferring
 * the entry with the same strength; a product without one goes to pCare as a non-DPHO drug by name.
 */
export async function matchFormulary(bpjs: BpjsClient, line: PrescriptionLineInput): Promise<FormularyMatch> {
  const ingredient = line.ingredients[0];
  if (ingredient && line.ingredients.length === 1) {
    // Salts ("metformin hydrochloride") are not in DPHO names: the base name alone is tried last.
    const base = ingredient.name.split(/\s+/)[0] ?? ingredient.name;
    const spellings = [
      ...new Set([
        indonesianSpelling(ingredient.name),
        ingredient.name.toLowerCase(),
        indonesianSpelling(base),
      ]),
    ];
    for (const query of spellings) {
      const page = await bpjs.pcare.drugs.searchDpho(query);
      const strength = ingredient.strength?.match(/\d+(?:[.,]\d+)?/)?.[0];
      const hit =
        page.items.find((d) => strength && d.name.toLowerCase().includes(`${strength} `)) ??
        page.items.find((d) => strength && d.name.toLowerCase().includes(strength)) ??
        (strength ? undefined : page.items[0]);
      if (hit) return { dpho: true, drugCode: hit.code, name: hit.name };
    }
  }
  return { dpho: false, name: line.display.slice(0, 200) };
}
