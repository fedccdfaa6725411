import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { code, type Paging, paging } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { type Coded, str } from './coded';
import { type Page, readList } from './response';
import type { Diagnosis } from './visits';

type Wire = Record<string, unknown>;

const pair =
  (codeKey: string, nameKey: string) =>
  (w: Wire): Coded => ({ code: str(w[codeKey]), name: str(w[nameKey]) });

export interface Poli extends Coded {
  /** poliSakit: the poli serves sick visits (false for promotive ones such as KIA counselling). */
  sick: boolean;
}

export interface SubSpecialist extends Coded {
  /** kdPoliRujuk: the hospital poli a referral lands in. */
  referralPoliCode: string | null;
}

/** alergi/jenis codes (spec §3): 01 makanan, 02 udara, 03 obat. */
export const ALLERGY_KIND_CODES = { food: '01', air: '02', drug: '03' } as const;
export type AllergyKind = keyof typeof ALLERGY_KIND_CODES;

/** The pCare reference lists a visit form needs. Lists are small and change rarely: cache them per day. */
export class PcareReferences {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  async #list<T>(template: string, params: Record<string, string | number | boolean>, map: (w: Wire) => T) {
    const r = route(template, params);
    return readList(await this.#transport.send({ method: 'GET', route: r }), `GET ${r.template}`, map);
  }

  #page(page: Paging | undefined): { start: number; limit: number } {
    return parseInput(z.object({ page: paging }), { page }, 'paging').page;
  }

  /** GET `poli/fktp/{start}/{limit}`. */
  poli(page?: Paging): Promise<Page<Poli>> {
    return this.#list('poli/fktp/{start}/{limit}', this.#page(page), (w) => ({
      code: str(w.kdPoli),
      name: str(w.nmPoli),
      sick: w.poliSakit === true,
    }));
  }

  /** GET `dokter/{start}/{limit}`. */
  doctors(page?: Paging): Promise<Page<Coded>> {
    return this.#list('dokter/{start}/{limit}', this.#page(page), pair('kdDokter', 'nmDokter'));
  }

  /** GET `kesadaran`. */
  consciousness(): Promise<Page<Coded>> {
    return this.#list('kesadaran', {}, pair('kdSadar', 'nmSadar'));
  }

  /** GET `statuspulang/rawatInap/{true|false}`. */
  dischargeStatuses(inpatient = false): Promise<Page<Coded>> {
    return this.#list(
      'statuspulang/rawatInap/{rawatInap}',
      { rawatInap: inpatient },
      pair('kdStatusPulang', 'nmStatusPulang'),
    );
  }

  /** GET `provider/{start}/{limit}`: providers in the clinic's rayon. */
  providers(page?: Paging): Promise<Page<Coded>> {
    return this.#list('provider/{start}/{limit}', this.#page(page), pair('kdProvider', 'nmProvider'));
  }

  /** GET `spesialis`. */
  specialists(): Promise<Page<Coded>> {
    return this.#list('spesialis', {}, pair('kdSpesialis', 'nmSpesialis'));
  }

  /** GET `spesialis/{kdSpesialis}/subspesialis`. */
  subSpecialists(specialistCode: string): Promise<Page<SubSpecialist>> {
    const v = parseInput(z.object({ specialistCode: code(5) }), { specialistCode }, 'sub-specialist list');
    return this.#list('spesialis/{kdSpesialis}/subspesialis', { kdSpesialis: v.specialistCode }, (w) => ({
      code: str(w.kdSubSpesialis),
      name: str(w.nmSubSpesialis),
      referralPoliCode: w.kdPoliRujuk ? str(w.kdPoliRujuk) : null,
    }));
  }

  /** GET `spesialis/sarana`: facilities a referral may require. */
  facilities(): Promise<Page<Coded>> {
    return this.#list('spesialis/sarana', {}, pair('kdSarana', 'nmSarana'));
  }

  /** GET `spesialis/khusus`: special referral kinds (IGD, HDL, THA…). */
  specialReferralKinds(): Promise<Page<Coded>> {
    return this.#list('spesialis/khusus', {}, pair('kdKhusus', 'nmKhusus'));
  }

  /** GET `diagnosa/{kodeAtauNama}/{start}/{limit}`: ICD-10 search by code or name. */
  diagnoses(query: string, page?: Paging): Promise<Page<Diagnosis>> {
    const v = parseInput(
      z.object({
        query: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
        page: paging,
      }),
      { query, page },
      'diagnosis search',
    );
    return this.#list('diagnosa/{q}/{start}/{limit}', { q: v.query, ...v.page }, (w) => ({
      code: str(w.kdDiag),
      name: str(w.nmDiag),
      nonSpecialist: typeof w.nonSpesialis === 'boolean' ? w.nonSpesialis : null,
    }));
  }

  /** GET `prognosa`. */
  prognoses(): Promise<Page<Coded>> {
    return this.#list('prognosa', {}, pair('kdPrognosa', 'nmPrognosa'));
  }

  /** GET `alergi/jenis/{01|02|03}`. */
  allergies(kind: AllergyKind): Promise<Page<Coded>> {
    const v = parseInput(z.object({ kind: z.enum(['food', 'air', 'drug']) }), { kind }, 'allergy list');
    return this.#list(
      'alergi/jenis/{jenis}',
      { jenis: ALLERGY_KIND_CODES[v.kind] },
      pair('kdAlergi', 'nmAlergi'),
    );
  }
}
