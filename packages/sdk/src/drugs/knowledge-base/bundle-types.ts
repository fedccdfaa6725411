import type {
  AllergyRule,
  ContraindicationRule,
  DrugClass,
  Ingredient,
  InteractionRule,
  Membership,
} from '../schema/records';

/** An ingredient as shipped: its class memberships merged from both sides and normalised to objects. */
export type CompiledIngredient = Omit<Ingredient, 'classes'> & { classes: Membership[] };

/** A class as shipped: members live on the ingredients, so the class carries none. */
export type CompiledClass = Omit<DrugClass, 'members'>;

/**
 * The compiled, versioned knowledge base: plain data, JSON-safe, produced by the compiler from the source
 * folder. The engine indexes it once at load (`loadKnowledgeBase`).
 */
export interface KnowledgeBaseBundle {
  format: 1;
  /** Semantic version of the content, independent of the SDK's. Surfaced in every issue. */
  version: string;
  /** ISO date of the release. */
  releasedAt: string;
  ingredients: CompiledIngredient[];
  classes: CompiledClass[];
  interactions: InteractionRule[];
  allergyRules: AllergyRule[];
  contraindications: ContraindicationRule[];
}
