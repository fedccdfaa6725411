import { z } from 'zod';
import { parseConfig } from '../../errors/zod-issues';
import { golonganSchema } from '../engine/input';
import { routeSchema } from '../schema/primitives';
import { golonganFromNie } from './golongan';
import { type KfaProductLike, productFromKfa } from './kfa-mapping';
import type { ProductCatalogue, ProductRecord } from './product';
import { normalizeRoute } from './route';

const hostProductSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  kfaCode: z
    .string()
    .regex(/^9[23]\d{6}$/, 'must be a KFA POA (93…) or POV (92…) code')
    .optional(),
  brand: z.string().trim().min(1).optional(),
  generic: z.boolean().default(false),
  ingredients: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        kfaCode: z
          .string()
          .regex(/^91\d{6}$/, 'must be a KFA BZA (91…) code')
          .optional(),
        strength: z.string().trim().min(1).optional(),
      }),
    )
    .min(1, 'list at least one active ingredient'),
  dosageForm: z.string().trim().min(1).optional(),
  route: z.union([routeSchema, z.string().trim().min(1)]).optional(),
  releasePattern: z.string().trim().min(1).optional(),
  flavour: z.string().trim().min(1).optional(),
  manufacturer: z.string().trim().min(1).optional(),
  nie: z.string().trim().min(1).optional(),
  packaging: z
    .array(z.object({ name: z.string().min(1), qty: z.number().positive().optional() }))
    .default([]),
  golongan: golonganSchema.optional(),
});
export type HostProduct = z.input<typeof hostProductSchema>;

function fromHost(p: z.output<typeof hostProductSchema>, source: string): ProductRecord {
  const fromNie = p.golongan ? undefined : golonganFromNie(p.nie);
  const normalized = p.route
    ? (routeSchema.safeParse(p.route).data ?? normalizeRoute(p.route))
    : normalizeRoute(p.dosageForm);
  return {
    code: p.code,
    source,
    ...(p.kfaCode ? { kfaCode: p.kfaCode } : {}),
    name: p.name,
    ...(p.brand ? { brand: p.brand } : {}),
    generic: p.generic,
    ingredients: p.ingredients,
    ...(p.dosageForm ? { dosageForm: { name: p.dosageForm } } : {}),
    ...(p.route || normalized
      ? { route: { name: p.route ?? normalized ?? '', ...(normalized ? { normalized } : {}) } }
      : {}),
    ...(p.releasePattern ? { releasePattern: p.releasePattern } : {}),
    ...(p.flavour ? { flavour: p.flavour } : {}),
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
    ...(p.nie ? { nie: p.nie } : {}),
    packaging: p.packaging,
    golongan: p.golongan ?? fromNie ?? null,
    golonganSource: p.golongan ? 'host' : fromNie ? 'nie' : null,
  };
}

function localCatalogue(name: string, records: ProductRecord[]): ProductCatalogue {
  const byCode = new Map<string, ProductRecord>();
  for (const r of records) {
    byCode.set(r.code, r);
    if (r.kfaCode && !byCode.has(r.kfaCode)) byCode.set(r.kfaCode, r);
  }
  return {
    name,
    get: async (code) => byCode.get(code),
    list: () => records,
  };
}

/**
 * The host's own product list (its inventory), validated once at construction: a bad entry fails with a
 * ConfigurationError naming the field (`products[3].ingredients`).
 */
export function createHostCatalogue(
  products: readonly HostProduct[],
  options: { name?: string } = {},
): ProductCatalogue {
  const name = options.name ?? 'host';
  const parsed = parseConfig(z.array(hostProductSchema), products, 'host catalogue');
  return localCatalogue(
    name,
    parsed.map((p) => fromHost(p, name)),
  );
}

/**
 * Products already in KFA v2 shape held locally: the sandbox's seeded catalogue, or a host's KFA export.
 */
export function createKfaRecordCatalogue(
  products: readonly KfaProductLike[],
  options: { name?: string } = {},
): ProductCatalogue {
  const name = options.name ?? 'kfa-records';
  const schema = z.array(
    z.looseObject({
      kfa_code: z.string().regex(/^9[23]\d{6}$/, 'must be a KFA POA or POV code'),
      name: z.string().min(1),
    }),
  );
  parseConfig(schema, products, `${name} catalogue`);
  return localCatalogue(
    name,
    products.map((p) => productFromKfa(p, name)),
  );
}

/** Asks each catalogue in turn; the first that knows the code answers. Lists are concatenated. */
export function combineCatalogues(catalogues: readonly ProductCatalogue[]): ProductCatalogue {
  return {
    name: catalogues.map((c) => c.name).join('+'),
    async get(code) {
      for (const c of catalogues) {
        const hit = await c.get(code);
        if (hit) return hit;
      }
      return undefined;
    },
    async search(query, limit) {
      const out: ProductRecord[] = [];
      for (const c of catalogues) {
        if (!c.search || out.length >= limit) continue;
        out.push(...(await c.search(query, limit - out.length)));
      }
      return out;
    },
    list: () => catalogues.flatMap((c) => c.list?.() ?? []),
  };
}
