import { describe, expect, it } from 'vitest';
import { emitBundleModule } from '../../../scripts/knowledge-base/emit';
import { loadRelease, loadSourceFiles } from '../../../scripts/knowledge-base/load-sources';
import { compileKnowledgeBase, type SourceFile } from '../../../src/drugs/compiler/compile';
import { formatCoverage } from '../../../src/drugs/compiler/coverage';
import { bundle } from '../../../src/drugs/knowledge-base/bundle.generated';
import { isValidationError } from '../../../src/errors/guards';
import type { ValidationError } from '../../../src/errors/validation-error';

const REVIEWED = '2026-11-22';
const cite = {
  kind: 'label',
  title: 'Example drug: US prescribing information',
  section: 'Contraindications',
};
const text = (en: string) => ({ id: `ID ${en}`, en });

function ingredient(id: string, classes: unknown[] = []) {
  return {
    id,
    names: { inn: id, id, en: id },
    classes,
    pregnancy: { level: 'caution', summary: text('pregnancy text'), sources: [cite] },
    lactation: { level: 'compatible', summary: text('lactation text'), sources: [cite] },
    sources: [cite],
    reviewed: REVIEWED,
  };
}

function klass(id: string, kind = 'pharmacologic') {
  return { id, kind, labels: text(`label ${id}`), sources: [cite], reviewed: REVIEWED };
}

function rule(id: string, a: unknown, b: unknown, sources: unknown[] = [cite]) {
  return {
    id,
    a,
    b,
    severity: 'MAJ',
    documentation: 'established',
    mechanism: { code: 'PD-additive', text: text('mechanism text') },
    effect: text('effect text'),
    management: text('management text'),
    sources,
    reviewed: REVIEWED,
  };
}

const release = { version: '1.0.0', releasedAt: '2026-11-22' };

function compileFiles(files: SourceFile[]) {
  return compileKnowledgeBase({ files, release });
}

