import type { ProductRecord } from '../catalogue/product';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { SearchDocument } from './search-index';

/** Search documents for every knowledge-base ingredient: all its names in both languages. */
export function ingredientDocuments(kb: KnowledgeBase): SearchDocument[] {
  return kb.ingredients.map((ing) => ({
    id: ing.id,
    kind: 'ingredient' as const,
    name: [ing.names.id, ing.names.en, ing.names.inn].join(' '),
    ingredients: ing.names.synonyms.join(' '),
  }));
}

/**
 * A product as a search document: brand and name, its ingredients with every knowledge-base synonym (so
 * "acetaminophen" finds a paracetamol syrup), and weak fields (manufacturer, form, strengths).
 */
export function productDocument(kb: KnowledgeBase, p: ProductRecord): SearchDocument {
  const names = new Set<string>();
  for (const i of p.ingredients) {
    names.add(i.name);
    const id = (i.kfaCode ? kb.resolveBza(i.kfaCode) : undefined) ?? kb.resolveName(i.name);
    const ing = id ? kb.ingredient(id) : undefined;
    if (ing) for (const n of [ing.names.id, ing.names.en, ing.names.inn, ...ing.names.synonyms]) names.add(n);
  }
  return {
    id: p.code,
    kind: 'product',
    name: [p.brand, p.name].filter(Boolean).join(' '),
    ingredients: [...names].join(' '),
    extra: [p.manufacturer, p.dosageForm?.name, ...p.ingredients.map((i) => i.strength)]
      .filter(Boolean)
      .join(' '),
  };
}
