import { z } from 'zod';
import { parseConfig } from '../../errors/zod-issues';
import { type Clock, systemClock } from '../../logging/clock';
import { type KfaProductLike, productFromKfa } from './kfa-mapping';
import type { ProductCatalogue, ProductRecord } from './product';

/**
 * What the KFA catalogue needs from a KFA v2 client. `client.kfa` of `@sehatkit/sdk/satusehat` fits as it is;
 * tests and other hosts can pass anything with the same two methods.
 */
export interface KfaLookup {
  /** `GET /kfa-v2/products?identifier=kfa&code=…`; undefined when KFA has no such product. */
  product(identifier: 'kfa', code: string): Promise<KfaProductLike | undefined>;
  /** `GET /kfa-v2/products/all?keyword=…&template_code=…`. */
  searchProducts(query: { keyword?: string; templateCode?: string; page?: number; size?: number }): Promise<{
    products: KfaProductLike[];
  }>;
}

const optionsSchema = z.object({
  lookup: z.custom<KfaLookup>(
    (v) => typeof v === 'object' && v !== null && 'product' in v && 'searchProducts' in v,
    'must have product() and searchProducts() (e.g. SatuSehatClient.kfa)',
  ),
  /** How long a resolved product stays cached. Default 24 hours. */
  ttlMs: z
    .number()
    .int()
    .positive()
    .default(24 * 60 * 60 * 1000),
  /** How long "KFA has no such code" stays cached. Default 5 minutes. */
  missTtlMs: z
    .number()
    .int()
    .positive()
    .default(5 * 60 * 1000),
  /** Entries kept; the least recently used go first. Default 5000. */
  maxEntries: z.number().int().positive().default(5000),
  clock: z.custom<Clock>((v) => typeof v === 'object' && v !== null && 'now' in v).default(systemClock),
});
export type KfaCatalogueOptions = z.input<typeof optionsSchema>;

interface Entry {
  value: ProductRecord | undefined;
  expires: number;
}

const MAX_REPLACEMENT_HOPS = 3;

/**
 * Products from KFA v2, resolved POA (93) -> POV (92) -> BZA (91) and cached. A 92 template code is resolved
 * through a product that uses it (the detail endpoint answers null for templates). Replacement codes are
 * followed. Concurrent look-ups of one code share one request.
 */
export function createKfaCatalogue(options: KfaCatalogueOptions): ProductCatalogue {
  const o = parseConfig(optionsSchema, options, 'KFA catalogue');
  const cache = new Map<string, Entry>();
  const inflight = new Map<string, Promise<ProductRecord | undefined>>();

  const remember = (code: string, value: ProductRecord | undefined) => {
    cache.delete(code);
    cache.set(code, { value, expires: o.clock.now() + (value ? o.ttlMs : o.missTtlMs) });
    while (cache.size > o.maxEntries) cache.delete(cache.keys().next().value as string);
  };

  async function fetchProduct(code: string): Promise<ProductRecord | undefined> {
    if (code.startsWith('92')) {
      const page = await o.lookup.searchProducts({ templateCode: code, size: 1 });
      const first = page.products[0];
      if (!first) return undefined;
      const record = productFromKfa(first);
      return { ...record, code, name: first.product_template?.name ?? record.name, templateCode: code };
    }
    let current = await o.lookup.product('kfa', code);
    for (let hop = 0; current && current.active === false && hop < MAX_REPLACEMENT_HOPS; hop++) {
      const next = current.replacement?.product?.kfa_code;
      if (!next) break;
      current = await o.lookup.product('kfa', next);
    }
    return current ? productFromKfa(current) : undefined;
  }

  return {
    name: 'kfa',
    async get(code) {
      const hit = cache.get(code);
      if (hit && hit.expires > o.clock.now()) {
        cache.delete(code);
        cache.set(code, hit);
        return hit.value;
      }
      const running = inflight.get(code);
      if (running) return running;
      const promise = fetchProduct(code)
        .then((value) => {
          remember(code, value);
          return value;
        })
        .finally(() => inflight.delete(code));
      inflight.set(code, promise);
      return promise;
    },
    async search(query, limit) {
      const page = await o.lookup.searchProducts({ keyword: query, size: limit });
      const records = page.products.map((p) => productFromKfa(p));
      for (const r of records) if (r.ingredients.length > 0 && !cache.has(r.code)) remember(r.code, r);
      return records;
    },
  };
}
