import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { isoDate, toPcareDate } from '../dates';
import { code, memberNumber } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { num, str, strOrNull } from './coded';
import { type Page, readList } from './response';
import { SPECIAL_REFERRAL_CODES } from './visit-input';

/** A list entry of `spesialis/rujuk/…` (jkn-rust `PcareFaskesRujukanSubSpesialisItem`). */
export interface FaskesRujukanWire {
  kdppk: string;
  nmppk: string;
  alamatPpk?: string | null;
  telpPpk?: string | null;
  kelas?: string | null;
  nmkc?: string | null;
  distance?: number | null;
  jadwal?: string | null;
  jmlRujuk?: number | null;
  kapasitas?: number | null;
  persentase?: number | null;
}

export interface ReferralFacility {
  /** kdppk: the code to put in `referral.providerCode`. */
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  /** kelas: hospital class (A, B, C, D). */
  hospitalClass: string | null;
  branchOffice: string | null;
  /** distance as BPJS reports it. */
  distance: number | null;
  /** jadwal: practice schedule text. */
  schedule: string | null;
  referrals: number | null;
  capacity: number | null;
  /** persentase: referrals as a share of capacity. */
  loadPercent: number | null;
}

export function referralFacilityFromWire(w: FaskesRujukanWire): ReferralFacility {
  const n = (v: unknown) => (v === null || v === undefined ? null : num(v));
  return {
    code: str(w.kdppk),
    name: str(w.nmppk),
    address: strOrNull(w.alamatPpk),
    phone: strOrNull(w.telpPpk),
    hospitalClass: strOrNull(w.kelas),
    branchOffice: strOrNull(w.nmkc),
    distance: n(w.distance),
    schedule: strOrNull(w.jadwal),
    referrals: n(w.jmlRujuk),
    capacity: n(w.kapasitas),
    loadPercent: n(w.persentase),
  };
}

/** Where a referral can go: the hospital lists pCare offers for a sub-specialty or a special referral. */
export class PcareReferralFacilities {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  async #list(template: string, params: Record<string, string>): Promise<Page<ReferralFacility>> {
    const r = route(template, params);
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      referralFacilityFromWire,
    );
  }

  /** GET `spesialis/rujuk/subspesialis/{kdSubSpesialis}/sarana/{kdSarana}/tglEstRujuk/{date}`. */
  forSubSpecialist(input: { subSpecialistCode: string; facilityCode: string; estimatedDate: string }) {
    const v = parseInput(
      z.object({ subSpecialistCode: code(5), facilityCode: code(5), estimatedDate: isoDate }),
      input,
      'referral facility search',
    );
    return this.#list('spesialis/rujuk/subspesialis/{kdSubSpesialis}/sarana/{kdSarana}/tglEstRujuk/{tgl}', {
      kdSubSpesialis: v.subSpecialistCode,
      kdSarana: v.facilityCode,
      tgl: toPcareDate(v.estimatedDate),
    });
  }

  /**
   * GET `spesialis/rujuk/khusus/{kdKhusus}/noKartu/{noKartu}/tglEstRujuk/{date}`, or for THA/HEM the
   * variant with `/subspesialis/{kdSubSpesialis}`.
   */
  forSpecialReferral(input: {
    specialCode: (typeof SPECIAL_REFERRAL_CODES)[number];
    memberNumber: string;
    estimatedDate: string;
    subSpecialistCode?: string;
  }) {
    const v = parseInput(
      z
        .object({
          specialCode: z.enum(SPECIAL_REFERRAL_CODES),
          memberNumber,
          estimatedDate: isoDate,
          subSpecialistCode: code(5).optional(),
        })
        .refine((x) => !['THA', 'HEM'].includes(x.specialCode) || !!x.subSpecialistCode, {
          path: ['subSpecialistCode'],
          message: 'is required for THA and HEM referrals',
        }),
      input,
      'referral facility search',
    );
    const tgl = toPcareDate(v.estimatedDate);
    if (v.specialCode === 'THA' || v.specialCode === 'HEM') {
      return this.#list(
        'spesialis/rujuk/khusus/{kdKhusus}/subspesialis/{kdSubSpesialis}/noKartu/{noKartu}/tglEstRujuk/{tgl}',
        {
          kdKhusus: v.specialCode,
          kdSubSpesialis: v.subSpecialistCode as string,
          noKartu: v.memberNumber,
          tgl,
        },
      );
    }
    return this.#list('spesialis/rujuk/khusus/{kdKhusus}/noKartu/{noKartu}/tglEstRujuk/{tgl}', {
      kdKhusus: v.specialCode,
      noKartu: v.memberNumber,
      tgl,
    });
  }
}
