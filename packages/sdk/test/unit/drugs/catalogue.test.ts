import { kfaProducts } from '@sehatkit/sandbox';
import { describe, expect, it } from 'vitest';
import { golonganFromKfaName, golonganFromNie } from '../../../src/drugs/catalogue/golongan';
import { createKfaCatalogue, type KfaLookup } from '../../../src/drugs/catalogue/kfa-catalogue';
import type { KfaProductLike } from '../../../src/drugs/catalogue/kfa-mapping';
import {
  combineCatalogues,
  createHostCatalogue,
  createKfaRecordCatalogue,
} from '../../../src/drugs/catalogue/local-catalogue';
import { normalizeRoute } from '../../../src/drugs/catalogue/route';
import { defaultKnowledgeBase } from '../../../src/drugs/kb/default';
import { isConfigurationError } from '../../../src/errors/guards';
import { manualClock } from '../../../src/logging/clock';

describe('golongan', () => {
  it('reads the second letter of an NIE and KFA controlled_drug names', () => {
    expect(golonganFromNie('DKL1234567890A1')).toBe('obat-keras');
    expect(golonganFromNie('GBL0000000137A1')).toBe('bebas');
    expect(golonganFromNie('DTL1111111111B2')).toBe('bebas-terbatas');
    expect(golonganFromNie('DPI2222222222A1')).toBe('psikotropika');
    expect(golonganFromNie('DNL3333333333A1')).toBe('narkotika');
    expect(golonganFromNie('POM TR123456789')).toBeUndefined();
    expect(golonganFromKfaName('Obat Bebas Terbatas')).toBe('bebas-terbatas');
    expect(golonganFromKfaName('Obat Keras')).toBe('obat-keras');
  });

  it('maps Indonesian route and form names', () => {
    expect(normalizeRoute('Oral')).toBe('oral');
    expect(normalizeRoute('Tetes Mata')).toBe('ophthalmic');
    expect(normalizeRoute('Topikal')).toBe('topical');
    expect(normalizeRoute('Injeksi (intravena/intramuskular/subkutan)')).toBe('parenteral');
  });
});

describe('the sandbox seed as a KFA record catalogue', () => {
  const catalogue = createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' });
  const kb = defaultKnowledgeBase();

  it('maps every seeded product with the seed fields and a golongan that agrees with its NIE', async () => {
    const all = catalogue.list?.() ?? [];
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const p of all) {
      expect(p.golongan, p.name).not.toBeNull();
      expect(golonganFromNie(p.nie), p.name).toBe(p.golongan);
      expect(p.ingredients.length).toBeGreaterThan(0);
      for (const i of p.ingredients) {
        expect(
          kb.resolveBza(i.kfaCode ?? '') ?? kb.resolveName(i.name),
          `${p.name}: ${i.name}`,
        ).toBeDefined();
      }
    }
    const erphamol = await catalogue.get('93002205');
    expect(erphamol).toMatchObject({
      name: 'Paracetamol 120 mg/5 mL Sirup (ERPHAMOL)',
      brand: 'Erphamol',
      templateCode: '92000511',
      ingredients: [{ name: 'Paracetamol', kfaCode: '91000101', strength: '120 mg/5 mL' }],
      dosageForm: { name: 'Sirup' },
      route: { normalized: 'oral' },
      flavour: 'Jeruk',
      golongan: 'bebas',
      golonganSource: 'kfa',
      packaging: [{ name: 'Dus, 1 Botol @ 60 mL' }],
    });
  });

  it('carries release patterns where the product has one', () => {
    const xr = catalogue.list?.().find((p) => p.brand === 'Glucophage XR');
    expect(xr?.releasePattern).toBe('Lepas lambat');
  });
});

describe('host catalogue', () => {
  it('validates entries at construction and names the bad field', () => {
    try {
      createHostCatalogue([{ code: 'SKU-1', name: 'Obat X', ingredients: [] }]);
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain('[0].ingredients');
    }
  });

  it('derives golongan from the NIE when the host gives none, and answers by code', async () => {
    const host = createHostCatalogue([
      {
        code: 'SKU-7',
        name: 'Amoksisilin 500 mg Kapsul',
        ingredients: [{ name: 'Amoksisilin', strength: '500 mg' }],
        nie: 'GKL9912345678A1',
        dosageForm: 'Kapsul',
      },
    ]);
    expect(await host.get('SKU-7')).toMatchObject({
      golongan: 'obat-keras',
      golonganSource: 'nie',
      route: { normalized: 'oral' },
    });
    const both = combineCatalogues([host, createKfaRecordCatalogue(kfaProducts)]);
    expect((await both.get('93002205'))?.brand).toBe('Erphamol');
    expect(both.list?.().length).toBe(kfaProducts.length + 1);
  });
});

describe('KFA catalogue (POA -> POV -> BZA, cached)', () => {
  function countingLookup(products: KfaProductLike[]) {
    const calls: string[] = [];
    const lookup: KfaLookup = {
      async product(_identifier, code) {
        calls.push(`product:${code}`);
        return products.find((p) => p.kfa_code === code);
      },
      async searchProducts(query) {
        calls.push(`search:${query.templateCode ?? query.keyword}`);
        const list = products.filter((p) =>
          query.templateCode
            ? p.product_template?.kfa_code === query.templateCode
            : p.name.toLowerCase().includes(String(query.keyword).toLowerCase()),
        );
        return { products: list.slice(0, query.size ?? 10) };
      },
    };
    return { lookup, calls };
  }

  it('resolves a POA once and serves repeats and concurrent look-ups from one request', async () => {
    const { lookup, calls } = countingLookup(kfaProducts);
    const kfa = createKfaCatalogue({ lookup });
    const [a, b] = await Promise.all([kfa.get('93002205'), kfa.get('93002205')]);
    expect(a?.ingredients[0]?.kfaCode).toBe('91000101');
    expect(b).toBe(a);
    await kfa.get('93002205');
    expect(calls).toEqual(['product:93002205']);
  });

  it('resolves a POV template through a product that uses it', async () => {
    const { lookup } = countingLookup(kfaProducts);
    const p = await createKfaCatalogue({ lookup }).get('92000511');
    expect(p).toMatchObject({
      code: '92000511',
      name: 'Paracetamol 120 mg/5 mL Sirup',
      ingredients: [{ kfaCode: '91000101' }],
    });
  });

  it('follows a replacement code and expires misses after their TTL', async () => {
    const old: KfaProductLike = {
      kfa_code: '93999999',
      name: 'Old',
      active: false,
      replacement: { product: { kfa_code: '93002205' } },
    };
    const { lookup, calls } = countingLookup([...kfaProducts, old]);
    const clock = manualClock(0);
    const kfa = createKfaCatalogue({ lookup, clock, missTtlMs: 1000 });
    expect((await kfa.get('93999999'))?.code).toBe('93002205');
    expect(await kfa.get('93000000')).toBeUndefined();
    await kfa.get('93000000');
    clock.advance(1001);
    await kfa.get('93000000');
    expect(calls.filter((c) => c === 'product:93000000')).toHaveLength(2);
  });

  it('rejects a lookup without the two KFA methods at construction', () => {
    expect(() => createKfaCatalogue({ lookup: {} as KfaLookup })).toThrow(/lookup/);
  });
});
