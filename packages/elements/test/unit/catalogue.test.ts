import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/translations/catalogue';
import { bpjsTerms, drugTerms } from '../../src/translations/index';

describe('Catalogue', () => {
  it('falls back from a regional tag to its language, and from an unknown language to Bahasa Indonesia', async () => {
    const c = new Catalogue({ hello: 'Halo' }, { en: async () => ({ hello: 'Hello' }) });
    expect(c.pick('en-GB').hello).toBe('Halo');
    expect(c.has('en-GB')).toBe(false);
    await c.load('en-GB');
    expect(c.pick('en-GB').hello).toBe('Hello');
    expect(c.pick('in').hello).toBe('Halo');
    expect(c.pick('fr').hello).toBe('Halo');
    expect(c.has('fr')).toBe(true);
  });

  it('lets a host add a language or reword a term, keeping the rest', async () => {
    const c = new Catalogue(
      { hello: 'Halo', bye: 'Dah' },
      { en: async () => ({ hello: 'Hello', bye: 'Bye' }) },
    );
    c.add('jv', { hello: 'Sugeng' });
    expect(c.pick('jv')).toEqual({ hello: 'Sugeng', bye: 'Dah' });
    c.add('en', { bye: 'See you' });
    await c.load('en');
    expect(c.pick('en')).toEqual({ hello: 'Hello', bye: 'See you' });
  });

  it('ships every term in English as well as Indonesian', async () => {
    for (const catalogue of [bpjsTerms, drugTerms] as const) {
      await catalogue.load('en');
      const id = catalogue.pick('id') as unknown as Record<string, unknown>;
      const en = catalogue.pick('en') as unknown as Record<string, unknown>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
      expect(
        Object.keys(en).filter((k) => typeof en[k] === 'string' && en[k] !== id[k]).length,
      ).toBeGreaterThan(3);
    }
  });
});
