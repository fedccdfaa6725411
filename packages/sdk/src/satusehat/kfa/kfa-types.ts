/**
 * KFA v2 products as the API returns them (satusehat.md §5.1–5.2; field names are KFA's own). Only a few
 * fields are guaranteed; the rest depend on the product type and are optional. Alkes items may carry quirky
 * values such as `"kfa_code": "/"` or `dosage_form: {code: false}`.
 */
export interface KfaCodeName {
  code?: string | boolean | null;
  name?: string | boolean | null;
}

export interface KfaProduct {
  kfa_code: string;
  name: string;
  active?: boolean;
  state?: string;
  nama_dagang?: string;
  manufacturer?: string;
  registrar?: string;
  nie?: string;
  generik?: boolean;
  produksi_buatan?: string;
  farmalkes_type?: { code?: string; name?: string; group?: string };
  dosage_form?: KfaCodeName;
  rute_pemberian?: KfaCodeName;
  controlled_drug?: KfaCodeName | null;
  uom?: { name?: string };
  product_template?: {
    kfa_code?: string;
    name?: string;
    display_name?: string;
    state?: string;
    active?: boolean;
  };
  active_ingredients?: {
    kfa_code?: string;
    zat_aktif?: string;
    kekuatan_zat_aktif?: string;
    active?: boolean;
    state?: string;
  }[];
  packaging_ids?: { kfa_code?: string; name?: string; qty?: number; uom_id?: string; pack_price?: number }[];
  tags?: { code?: string; name?: string }[];
  updated_at?: string;
  [field: string]: unknown;
}

export interface KfaSearchQuery {
  /** Free text such as `paracetamol` or a brand. */
  keyword?: string;
  /** Default 1. */
  page?: number;
  /** Default 10, at most 1000. */
  size?: number;
  /** `farmasi` (default) or `alkes`. */
  productType?: 'farmasi' | 'alkes';
  /** e.g. `medicine`, `vaccine`, `device`. */
  farmalkesType?: string;
  /** A template (POV, 92…) code. */
  templateCode?: string;
  /** A packaging (POAK, 94…) code. */
  packagingCode?: string;
  /** Updated on or after, `YYYY-MM-DD`. */
  fromDate?: string;
  /** Updated on or before, `YYYY-MM-DD`. */
  toDate?: string;
}

export interface KfaSearchPage {
  total: number;
  page: number;
  size: number;
  products: KfaProduct[];
}

export type KfaIdentifier = 'kfa' | 'nie' | 'lkpp';
