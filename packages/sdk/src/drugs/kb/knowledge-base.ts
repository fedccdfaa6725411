import type { CompiledClass, CompiledIngredient, KnowledgeBaseBundle } from '../knowledge-base/bundle-types';
import type {
  AllergyRule,
  ContraindicationRule,
  InteractionRule,
  Membership,
  Selector,
} from '../schema/records';
import { nameKey } from '../search/normalise';

/** Salt and form words that KFA and labels append to a moiety ("amlodipine besilate", "diclofenac sodium"). */
const SALT_WORDS = new Set(
  [
    'hydrochloride',
    'hcl',
    'hidroklorida',
    'sodium',
    'natrium',
    'potassium',
    'kalium',
    'calcium',
    'kalsium',
    'maleate',
    'maleat',
    'besilate',
    'besylate',
    'besilat',
    'sulfate',
    'sulphate',
    'sulfat',
    'phosphate',
    'fosfat',
    'citrate',
    'sitrat',
    'mesylate',
    'mesilate',
    'mesilat',
    'tartrate',
    'tartrat',
    'succinate',
    'suksinat',
    'fumarate',
    'fumarat',
    'acetate',
    'asetat',
    'bromide',
    'bromida',
    'hydrobromide',
    'hidrobromida',
    'trihydrate',
    'trihidrat',
    'dihydrate',
    'dihidrat',
    'monohydrate',
    'monohidrat',
    'anhydrous',
    'anhidrat',
    'disoproxil',
    'dipropionate',
    'dipropionat',
    'propionate',
    'propionat',
    'valerate',
    'valerat',
    'furoate',
    'lactate',
    'laktat',
    'gluconate',
    'glukonat',
    'magnesium',
    'pamoate',
    'pamoat',
    'embonate',
    'tromethamine',
    'trometamol',
    'hyclate',
    'diethylamine',
    'dietilamin',
    'mononitrate',
    'mononitrat',
    'nitrate',
    'nitrat',
    'cilexetil',
    'axetil',
    'medoxomil',
    'erbumine',
    'arginine',
    'monohydrochloride',
    'dihydrochloride',
    'dihidroklorida',
    'decanoate',
  ].map(nameKey),
);

export type SelectorKey = string;

export function ingredientKey(id: string): SelectorKey {
  return `i:${id}`;
}
export function classKey(id: string): SelectorKey {
  return `c:${id}`;
}
export function selectorKey(s: Selector): SelectorKey {
  return s.ingredient !== undefined ? ingredientKey(s.ingredient) : classKey(s.class as string);
}

/**
 * The compiled knowledge base, indexed once for the engine: names and KFA codes to ingredients, ingredients
 * to classes, and (selector, selector) pairs to interaction rules. Immutable after construction.
 */
export class KnowledgeBase {
  readonly version: string;
  readonly releasedAt: string;
  readonly bundle: KnowledgeBaseBundle;
  readonly #ingredients = new Map<string, CompiledIngredient>();
  readonly #classes = new Map<string, CompiledClass>();
  readonly #byName = new Map<string, string>();
  readonly #byBza = new Map<string, string>();
  readonly #classByName = new Map<string, string>();
  readonly #byAtc = new Map<string, string[]>();
  readonly #members = new Map<string, string[]>();
  // Selector keys that appear in interaction rules get small integer ids, so pair look-ups in the engine's
  // inner loop are arithmetic on numbers rather than string concatenation.
  readonly #keyIds = new Map<SelectorKey, number>();
  readonly #pairs = new Map<number, InteractionRule[]>();
  readonly #nameCache = new Map<string, string | null>();
  readonly #allergyFrom = new Map<string, AllergyRule[]>();
  readonly #contraindications = new Map<SelectorKey, ContraindicationRule[]>();
  readonly #rules = new Map<string, InteractionRule | AllergyRule | ContraindicationRule>();

