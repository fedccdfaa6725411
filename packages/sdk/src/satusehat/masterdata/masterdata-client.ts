import { z } from 'zod';
import { TransportError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import type { SatuSehatTransport } from '../transport/satusehat-transport';

/** A Master Wilayah region with its Kemendagri code (satusehat.md §1.2, rest-api-wilayah). */
export interface Region {
  code: string;
  /** The code of the level above; empty for provinces. */
  parentCode: string;
  /** The BPS (statistics bureau) code, which differs from Kemendagri's; may be empty. */
  bpsCode: string;
  name: string;
}

const codes = (digits: number) =>
  z.array(z.string().regex(new RegExp(`^\\d{${digits}}$`), `Must be a ${digits}-digit code`)).max(200);

const responseSchema = z.object({
  data: z.array(
    z.object({
      code: z.string(),
      parent_code: z.string().nullable().optional(),
      bps_code: z.string().nullable().optional(),
      name: z.string(),
    }),
  ),
});

/** Master Wilayah v1: provinces (2 digits) → cities (4) → districts (6) → villages (10). */
export class MasterdataClient {
  readonly #t: SatuSehatTransport;

  constructor(transport: SatuSehatTransport) {
    this.#t = transport;
  }

  async #regions(
    path: string,
    searchParams: Record<string, string | undefined>,
    action: string,
  ): Promise<Region[]> {
    const { body } = await this.#t.json({ api: 'masterdata', method: 'GET', path, searchParams, action });
    const parsed = responseSchema.safeParse(body);
    if (!parsed.success)
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        `SATUSEHAT answered ${action} in an unknown shape`,
      );
    return parsed.data.data.map((r) => ({
      code: r.code,
      parentCode: r.parent_code ?? '',
      bpsCode: r.bps_code ?? '',
      name: r.name,
    }));
  }

  /** Provinces, all or those with the given codes. */
  async provinces(filter: { codes?: string[] } = {}): Promise<Region[]> {
    const f = parseInput(z.strictObject({ codes: codes(2).optional() }), filter, 'province filter');
    return this.#regions('provinces', { codes: f.codes?.join(',') }, 'province list');
  }

  /** Cities and regencies (kabupaten/kota) of the given provinces. */
  async cities(filter: { provinceCodes: string[]; codes?: string[] }): Promise<Region[]> {
    const f = parseInput(
      z.strictObject({
        provinceCodes: codes(2).min(1, 'At least one province code'),
        codes: codes(4).optional(),
      }),
      filter,
      'city filter',
    );
    return this.#regions(
      'cities',
      { province_codes: f.provinceCodes.join(','), codes: f.codes?.join(',') },
      'city list',
    );
  }

  /** Districts (kecamatan) of the given cities. */
  async districts(filter: { cityCodes: string[]; codes?: string[] }): Promise<Region[]> {
    const f = parseInput(
      z.strictObject({ cityCodes: codes(4).min(1, 'At least one city code'), codes: codes(6).optional() }),
      filter,
      'district filter',
    );
    return this.#regions(
      'districts',
      { city_codes: f.cityCodes.join(','), codes: f.codes?.join(',') },
      'district list',
    );
  }

  /** Villages (kelurahan/desa) of the given districts. */
  async villages(filter: { districtCodes: string[]; codes?: string[] }): Promise<Region[]> {
    const f = parseInput(
      z.strictObject({
        districtCodes: codes(6).min(1, 'At least one district code'),
        codes: codes(10).optional(),
      }),
      filter,
      'village filter',
    );
    return this.#regions(
      'sub-districts',
      { district_codes: f.districtCodes.join(','), codes: f.codes?.join(',') },
      'village list',
    );
  }
}
