import type { Hono } from 'hono';
import { type KfaProduct, kfaProducts } from '../../kfa-catalogue/index';
import { gateway } from '../auth/gateway';
import type { SimulatorEnv } from '../http/env';
import { jsonResponse } from '../http/json';
import type { SimulatorState } from '../state';

const MAX_SIZE = 1000;

/** KFA v1/v2 reject bad queries FastAPI-style with HTTP 422 (satusehat.md §4.1; the status is an inference). */
function fastApiError(field: string, msg: string, type: string): Response {
  return jsonResponse({ detail: [{ loc: ['query', field], msg, type }] }, 422);
}

function positiveInt(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

function matchesKeyword(product: KfaProduct, keyword: string): boolean {
  const needle = keyword.toLowerCase();
  const haystack = [
    product.name,
    product.nama_dagang,
    product.kfa_code,
    product.manufacturer,
    product.product_template.name,
    ...product.active_ingredients.map((i) => i.zat_aktif),
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/**
 * KFA v2 over the seeded catalogue: `GET /kfa-v2/products/all` (paged search) and
 * `GET /kfa-v2/products?identifier=kfa|nie&code=` (detail), shapes per satusehat.md §5.1–5.2.
 */
export function mountKfa(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.use('/kfa-v2/*', gateway(state, 'kfa'));

  app.get('/kfa-v2/products/all', (c) => {
    const q = c.req.query();
    const page = positiveInt(q.page);
    const size = positiveInt(q.size);
    if (page === undefined) return fastApiError('page', 'field required', 'value_error.missing');
    if (size === undefined) return fastApiError('size', 'field required', 'value_error.missing');
    if (page < 1)
      return fastApiError(
        'page',
        'ensure this value is greater than or equal to 1',
        'value_error.number.not_ge',
      );
    if (size < 1 || size > MAX_SIZE) {
      return fastApiError(
        'size',
        `ensure this value is less than or equal to ${MAX_SIZE}`,
        'value_error.number.not_le',
      );
    }
    if (q.product_type !== 'farmasi' && q.product_type !== 'alkes') {
      return fastApiError(
        'product_type',
        "value is not a valid enumeration member; permitted: 'farmasi', 'alkes'",
        'type_error.enum',
      );
    }
    const from = q.from_date;
    const to = q.to_date;
    const matches = kfaProducts.filter(
      (p) =>
        p.farmalkes_type.group === q.product_type &&
        (!q.keyword || matchesKeyword(p, q.keyword)) &&
        (!q.farmalkes_type || p.farmalkes_type.code === q.farmalkes_type) &&
        (!q.template_code || p.product_template.kfa_code === q.template_code) &&
        (!q.packaging_code || p.packaging_ids.some((pack) => pack.kfa_code === q.packaging_code)) &&
        (!from || p.updated_at.slice(0, 10) >= from) &&
        (!to || p.updated_at.slice(0, 10) <= to),
    );
    return jsonResponse({
      total: matches.length,
      page,
      size,
      items: { data: matches.slice((page - 1) * size, page * size) },
    });
  });

  app.get('/kfa-v2/products', (c) => {
    const identifier = c.req.query('identifier');
    const code = c.req.query('code');
    if (!identifier) return fastApiError('identifier', 'field required', 'value_error.missing');
    if (!code) return fastApiError('code', 'field required', 'value_error.missing');
    if (!['kfa', 'nie', 'lkpp'].includes(identifier)) {
      return fastApiError(
        'identifier',
        "value is not a valid enumeration member; permitted: 'kfa', 'nie', 'lkpp'",
        'type_error.enum',
      );
    }
    const product = kfaProducts.find((p) =>
      identifier === 'kfa' ? p.kfa_code === code : identifier === 'nie' && p.nie === code,
    );
    if (!product) return jsonResponse({ detail: 'Not Found' }, 404);
    return jsonResponse({ search_code: code, search_identifier: identifier, result: product });
  });
}
