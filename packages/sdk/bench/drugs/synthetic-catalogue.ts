import { kfaProducts } from '@sehatkit/sandbox';
import { createKfaRecordCatalogue } from '../../src/drugs/catalogue/local-catalogue';
import type { ProductRecord } from '../../src/drugs/catalogue/product';
import type { KnowledgeBase } from '../../src/drugs/kb/knowledge-base';

/** Deterministic PRNG (mulberry32) so every run indexes the same catalogue. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ra',
  'mo',
  'xi',
  'la',
  'fen',
  'to',
  'ka',
  'dex',
  'pro',
  'vi',
  'sa',
  'tin',
  'neo',
  'bio',
  'me',
  'zol',
  'ta',
  'gri',
  'pa',
  'sol',
  'cor',
  'don',
  'ri',
  'lin',
  'na',
  'fa',
  'gen',
  'lo',
  'ver',
  'dia',
];
const FORMS = [
  'Tablet',
  'Kaplet',
  'Kapsul',
  'Sirup',
  'Suspensi',
  'Tablet Salut Selaput',
  'Krim',
  'Injeksi',
  'Drops',
  'Tablet Lepas Lambat',
];
const MAKERS = [
  'PT Kimia Farma Tbk',
  'PT Indofarma Tbk',
  'PT Phapros Tbk',
  'PT Kalbe Farma Tbk',
  'PT Sanbe Farma',
  'PT Dexa Medica',
  'PT Hexpharm Jaya Laboratories',
  'PT Novell Pharmaceutical Laboratories',
  'PT Pharos Indonesia',
  'PT Tempo Scan Pacific Tbk',
  'PT Konimex',
  'PT Combiphar',
  'PT Interbat',
  'PT Bernofarm',
  'PT Mersifarma Tirmaku Mercusana',
];
const STRENGTHS = [
  '5 mg',
  '10 mg',
  '20 mg',
  '25 mg',
  '50 mg',
  '100 mg',
  '200 mg',
  '250 mg',
  '400 mg',
  '500 mg',
  '125 mg/5 mL',
  '1%',
  '2%',
];

/**
 * 100k products: the sandbox's real seed first, then synthetic brands over knowledge-base ingredients
 * (one to three per product, common ones more often), forms, strengths and makers in Indonesian style.
 */
export function syntheticCatalogue(kb: KnowledgeBase, size = 100_000): ProductRecord[] {
  const seed = createKfaRecordCatalogue(kfaProducts).list?.() ?? [];
  const random = rng(20261122);
  const ingredients = kb.ingredients;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  // Skewed choice: low indices (by a fixed shuffle) are drawn far more often, as in a real formulary.
  const order = ingredients.map((_, i) => i).sort(() => random() - 0.5);
  const skewed = () =>
    ingredients[order[Math.floor(random() ** 2.2 * order.length)] as number] as (typeof ingredients)[number];
  const out: ProductRecord[] = [...seed];
  for (let i = out.length; i < size; i++) {
    const count = random() < 0.75 ? 1 : random() < 0.7 ? 2 : 3;
    const parts = [...new Set(Array.from({ length: count }, skewed))];
    const generic = random() < 0.35;
    const brand = generic
      ? undefined
      : `${pick(SYLLABLES)}${pick(SYLLABLES)}${random() < 0.5 ? pick(SYLLABLES) : ''}`.replace(/^./, (c) =>
          c.toUpperCase(),
        );
    const form = pick(FORMS);
    const composition = parts.map((p) => `${p.names.en} ${pick(STRENGTHS)}`);
    out.push({
      code: `93${String(500000 + i).padStart(6, '0')}`,
      source: 'synthetic',
      name: `${composition.join(' / ')} ${form}${brand ? ` (${brand.toUpperCase()})` : ''}`,
      ...(brand ? { brand } : {}),
      generic,
      ingredients: parts.map((p, k) => ({
        name: p.names.en,
        strength: (composition[k] as string).slice(p.names.en.length + 1),
      })),
      dosageForm: { name: form },
      manufacturer: pick(MAKERS),
      packaging: [],
      golongan: 'obat-keras',
      golonganSource: null,
    });
  }
  return out;
}
