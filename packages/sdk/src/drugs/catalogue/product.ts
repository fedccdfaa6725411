import type { Golongan } from '../engine/input';
import type { Route } from '../schema/primitives';

/** One active ingredient of a product as the catalogue states it. */
export interface ProductIngredient {
  name: string;
  /** KFA BZA (91…) code when the source has one. */
  kfaCode?: string;
  /** As written: "500 mg", "120 mg/5 mL". */
  strength?: string;
}

/**
 * A product record with the seed's fields (RxPERT "Informasi Dasar" and "Informasi Regulasi"), whatever the
 * source: KFA, the host's inventory, or the sandbox's seeded catalogue.
 */
export interface ProductRecord {
  /** The code the source knows the product by: a KFA POA (93…) or the host's SKU. */
  code: string;
  /** Which catalogue answered. */
  source: string;
  kfaCode?: string;
  /** KFA POV (92…) template code. */
  templateCode?: string;
  name: string;
  brand?: string;
  generic: boolean;
  ingredients: ProductIngredient[];
  dosageForm?: { code?: string; name: string };
  route?: { code?: string; name: string; normalized?: Route };
  /** "Lepas lambat", "Salut enterik", … when the product has one. */
  releasePattern?: string;
  flavour?: string;
  manufacturer?: string;
  /** Nomor izin edar (BPOM registration number). */
  nie?: string;
  packaging: { code?: string; name: string; qty?: number }[];
  golongan: Golongan | null;
  /** Where the golongan came from: KFA `controlled_drug`, the NIE's second letter, or the host. */
  golonganSource: 'kfa' | 'nie' | 'host' | null;
}

/** A source of products. Local catalogues also `list()` their products so search can index them once. */
export interface ProductCatalogue {
  readonly name: string;
  get(code: string): Promise<ProductRecord | undefined>;
  /** Remote search (KFA); local catalogues are searched through the index instead. */
  search?(query: string, limit: number): Promise<ProductRecord[]>;
  list?(): readonly ProductRecord[];
}