  constructor(bundle: KnowledgeBaseBundle) {
    this.bundle = bundle;
    this.version = bundle.version;
    this.releasedAt = bundle.releasedAt;
    for (const c of bundle.classes) {
      this.#classes.set(c.id, c);
      for (const atc of c.atcAnchors) this.#byAtc.set(atc, [...(this.#byAtc.get(atc) ?? []), c.id]);
      // Allergy groups win name look-ups: "alergi penisilin" is recorded against the group, not the class.
      for (const n of [c.labels.id, c.labels.en, c.id.split('.').slice(1).join(' ')]) {
        const key = nameKey(n);
        if (!this.#classByName.has(key) || c.kind === 'allergy-group') this.#classByName.set(key, c.id);
      }
    }
    for (const ing of bundle.ingredients) {
      this.#ingredients.set(ing.id, ing);
      for (const n of [ing.names.inn, ing.names.id, ing.names.en, ...ing.names.synonyms]) {
        const key = nameKey(n);
        if (!this.#byName.has(key)) this.#byName.set(key, ing.id);
      }
      for (const code of ing.kfaBza) this.#byBza.set(code, ing.id);
      for (const m of ing.classes)
        this.#members.set(m.class, [...(this.#members.get(m.class) ?? []), ing.id]);
    }
    const keyId = (key: SelectorKey) => {
      let id = this.#keyIds.get(key);
      if (id === undefined) {
        id = this.#keyIds.size;
        this.#keyIds.set(key, id);
      }
      return id;
    };
    for (const r of bundle.interactions) {
      const a = keyId(selectorKey(r.a));
      const b = keyId(selectorKey(r.b));
      for (const key of a === b ? [pairId(a, b)] : [pairId(a, b), pairId(b, a)]) {
        const list = this.#pairs.get(key) ?? [];
        list.push(r);
        this.#pairs.set(key, list);
      }
      this.#rules.set(r.id, r);
    }
    for (const r of bundle.allergyRules) {
      this.#allergyFrom.set(r.from, [...(this.#allergyFrom.get(r.from) ?? []), r]);
      this.#rules.set(r.id, r);
    }
    for (const r of bundle.contraindications) {
      const key = selectorKey(r.drug);
      this.#contraindications.set(key, [...(this.#contraindications.get(key) ?? []), r]);
      this.#rules.set(r.id, r);
    }
  }

  ingredient(id: string): CompiledIngredient | undefined {
    return this.#ingredients.get(id);
  }

  drugClass(id: string): CompiledClass | undefined {
    return this.#classes.get(id);
  }

  get ingredients(): readonly CompiledIngredient[] {
    return this.bundle.ingredients;
  }

  /** Ingredient ids of a class's members. */
  membersOf(classId: string): readonly string[] {
    return this.#members.get(classId) ?? [];
  }

  memberships(ingredientId: string): readonly Membership[] {
    return this.#ingredients.get(ingredientId)?.classes ?? [];
  }

  /** Resolves a name in any spelling the knowledge base knows, salts and hydrates ignored. */
  resolveName(name: string): string | undefined {
    const cached = this.#nameCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.#resolveName(name);
    // Bounded: names come from hosts and free text, so the cache must not grow without limit.
    if (this.#nameCache.size >= 20_000) this.#nameCache.clear();
    this.#nameCache.set(name, found ?? null);
    return found;
  }

  #resolveName(name: string): string | undefined {
    const key = nameKey(name);
    const direct = this.#byName.get(key);
    if (direct) return direct;
    const stripped = key
      .split(' ')
      .filter((w) => !SALT_WORDS.has(w))
      .join(' ');
    return stripped && stripped !== key ? this.#byName.get(stripped) : undefined;
  }

  /** A class or allergy group by its label in either language ("Penisilin", "sulfonamide antibiotics"). */
  resolveClassName(name: string): string | undefined {
    return this.#classByName.get(nameKey(name));
  }

  resolveBza(code: string): string | undefined {
    return this.#byBza.get(code);
  }

  /** Classes anchored to an ATC code or any of its parents (SATUSEHAT records class allergies as ATC L3/L4). */
  classesForAtc(atc: string): string[] {
    const out: string[] = [];
    for (let len = atc.length; len >= 3; len--) out.push(...(this.#byAtc.get(atc.slice(0, len)) ?? []));
    return out;
  }

  /** The id of a selector key used by some interaction rule; undefined when no rule mentions it. */
  interactionKeyId(key: SelectorKey): number | undefined {
    return this.#keyIds.get(key);
  }

  /** Interaction rules written for this pair of selector key ids, in either order. */
  interactionsFor(a: number, b: number): readonly InteractionRule[] | undefined {
    return this.#pairs.get(pairId(a, b));
  }

  allergyRulesFrom(groupId: string): readonly AllergyRule[] {
    return this.#allergyFrom.get(groupId) ?? [];
  }

  contraindicationsFor(key: SelectorKey): readonly ContraindicationRule[] {
    return this.#contraindications.get(key) ?? [];
  }

  rule(id: string): InteractionRule | AllergyRule | ContraindicationRule | undefined {
    return this.#rules.get(id);
  }
}

function pairId(a: number, b: number): number {
  return a * 1_000_003 + b;
}

export function loadKnowledgeBase(bundle: KnowledgeBaseBundle): KnowledgeBase {
  return new KnowledgeBase(bundle);
}
