/**
 * A product as the simulated KFA v2 serves it (`GET /kfa-v2/products?identifier=kfa&code=…` → `result`),
 * the subset of fields SehatKit reads. Field names are KFA's own (satusehat.md §5.2).
 * Codes in the seed are simulator data in KFA's shape (8 digits: 91 BZA, 92 POV, 93 POA, 94 POAK);
 * they are not the Ministry's real codes unless a comment says so.
 */
export interface KfaProduct {
  kfa_code: string;
  name: string;
  active: boolean;
  state: 'valid' | 'draft';
  nama_dagang: string;
  manufacturer: string;
  registrar: string;
  nie: string;
  generik: boolean;
  produksi_buatan: 'Lokal' | 'Impor';
  farmalkes_type: { code: 'medicine' | 'vaccine'; name: string; group: 'farmasi' };
  dosage_form: { code: string; name: string };
  rute_pemberian: { code: string; name: string };
  /** Golongan (narkotika, psikotropika, obat keras, obat bebas terbatas, obat bebas). */
  controlled_drug: { code: string; name: string } | null;
  uom: { name: string };
  product_template: { kfa_code: string; name: string; display_name: string; state: 'valid'; active: boolean };
  active_ingredients: {
    kfa_code: string;
    zat_aktif: string;
    kekuatan_zat_aktif: string;
    active: boolean;
    state: 'valid';
  }[];
  packaging_ids: { kfa_code: string; name: string; qty: number; uom_id: string }[];
  /** Free-text release pattern and flavour as KFA's product names carry them. */
  tags: { code: string; name: string }[];
  updated_at: string;
}
