import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { code, type Paging, paging, text } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { type Coded, coded, num, str, strOrNull } from './coded';
import { type Page, readCreated, readList } from './response';

/** POST `obat/kunjungan` body (aditbaco `ObatRequest`, newus `AddObatPayload`; spec §3.3). */
export interface ObatWire {
  kdObatSK: number;
  noKunjungan: string;
  racikan: boolean;
  kdRacikan: string | null;
  obatDPHO: boolean;
  kdObat: string | null;
  signa1: number;
  signa2: number;
  jmlObat: number;
  jmlPermintaan: number;
  nmObatNonDPHO: string | null;
}

export interface DphoDrug extends Coded {
  /** sedia: stock/availability as BPJS reports it. */
  available: number | null;
}

export interface VisitDrug {
  /** kdObatSK: the line's key, needed to delete it. */
  lineCode: string;
  compoundCode: string | null;
  drug: Coded | null;
  /** signa1 x signa2: times per day and amount per time. */
  timesPerDay: number;
  amountPerTime: number;
  quantity: number;
  days: number | null;
  strength: string | null;
  requestedQuantity: number;
}

const count = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(10_000, 'is too large');

export const visitDrugInputSchema = z
  .object({
    /** noKunjungan. */
    visitNumber: code(30),
    /** obatDPHO: on the national formulary. Default true. */
    dpho: z.boolean().default(true),
    /** kdObat from `drugs.searchDpho()`; required for a DPHO drug. */
    drugCode: code(20).optional(),
    /** nmObatNonDPHO; required for a non-DPHO drug. */
    nonDphoName: text(200).optional(),
    /** racikan: part of a compounded prescription. Default false. */
    compounded: z.boolean().default(false),
    /** kdRacikan: groups the lines of one compound. */
    compoundCode: code(10).optional(),
    /** signa1: times per day. */
    timesPerDay: count.min(1, 'must be at least 1'),
    /** signa2: amount per time. */
    amountPerTime: z.number().positive('must be positive').max(1000, 'is too large'),
    /** jmlObat: quantity dispensed. */
    quantity: count.min(1, 'must be at least 1'),
    /** jmlPermintaan: quantity requested. Default: the quantity. */
    requestedQuantity: count.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.dpho && !v.drugCode)
      ctx.addIssue({ code: 'custom', path: ['drugCode'], message: 'is required for a DPHO drug' });
    if (!v.dpho && !v.nonDphoName) {
      ctx.addIssue({ code: 'custom', path: ['nonDphoName'], message: 'is required for a non-DPHO drug' });
    }
    if (v.compounded && !v.compoundCode) {
      ctx.addIssue({ code: 'custom', path: ['compoundCode'], message: 'is required for a compounded drug' });
    }
  });

export type VisitDrugInput = z.input<typeof visitDrugInputSchema>;

export function visitDrugToWire(v: z.output<typeof visitDrugInputSchema>): ObatWire {
  return {
    kdObatSK: 0,
    noKunjungan: v.visitNumber,
    racikan: v.compounded,
    kdRacikan: v.compounded ? (v.compoundCode ?? null) : null,
    obatDPHO: v.dpho,
    kdObat: v.drugCode ?? null,
    signa1: v.timesPerDay,
    signa2: v.amountPerTime,
    jmlObat: v.quantity,
    jmlPermintaan: v.requestedQuantity ?? v.quantity,
    nmObatNonDPHO: v.dpho ? null : (v.nonDphoName ?? null),
  };
}

export function visitDrugFromWire(w: Record<string, unknown>): VisitDrug {
  const obat = (w.obat ?? {}) as Record<string, unknown>;
  return {
    lineCode: str(w.kdObatSK),
    compoundCode: strOrNull(w.kdRacikan),
    drug: coded(obat.kdObat, obat.nmObat),
    timesPerDay: num(w.signa1),
    amountPerTime: num(w.signa2),
    quantity: num(w.jmlObat),
    days: w.jmlHari === null || w.jmlHari === undefined ? null : num(w.jmlHari),
    strength: strOrNull(w.kekuatan),
    requestedQuantity: num(w.jmlPermintaan),
  };
}

const visitNumber = code(30);

/** pCare `obat`: the formulary (DPHO) and the drugs given on a visit. */
export class PcareDrugs {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** GET `obat/dpho/{kodeAtauNama}/{start}/{limit}`. */
  async searchDpho(query: string, page?: Paging): Promise<Page<DphoDrug>> {
    const v = parseInput(
      z.object({
        query: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
        page: paging,
      }),
      { query, page },
      'DPHO search',
    );
    const r = route('obat/dpho/{q}/{start}/{limit}', { q: v.query, ...v.page });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      (w: Record<string, unknown>) => ({
        code: str(w.kdObat),
        name: str(w.nmObat),
        available: w.sedia === null || w.sedia === undefined ? null : num(w.sedia),
      }),
    );
  }

  /** GET `obat/kunjungan/{noKunjungan}`. */
  async byVisit(number: string): Promise<Page<VisitDrug>> {
    const v = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'visit drug list');
    const r = route('obat/kunjungan/{noKunjungan}', { noKunjungan: v.visitNumber });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      visitDrugFromWire,
    );
  }

  /** POST `obat/kunjungan`. Returns kdObatSK, the line's key. Not retried automatically. */
  async add(input: VisitDrugInput): Promise<{ lineCode: string }> {
    const v = parseInput(visitDrugInputSchema, input, 'visit drug');
    const r = route('obat/kunjungan');
    const answer = await this.#transport.send({ method: 'POST', route: r, body: visitDrugToWire(v) });
    return { lineCode: readCreated(answer, 'kdObatSK', `POST ${r.template}`) };
  }

  /** DELETE `obat/{kdObatSK}/kunjungan/{noKunjungan}`. */
  async delete(input: { lineCode: string; visitNumber: string }): Promise<void> {
    const v = parseInput(z.object({ lineCode: code(20), visitNumber }), input, 'visit drug deletion');
    const r = route('obat/{kdObatSK}/kunjungan/{noKunjungan}', {
      kdObatSK: v.lineCode,
      noKunjungan: v.visitNumber,
    });
    await this.#transport.send({ method: 'DELETE', route: r });
  }
}
