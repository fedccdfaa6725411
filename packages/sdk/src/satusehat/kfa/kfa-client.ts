import { z } from 'zod';
import { NotFoundError, TransportError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import type { SatuSehatTransport } from '../transport/satusehat-transport';
import type { KfaIdentifier, KfaProduct, KfaSearchPage, KfaSearchQuery } from './kfa-types';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be YYYY-MM-DD');
const kfaCode = z.string().regex(/^\d{8}$/, 'Must be an 8-digit KFA code');

const searchSchema = z.strictObject({
  keyword: z.string().trim().min(1).max(200).optional(),
  page: z.number().int().min(1).default(1),
  size: z.number().int().min(1).max(1000).default(10),
  productType: z.enum(['farmasi', 'alkes']).default('farmasi'),
  farmalkesType: z.string().trim().min(1).optional(),
  templateCode: kfaCode.optional(),
  packagingCode: kfaCode.optional(),
  fromDate: date.optional(),
  toDate: date.optional(),
});

const detailSchema = z.strictObject({
  identifier: z.enum(['kfa', 'nie', 'lkpp']),
  code: z.string().trim().min(1, 'Must not be empty').max(64),
});

const productSchema = z.looseObject({ kfa_code: z.string(), name: z.string() });
const pageSchema = z.object({
  total: z.number(),
  page: z.coerce.number(),
  size: z.coerce.number(),
  items: z.object({ data: z.array(productSchema) }),
});
const detailResponseSchema = z.object({ result: productSchema.nullable().optional() });

/** KFA v2, the national drug and medical device dictionary (satusehat.md §5). */
export class KfaClient {
  readonly #t: SatuSehatTransport;

  constructor(transport: SatuSehatTransport) {
    this.#t = transport;
  }

  /** `GET /kfa-v2/products/all`: one page of products matching the query. */
  async searchProducts(query: KfaSearchQuery = {}): Promise<KfaSearchPage> {
    const q = parseInput(searchSchema, query, 'KFA search');
    const { body } = await this.#t.json(
      {
        api: 'kfa',
        method: 'GET',
        path: 'products/all',
        searchParams: {
          page: q.page,
          size: q.size,
          product_type: q.productType,
          keyword: q.keyword,
          farmalkes_type: q.farmalkesType,
          template_code: q.templateCode,
          packaging_code: q.packagingCode,
          from_date: q.fromDate,
          to_date: q.toDate,
        },
        action: 'KFA product search',
      },
      'kfa',
    );
    const parsed = pageSchema.safeParse(body);
    if (!parsed.success)
      throw new TransportError(
        'kfa',
        'unexpected_body',
        'KFA answered the product search in an unknown shape',
      );
    return {
      total: parsed.data.total,
      page: parsed.data.page,
      size: parsed.data.size,
      products: parsed.data.items.data as KfaProduct[],
    };
  }

  /** `GET /kfa-v2/products?identifier=&code=`: one product's detail, or undefined when KFA has none. */
  async product(identifier: KfaIdentifier, code: string): Promise<KfaProduct | undefined> {
    const q = parseInput(detailSchema, { identifier, code }, 'KFA product lookup');
    try {
      const { body } = await this.#t.json(
        { api: 'kfa', method: 'GET', path: 'products', searchParams: q, action: 'KFA product detail' },
        'kfa',
      );
      const parsed = detailResponseSchema.safeParse(body);
      if (!parsed.success)
        throw new TransportError(
          'kfa',
          'unexpected_body',
          'KFA answered the product detail in an unknown shape',
        );
      return (parsed.data.result ?? undefined) as KfaProduct | undefined;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}
