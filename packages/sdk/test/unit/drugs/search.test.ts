import { kfaProducts } from '@sehatkit/sandbox';
import { describe, expect, it } from 'vitest';
import { createKfaRecordCatalogue } from '../../../src/drugs/catalogue/local-catalogue';
import { foldToken, nameKey } from '../../../src/drugs/search/normalise';
import { DrugSearchIndex } from '../../../src/drugs/search/search-index';
import { createDrugSafety } from '../../../src/drugs/service';

describe('Indonesian spelling folding', () => {
  it('brings Indonesian and English spellings together', () => {
    const pairs = [
      ['amoxicillin', 'amoksisilin'],
      ['paracetamol', 'parasetamol'],
      ['chlorpheniramine', 'klorfeniramin'],
      ['ciprofloxacin', 'siprofloksasin'],
      ['clarithromycin', 'klaritromisin'],
      ['dexamethasone', 'deksametason'],
      ['ketoconazole', 'ketokonazol'],
      ['cotrimoxazole', 'kotrimoksazol'],
    ];
    for (const [en, id] of pairs) expect(foldToken(en as string), en).toBe(foldToken(id as string));
    expect(nameKey('Amlodipine Besilate 5 mg')).toBe('amlodipin besilat 5 mg');
  });
});

describe('drug search', () => {
  const drugs = createDrugSafety({ catalogue: createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' }) });
  const top = async (q: string, n = 5) => (await drugs.search(q, { limit: n })).map((r) => r.label);

  it('finds products and the ingredient by Indonesian spelling', async () => {
    const hits = await drugs.search('amoksisilin', { limit: 8 });
    expect(hits.some((h) => h.kind === 'ingredient' && h.id === 'amoxicillin')).toBe(true);
    expect(
      hits
        .filter((h) => h.kind === 'product')
        .every((h) => h.product?.ingredients.some((i) => /amoxicillin/i.test(i.name))),
    ).toBe(true);
  });

  it('finds brands with a typo and partial words', async () => {
    expect((await top('panadl'))[0]).toMatch(/PANADOL/);
    expect((await top('glucoph'))[0]).toMatch(/GLUCOPHAGE/);
    expect(await top('mixagrip fl')).toEqual(expect.arrayContaining([expect.stringMatching(/MIXAGRIP FLU/)]));
  });

  it('ignores word order and matches synonyms (acetaminophen finds paracetamol products)', async () => {
    expect((await top('500 mg parasetamol'))[0]).toMatch(/Paracetamol 500 mg/);
    expect(await top('acetaminophen sirup')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Paracetamol 1[26]0 mg\/5 mL Sirup/)]),
    );
  });

  it('returns nothing for an empty query and rejects an over-long one', async () => {
    expect(await drugs.search('   ')).toEqual([]);
    await expect(drugs.search('x'.repeat(201))).rejects.toThrow(/drug search/);
  });

  it('reuses its buffers across queries without changing results', () => {
    const index = new DrugSearchIndex([
      { id: 'a', kind: 'product', name: 'Sanmol Tablet', ingredients: 'Paracetamol' },
      { id: 'b', kind: 'product', name: 'Proris Suspensi', ingredients: 'Ibuprofen' },
    ]);
    const first = index.search('ibuprofen');
    index.search('sanmol');
    expect(index.search('ibuprofen')).toEqual(first);
    expect(first.map((h) => h.id)).toEqual(['b']);
  });
});
