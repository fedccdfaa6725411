import type { FieldIssue } from '../../errors/field-issue';
import { formatPath } from '../../errors/field-issue';
import { ValidationError } from '../../errors/validation-error';
import type { CompiledClass, CompiledIngredient, KnowledgeBaseBundle } from '../knowledge-base/bundle-types';
import type { Membership, ParsedSourceFile, Selector } from '../schema/records';
import { sourceFileSchema } from '../schema/records';
import { nameKey } from '../search/normalise';
import { type CoverageReport, coverageOf } from './coverage';

export interface SourceFile {
  /** Path relative to the source folder, used in error messages. */
  name: string;
  content: unknown;
}

export interface CompileInput {
  files: readonly SourceFile[];
  release: { version: string; releasedAt: string };
}

export interface CompileResult {
  bundle: KnowledgeBaseBundle;
  coverage: CoverageReport;
}

/**
 * Validates every source file, checks that every reference resolves and builds the bundle.
 * Throws one ValidationError listing every problem (file and field path), so an author sees them all at once.
 */
export function compileKnowledgeBase(input: CompileInput): CompileResult {
  const issues: FieldIssue[] = [];
  const parsed: { name: string; data: ParsedSourceFile }[] = [];
  for (const file of [...input.files].sort((a, b) => a.name.localeCompare(b.name))) {
    const result = sourceFileSchema.safeParse(file.content);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          path: `${file.name}#${formatPath(issue.path)}`,
          message: issue.message,
          code: issue.code,
        });
      }
      continue;
    }
    parsed.push({ name: file.name, data: result.data });
  }
  if (!/^\d+\.\d+\.\d+$/.test(input.release.version)) {
    issues.push({ path: 'release.version', message: 'must be a semantic version like 1.2.0' });
  }
  if (issues.length > 0) throw new ValidationError('knowledge base', issues);

  const where = new Map<string, string>();
  const claim = (id: string, at: string) => {
    const before = where.get(id);
    if (before) issues.push({ path: at, message: `duplicate id ${id} (first defined at ${before})` });
    else where.set(id, at);
  };

  const ingredients = new Map<string, CompiledIngredient>();
  const classes = new Map<string, CompiledClass & { expected: string[][] }>();
  const bundle: KnowledgeBaseBundle = {
    format: 1,
    version: input.release.version,
    releasedAt: input.release.releasedAt,
    ingredients: [],
    classes: [],
    interactions: [],
    allergyRules: [],
    contraindications: [],
  };
  const pendingMembers: { ingredient: string; membership: Membership; at: string }[] = [];
  const rulePaths = new Map<string, string>();
  const claimRule = (id: string, at: string) => {
    claim(id, at);
    rulePaths.set(id, at);
  };

  for (const { name, data } of parsed) {
    data.ingredients.forEach((ing, i) => {
      const at = `${name}#ingredients[${i}]`;
      claim(ing.id, at);
      const memberships = ing.classes.map((c) => (typeof c === 'string' ? { class: c } : c));
      ingredients.set(ing.id, { ...ing, classes: [] });
      memberships.forEach((m, j) => {
        pendingMembers.push({ ingredient: ing.id, membership: m, at: `${at}.classes[${j}]` });
      });
    });
    data.classes.forEach((cls, i) => {
      const at = `${name}#classes[${i}]`;
      claim(cls.id, at);
      const { members, expectedCombinations, ...rest } = cls;
      classes.set(cls.id, { ...rest, expectedCombinations, expected: expectedCombinations });
      members.forEach((m, j) => {
        const { ingredient, ...qualifiers } = typeof m === 'string' ? { ingredient: m } : m;
        pendingMembers.push({
          ingredient,
          membership: { ...qualifiers, class: cls.id },
          at: `${at}.members[${j}]`,
        });
      });
    });
    data.interactions.forEach((r, i) => {
      claimRule(r.id, `${name}#interactions[${i}]`);
      bundle.interactions.push(r);
    });
    data.allergyRules.forEach((r, i) => {
      claimRule(r.id, `${name}#allergyRules[${i}]`);
      bundle.allergyRules.push(r);
    });
    data.contraindications.forEach((r, i) => {
      claimRule(r.id, `${name}#contraindications[${i}]`);
      bundle.contraindications.push(r);
    });
  }

  const needIngredient = (id: string | undefined, at: string) => {
    if (id !== undefined && !ingredients.has(id))
      issues.push({ path: at, message: `unknown ingredient ${id}` });
  };
  const needClass = (id: string | undefined, at: string) => {
    if (id !== undefined && !classes.has(id)) issues.push({ path: at, message: `dangling class id ${id}` });
  };
  const needSelector = (s: Selector, at: string) => {
    needIngredient(s.ingredient, `${at}.ingredient`);
    needClass(s.class, `${at}.class`);
  };

  for (const { ingredient, membership, at } of pendingMembers) {
    const target = ingredients.get(ingredient);
    if (!target) {
      issues.push({ path: at, message: `unknown ingredient ${ingredient}` });
      continue;
    }
    if (!classes.has(membership.class)) {
      issues.push({ path: `${at}.class`, message: `dangling class id ${membership.class}` });
      continue;
    }
    const same = target.classes.find((c) => JSON.stringify(c) === JSON.stringify(membership));
    if (!same) target.classes.push(membership);
  }

  for (const [id, ing] of ingredients) {
    const at = where.get(id) as string;
    for (const alt of ing.pregnancy.alternatives ?? []) needIngredient(alt, `${at}.pregnancy.alternatives`);
    for (const alt of ing.lactation.alternatives ?? []) needIngredient(alt, `${at}.lactation.alternatives`);
  }
  for (const [id, cls] of classes) {
    cls.expected.forEach((combo, i) => {
      for (const ing of combo) needIngredient(ing, `${where.get(id)}.expectedCombinations[${i}]`);
    });
  }
  for (const r of bundle.interactions) {
    const at = rulePaths.get(r.id) as string;
    needSelector(r.a, `${at}.a`);
    needSelector(r.b, `${at}.b`);
    r.modifiers.forEach((m, i) => {
      needClass(m.when.classPresent, `${at}.modifiers[${i}].when.classPresent`);
      needIngredient(m.when.ingredientPresent, `${at}.modifiers[${i}].when.ingredientPresent`);
    });
    r.actions.forEach((a, i) => {
      for (const alt of a.alternatives ?? []) needIngredient(alt, `${at}.actions[${i}].alternatives`);
    });
  }
  for (const r of bundle.allergyRules) {
    const at = rulePaths.get(r.id) as string;
    needClass(r.from, `${at}.from`);
    if (classes.get(r.from) && classes.get(r.from)?.kind !== 'allergy-group') {
      issues.push({ path: `${at}.from`, message: `${r.from} is not an allergy group` });
    }
    if ((r.to.class === undefined) === (r.to.ingredient === undefined)) {
      issues.push({ path: `${at}.to`, message: 'give exactly one of class or ingredient' });
    }
    needClass(r.to.class, `${at}.to.class`);
    needIngredient(r.to.ingredient, `${at}.to.ingredient`);
  }
  for (const r of bundle.contraindications) needSelector(r.drug, `${rulePaths.get(r.id)}.drug`);

  const names = new Map<string, string>();
  for (const [id, ing] of ingredients) {
    const all = [ing.names.inn, ing.names.id, ing.names.en, ...ing.names.synonyms];
    for (const n of new Set(all.map(nameKey))) {
      const owner = names.get(n);
      if (owner && owner !== id) {
        issues.push({ path: `${where.get(id)}.names`, message: `name "${n}" is also a name of ${owner}` });
      } else names.set(n, id);
    }
  }

  if (issues.length > 0) throw new ValidationError('knowledge base', issues);

  bundle.ingredients = [...ingredients.values()].sort((a, b) => a.id.localeCompare(b.id));
  bundle.classes = [...classes.values()]
    .map(({ expected: _expected, ...c }) => c)
    .sort((a, b) => a.id.localeCompare(b.id));
  bundle.interactions.sort((a, b) => a.id.localeCompare(b.id));
  bundle.allergyRules.sort((a, b) => a.id.localeCompare(b.id));
  bundle.contraindications.sort((a, b) => a.id.localeCompare(b.id));
  for (const ing of bundle.ingredients) ing.classes.sort((a, b) => a.class.localeCompare(b.class));
  return { bundle, coverage: coverageOf(bundle) };
}
