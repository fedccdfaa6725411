import { Hono } from 'hono';
import { z } from 'zod';
import { DemoError } from '../problem';
import type { DemoState } from '../state';

const parentPattern = { cities: /^\d{2}$/, districts: /^\d{4}$/, villages: /^\d{6}$/ } as const;
const levelSchema = z.enum(['provinces', 'cities', 'districts', 'villages']);

/**
 * The address selects of the registration form, filled from SATUSEHAT's Master Wilayah through the SDK
 * (Kemendagri codes, the ones SATUSEHAT's Patient address extension takes).
 */
export function regionRoutes(state: DemoState): Hono {
  const app = new Hono();
  app.get('/regions/:level', async (c) => {
    const level = levelSchema.safeParse(c.req.param('level'));
    if (!level.success)
      throw new DemoError(404, 'NOT_FOUND', {
        id: 'Tingkat wilayah tidak dikenal.',
        en: 'Unknown region level.',
      });
    const parent = c.req.query('parent') ?? '';
    const md = state.clients.satusehat.masterdata;
    if (level.data === 'provinces') return c.json({ regions: await md.provinces() });
    if (!parentPattern[level.data].test(parent)) {
      throw new DemoError(400, 'VALIDATION_FAILED', {
        id: 'Kode wilayah induk tidak valid.',
        en: 'Invalid parent region code.',
      });
    }
    const regions =
      level.data === 'cities'
        ? await md.cities({ provinceCodes: [parent] })
        : level.data === 'districts'
          ? await md.districts({ cityCodes: [parent] })
          : await md.villages({ districtCodes: [parent] });
    return c.json({ regions });
  });
  return app;
}
