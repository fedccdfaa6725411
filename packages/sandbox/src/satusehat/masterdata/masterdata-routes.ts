import type { Hono } from 'hono';
import { gateway } from '../auth/gateway';
import type { SimulatorEnv } from '../http/env';
import { jsonResponse } from '../http/json';
import { CITIES, DISTRICTS, PROVINCES, type Region, SUB_DISTRICTS } from '../seed/regions';
import type { SimulatorState } from '../state';

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function badRequest(message: string): Response {
  // Wilayah's error envelope (satusehat.md §4.1, rest-api-wilayah).
  return jsonResponse({ status_code: 400, message, data: null }, 400);
}

function answer(regions: readonly Region[], parents: string[] | undefined, codes: string[]): Response {
  const data = regions.filter(
    (r) =>
      (parents === undefined || parents.includes(r.parent_code)) &&
      (codes.length === 0 || codes.includes(r.code)),
  );
  return jsonResponse({ status: 200, error: false, message: 'success', data });
}

/** Master Wilayah v1: provinces, cities, districts, sub-districts with comma-separated code filters. */
export function mountMasterdata(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.use('/masterdata/*', gateway(state, 'masterdata'));

  app.get('/masterdata/v1/provinces', (c) => answer(PROVINCES, undefined, list(c.req.query('codes'))));

  const level = (path: string, regions: readonly Region[], parentParam: string) =>
    app.get(path, (c) => {
      const parents = list(c.req.query(parentParam));
      if (parents.length === 0) return badRequest(`${parentParam} is required`);
      return answer(regions, parents, list(c.req.query('codes')));
    });
  level('/masterdata/v1/cities', CITIES, 'province_codes');
  level('/masterdata/v1/districts', DISTRICTS, 'city_codes');
  level('/masterdata/v1/sub-districts', SUB_DISTRICTS, 'district_codes');
}