function issuesOf(files: SourceFile[]): ValidationError['issues'] {
  try {
    compileFiles(files);
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected the compile to fail');
}

const base: SourceFile[] = [
  {
    name: 'ingredients/a.ts',
    content: { ingredients: [ingredient('alpha', ['cls.one']), ingredient('beta')] },
  },
  { name: 'classes/c.ts', content: { classes: [klass('cls.one'), klass('alg.one', 'allergy-group')] } },
];

describe('knowledge-base compiler', () => {
  it('builds a bundle with merged class memberships from both sides', () => {
    const { bundle: out } = compileFiles([
      ...base,
      { name: 'classes/d.ts', content: { classes: [{ ...klass('cls.two'), members: ['beta'] }] } },
      {
        name: 'interactions/x.ts',
        content: { interactions: [rule('ddi.one-two', { class: 'cls.one' }, { class: 'cls.two' })] },
      },
    ]);
    expect(out.ingredients.find((i) => i.id === 'beta')?.classes).toEqual([{ class: 'cls.two' }]);
    expect(out.classes.find((c) => c.id === 'cls.two')).not.toHaveProperty('members');
    expect(out.interactions.map((r) => r.id)).toEqual(['ddi.one-two']);
  });

  it('fails on a dangling class id and names the file and field', () => {
    const issues = issuesOf([
      ...base,
      {
        name: 'interactions/x.ts',
        content: { interactions: [rule('ddi.bad', { class: 'cls.missing' }, { ingredient: 'alpha' })] },
      },
    ]);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'interactions/x.ts#interactions[0].a.class',
        message: 'dangling class id cls.missing',
      }),
    );
  });

  it('fails on an ingredient that declares an unknown class', () => {
    const issues = issuesOf([
      { name: 'ingredients/a.ts', content: { ingredients: [ingredient('alpha', ['cls.nowhere'])] } },
    ]);
    expect(issues[0]?.path).toBe('ingredients/a.ts#ingredients[0].classes[0].class');
  });

  it('fails on a rule without a citation', () => {
    const issues = issuesOf([
      ...base,
      {
        name: 'interactions/x.ts',
        content: { interactions: [rule('ddi.uncited', { ingredient: 'alpha' }, { ingredient: 'beta' }, [])] },
      },
    ]);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'interactions/x.ts#interactions[0].sources' }),
    );
  });

  it('fails when the only citation is a reference database', () => {
    const lactmedOnly = [{ kind: 'reference', title: 'LactMed: alpha', publisher: 'NICHD', year: 2006 }];
    const issues = issuesOf([
      ...base,
      {
        name: 'interactions/x.ts',
        content: {
          interactions: [rule('ddi.weak', { ingredient: 'alpha' }, { ingredient: 'beta' }, lactmedOnly)],
        },
      },
    ]);
    expect(issues[0]?.message).toMatch(/label section, regulator communication, guideline or paper/);
  });

  it('fails on a label citation without its section and a paper without its year', () => {
    const issues = issuesOf([
      ...base,
      {
        name: 'interactions/x.ts',
        content: {
          interactions: [
            rule('ddi.c1', { ingredient: 'alpha' }, { ingredient: 'beta' }, [
              { kind: 'label', title: 'A drug label' },
            ]),
            rule('ddi.c2', { ingredient: 'alpha' }, { ingredient: 'beta' }, [
              { kind: 'paper', title: 'A paper title', publisher: 'J' },
            ]),
          ],
        },
      },
    ]);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'interactions/x.ts#interactions[0].sources[0].section',
        'interactions/x.ts#interactions[1].sources[0].year',
      ]),
    );
  });

  it('fails on missing bilingual text, a missing pregnancy block and a bad review date', () => {
    const broken = { ...ingredient('gamma'), reviewed: '2026-02-30' } as Record<string, unknown>;
    delete broken.pregnancy;
    (broken.lactation as Record<string, unknown>).summary = { id: '', en: 'text' };
    const paths = issuesOf([{ name: 'ingredients/g.ts', content: { ingredients: [broken] } }]).map(
      (i) => i.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'ingredients/g.ts#ingredients[0].pregnancy',
        'ingredients/g.ts#ingredients[0].lactation.summary.id',
        'ingredients/g.ts#ingredients[0].reviewed',
      ]),
    );
  });

  it('fails on duplicate ids across files, name collisions and misused allergy rules', () => {
    const twin = { ...ingredient('delta'), names: { inn: 'Alpha', id: 'alfa', en: 'delta' } };
    const issues = issuesOf([
      ...base,
      { name: 'ingredients/b.ts', content: { ingredients: [ingredient('alpha'), twin] } },
      {
        name: 'allergy/x.ts',
        content: {
          allergyRules: [
            {
              id: 'alr.bad',
              from: 'cls.one',
              to: { class: 'alg.one' },
              severity: 'MOD',
              riskNote: text('note text'),
              sources: [cite],
              reviewed: REVIEWED,
            },
          ],
        },
      },
    ]);
    const messages = issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/duplicate id alpha \(first defined at ingredients\/a.ts#ingredients\[0\]\)/);
    expect(messages).toMatch(/name "alfa" is also a name of alpha/);
    expect(messages).toMatch(/cls.one is not an allergy group/);
  });

  it('rejects contraindication categories outside the seed list and conditions that do not fit', () => {
    const ci = (category: string, condition: object) => ({
      id: `ci.${category}`,
      category,
      drug: { ingredient: 'alpha' },
      condition,
      level: 'CI',
      summary: text('summary text'),
      sources: [cite],
      reviewed: REVIEWED,
    });
    const paths = issuesOf([
      ...base,
      {
        name: 'contraindications/x.ts',
        content: {
          contraindications: [
            ci('smoking', {}),
            ci('renal', { icd10: ['N18'] }),
            ci('disease', { icd10: ['kidney'] }),
          ],
        },
      },
    ]).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'contraindications/x.ts#contraindications[0].category',
        'contraindications/x.ts#contraindications[1].condition',
        'contraindications/x.ts#contraindications[2].condition.icd10[0]',
      ]),
    );
  });

  it('compiles the shipped sources with full pregnancy and lactation coverage and prints the report', async () => {
    const { bundle: out, coverage } = compileKnowledgeBase({
      files: await loadSourceFiles(),
      release: loadRelease(),
    });
    expect(coverage.ingredients).toBeGreaterThanOrEqual(250);
    expect(coverage.interactions.total).toBeGreaterThanOrEqual(150);
    expect(coverage.pregnancyBlocks.share).toBe(1);
    expect(coverage.lactationBlocks.share).toBe(1);
    for (const category of [
      'disease',
      'hepatic',
      'renal',
      'pediatric',
      'geriatric',
      'pregnancy',
      'lactation',
    ] as const) {
      expect(coverage.contraindicationsByCategory[category]).toBeGreaterThan(0);
    }
    expect(formatCoverage(coverage)).toMatch(/pregnancy blocks\s+\d+ \(100\.0%\)/);
    expect(out.ingredients.every((i) => i.reviewed && i.sources.length > 0)).toBe(true);
  });

  it('ships a bundle that matches the sources (the build re-runs the compiler)', async () => {
    const { bundle: fresh } = compileKnowledgeBase({
      files: await loadSourceFiles(),
      release: loadRelease(),
    });
    expect(emitBundleModule(bundle)).toBe(emitBundleModule(fresh));
  });
});
