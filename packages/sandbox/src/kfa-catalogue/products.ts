import type { KfaProduct } from './kfa-product';
import { type Form, type Golongan, type SeedRow, seedRows } from './seed-table';

const updated = '2026-10-01T00:00:00+07:00';

// Simulator codes for dosage forms and routes, in the shape of the Ministry's terminology (BS0xx).
const FORMS: Record<Form, { code: string; name: string; uom: string; route: keyof typeof ROUTES }> = {
  tablet: { code: 'BS070', name: 'Tablet', uom: 'Tablet', route: 'oral' },
  'tablet-salut-selaput': { code: 'BS072', name: 'Tablet Salut Selaput', uom: 'Tablet', route: 'oral' },
  'tablet-salut-enterik': { code: 'BS073', name: 'Tablet Salut Enterik', uom: 'Tablet', route: 'oral' },
  'tablet-lepas-lambat': { code: 'BS074', name: 'Tablet Lepas Lambat', uom: 'Tablet', route: 'oral' },
  'tablet-kunyah': { code: 'BS071', name: 'Tablet Kunyah', uom: 'Tablet', route: 'oral' },
  'tablet-salut-gula': { code: 'BS075', name: 'Tablet Salut Gula', uom: 'Tablet', route: 'oral' },
  kaplet: { code: 'BS030', name: 'Kaplet', uom: 'Kaplet', route: 'oral' },
  kapsul: { code: 'BS035', name: 'Kapsul', uom: 'Kapsul', route: 'oral' },
  sirup: { code: 'BS066', name: 'Sirup', uom: 'Botol', route: 'oral' },
  suspensi: { code: 'BS068', name: 'Suspensi', uom: 'Botol', route: 'oral' },
  drops: { code: 'BS020', name: 'Drops', uom: 'Botol', route: 'oral' },
  krim: { code: 'BS015', name: 'Krim', uom: 'Tube', route: 'topical' },
  salep: { code: 'BS060', name: 'Salep', uom: 'Tube', route: 'topical' },
  gel: { code: 'BS025', name: 'Gel', uom: 'Tube', route: 'topical' },
  'tetes-mata': { code: 'BS080', name: 'Tetes Mata', uom: 'Botol', route: 'ophthalmic' },
  injeksi: { code: 'BS040', name: 'Injeksi', uom: 'Vial', route: 'parenteral' },
  inhaler: { code: 'BS045', name: 'Inhalasi', uom: 'Inhaler', route: 'inhaled' },
  implan: { code: 'BS042', name: 'Implan', uom: 'Implan', route: 'subdermal' },
  patch: { code: 'BS055', name: 'Patch Transdermal', uom: 'Patch', route: 'transdermal' },
  supositoria: { code: 'BS062', name: 'Supositoria', uom: 'Supositoria', route: 'rectal' },
  sachet: { code: 'BS064', name: 'Serbuk', uom: 'Sachet', route: 'oral' },
};
const ROUTES = {
  oral: { code: 'O', name: 'Oral' },
  topical: { code: 'TOP', name: 'Topikal' },
  ophthalmic: { code: 'OPH', name: 'Mata' },
  parenteral: { code: 'INJ', name: 'Injeksi (intravena/intramuskular/subkutan)' },
  inhaled: { code: 'INH', name: 'Inhalasi' },
  subdermal: { code: 'SD', name: 'Implan subdermal' },
  transdermal: { code: 'TD', name: 'Transdermal' },
  rectal: { code: 'R', name: 'Rektal' },
} as const;
// Simulator codes for KFA `controlled_drug`; the names are the golongan as KFA writes them.
const GOLONGAN: Record<Golongan, { code: string; name: string; nieLetter: string }> = {
  narkotika: { code: '1', name: 'Narkotika', nieLetter: 'N' },
  psikotropika: { code: '2', name: 'Psikotropika', nieLetter: 'P' },
  keras: { code: '3', name: 'Obat Keras', nieLetter: 'K' },
  'bebas-terbatas': { code: '4', name: 'Obat Bebas Terbatas', nieLetter: 'T' },
  bebas: { code: '5', name: 'Obat Bebas', nieLetter: 'B' },
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A simulated NIE in BPOM's 15-character shape: D (trade name) or G (generic), the golongan letter, L (local)
 * or I (import), two-digit year, three-digit registrant, three-digit product, two-digit form, strength letter,
 * pack digit. The second letter always agrees with the product's golongan (drug-knowledge.md §3.3).
 */
function simulatedNie(row: SeedRow, index: number, formIndex: number): string {
  const g = GOLONGAN[row.golongan].nieLetter;
  return `${row.generic ? 'G' : 'D'}${g}${row.imported ? 'I' : 'L'}${pad(15 + (index % 10), 2)}${pad(100 + (index % 900), 3)}${pad(index + 1, 3)}${pad(formIndex, 2)}A1`;
}

function buildProducts(rows: readonly SeedRow[]): KfaProduct[] {
  const bza = new Map<string, string>([['Paracetamol', '91000101']]);
  const templates = new Map<string, string>();
  const bzaCode = (name: string) => {
    let code = bza.get(name);
    if (!code) {
      code = `9110${pad(bza.size, 4)}`;
      bza.set(name, code);
    }
    return code;
  };
  const formKeys = Object.keys(FORMS) as Form[];
  return rows.map((row, i) => {
    const form = FORMS[row.form];
    const route = ROUTES[form.route];
    const composition = row.ingredients.map(([n, s]) => `${n} ${s}`).join(' / ');
    const templateName = `${composition} ${form.name}`;
    let template = templates.get(templateName);
    if (!template) {
      template = `9210${pad(templates.size + 1, 4)}`;
      templates.set(templateName, template);
    }
    const displayBrand = row.generic
      ? row.manufacturer.replace(/^PT /, '').replace(/ Tbk$/, '').toUpperCase()
      : row.brand.toUpperCase();
    const golongan = GOLONGAN[row.golongan];
    const tags = [
      ...(row.flavour ? [{ code: 'flavour', name: row.flavour }] : []),
      ...(row.form === 'tablet-lepas-lambat' ? [{ code: 'release', name: 'Lepas lambat' }] : []),
      ...(row.form === 'tablet-salut-enterik' ? [{ code: 'release', name: 'Salut enterik' }] : []),
    ];
    return {
      kfa_code: `9310${pad(i + 1, 4)}`,
      name: `${templateName} (${displayBrand})`,
      active: true,
      state: 'valid',
      nama_dagang: row.generic ? `${row.brand} (generik)` : row.brand,
      manufacturer: row.manufacturer,
      registrar: row.manufacturer,
      nie: simulatedNie(row, i, formKeys.indexOf(row.form) + 10),
      generik: row.generic ?? false,
      produksi_buatan: row.imported ? 'Impor' : 'Lokal',
      farmalkes_type: { code: 'medicine', name: 'Obat', group: 'farmasi' },
      dosage_form: { code: form.code, name: form.name },
      rute_pemberian: { code: route.code, name: route.name },
      controlled_drug: { code: golongan.code, name: golongan.name },
      uom: { name: form.uom },
      product_template: {
        kfa_code: template,
        name: templateName,
        display_name: templateName,
        state: 'valid',
        active: true,
      },
      active_ingredients: row.ingredients.map(([name, strength]) => ({
        kfa_code: bzaCode(name),
        zat_aktif: name,
        kekuatan_zat_aktif: strength,
        active: true,
        state: 'valid' as const,
      })),
      packaging_ids: [{ kfa_code: `9410${pad(i + 1, 4)}`, name: row.pack, qty: 1, uom_id: form.uom }],
      tags,
      updated_at: updated,
    };
  });
}

/**
 * The seeded catalogue of common Indonesian products behind the simulated KFA v2 and the demo clinic.
 * 91000101 (Paracetamol BZA), 92000511 (its syrup POV) and 93002205 (ERPHAMOL syrup POA) are the examples
 * quoted in the SATUSEHAT playbook (drug-knowledge.md §3.1). Every other code (91/92/93/94…) and every NIE is
 * simulator data in KFA's 8-digit and BPOM's 15-character shapes; NIE second letters agree with the golongan.
 */
export const kfaProducts: KfaProduct[] = [
  {
    kfa_code: '93002205',
    name: 'Paracetamol 120 mg/5 mL Sirup (ERPHAMOL)',
    active: true,
    state: 'valid',
    nama_dagang: 'Erphamol',
    manufacturer: 'PT Erela',
    registrar: 'PT Erela',
    nie: 'DBL0000000137A1',
    generik: false,
    produksi_buatan: 'Lokal',
    farmalkes_type: { code: 'medicine', name: 'Obat', group: 'farmasi' },
    dosage_form: { code: 'BS066', name: 'Sirup' },
    rute_pemberian: { code: 'O', name: 'Oral' },
    controlled_drug: { code: '5', name: 'Obat Bebas' },
    uom: { name: 'Botol' },
    product_template: {
      kfa_code: '92000511',
      name: 'Paracetamol 120 mg/5 mL Sirup',
      display_name: 'Paracetamol 120 mg/5 mL Sirup',
      state: 'valid',
      active: true,
    },
    active_ingredients: [
      {
        kfa_code: '91000101',
        zat_aktif: 'Paracetamol',
        kekuatan_zat_aktif: '120 mg/5 mL',
        active: true,
        state: 'valid',
      },
    ],
    packaging_ids: [{ kfa_code: '94002470', name: 'Dus, 1 Botol @ 60 mL', qty: 1, uom_id: 'Botol' }],
    tags: [{ code: 'flavour', name: 'Jeruk' }],
    updated_at: updated,
  },
  ...buildProducts(seedRows),
];
