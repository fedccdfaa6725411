import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { code, type Paging, paging, text } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { CARE_SETTING_CODES, CARE_SETTINGS, type CareSetting } from './care-setting';
import { num, str, strOrNull } from './coded';
import { type Page, readCreated, readList } from './response';

/** POST/PUT `tindakan` body (spec §3.3). */
export interface TindakanWire {
  kdTindakanSK: number;
  noKunjungan: string;
  kdTindakan: string;
  biaya: number;
  keterangan: string | null;
  hasil: number;
}

export interface ProcedureReference {
  code: string;
  name: string;
  /** maxTarif: the tariff ceiling in rupiah. */
  maxTariff: number;
  /** withValue: the procedure records a numeric result (`hasil`). */
  withResult: boolean;
}

export interface VisitProcedure {
  /** kdTindakanSK: the line's key. */
  lineCode: string;
  visitNumber: string;
  code: string;
  name: string;
  cost: number;
  note: string | null;
  result: number;
}

const visitNumber = code(30);

export const visitProcedureInputSchema = z.object({
  /** noKunjungan. */
  visitNumber,
  /** kdTindakan from `procedures.reference()`. */
  procedureCode: code(10),
  /** biaya in rupiah. */
  cost: z.number().int('must be whole rupiah').min(0, 'must not be negative'),
  /** keterangan. */
  note: text(500).optional(),
  /** hasil: the numeric result for procedures `withResult`. Default 0. */
  result: z.number().min(0, 'must not be negative').default(0),
});

export type VisitProcedureInput = z.input<typeof visitProcedureInputSchema>;

export function visitProcedureToWire(
  v: z.output<typeof visitProcedureInputSchema>,
  lineCode = 0,
): TindakanWire {
  return {
    kdTindakanSK: lineCode,
    noKunjungan: v.visitNumber,
    kdTindakan: v.procedureCode,
    biaya: v.cost,
    keterangan: v.note ?? null,
    hasil: v.result,
  };
}

/** pCare `tindakan`: procedures, their reference list and the ones done on a visit. */
export class PcareProcedures {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** GET `tindakan/kdTkp/{kdTkp}/{start}/{limit}`. */
  async reference(careSetting: CareSetting = 'outpatient', page?: Paging): Promise<Page<ProcedureReference>> {
    const v = parseInput(
      z.object({ careSetting: z.enum(CARE_SETTINGS), page: paging }),
      { careSetting, page },
      'procedure list',
    );
    const r = route('tindakan/kdTkp/{kdTkp}/{start}/{limit}', {
      kdTkp: CARE_SETTING_CODES[v.careSetting],
      ...v.page,
    });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      (w: Record<string, unknown>) => ({
        code: str(w.kdTindakan),
        name: str(w.nmTindakan),
        maxTariff: num(w.maxTarif),
        withResult: w.withValue === true,
      }),
    );
  }

  /** GET `tindakan/kunjungan/{noKunjungan}`. */
  async byVisit(number: string): Promise<Page<VisitProcedure>> {
    const v = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'visit procedure list');
    const r = route('tindakan/kunjungan/{noKunjungan}', { noKunjungan: v.visitNumber });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      (w: Record<string, unknown>) => ({
        lineCode: str(w.kdTindakanSK),
        visitNumber: str(w.noKunjungan),
        code: str(w.kdTindakan),
        name: str(w.nmTindakan),
        cost: num(w.biaya),
        note: strOrNull(w.keterangan),
        result: num(w.hasil),
      }),
    );
  }

  /** POST `tindakan`. Returns kdTindakanSK. Not retried automatically. */
  async add(input: VisitProcedureInput): Promise<{ lineCode: string }> {
    const v = parseInput(visitProcedureInputSchema, input, 'visit procedure');
    const r = route('tindakan');
    const answer = await this.#transport.send({ method: 'POST', route: r, body: visitProcedureToWire(v) });
    return { lineCode: readCreated(answer, 'kdTindakanSK', `POST ${r.template}`) };
  }

  /** PUT `tindakan` for an existing line. */
  async edit(lineCode: string, input: VisitProcedureInput): Promise<void> {
    const id = parseInput(
      z.object({ lineCode: z.string().regex(/^\d{1,12}$/, 'must be digits') }),
      { lineCode },
      'visit procedure edit',
    );
    const v = parseInput(visitProcedureInputSchema, input, 'visit procedure');
    await this.#transport.send({
      method: 'PUT',
      route: route('tindakan'),
      body: visitProcedureToWire(v, Number(id.lineCode)),
    });
  }

  /** DELETE `tindakan/{kdTindakanSK}/kunjungan/{noKunjungan}`. */
  async delete(input: { lineCode: string; visitNumber: string }): Promise<void> {
    const v = parseInput(z.object({ lineCode: code(20), visitNumber }), input, 'visit procedure deletion');
    const r = route('tindakan/{kdTindakanSK}/kunjungan/{noKunjungan}', {
      kdTindakanSK: v.lineCode,
      noKunjungan: v.visitNumber,
    });
    await this.#transport.send({ method: 'DELETE', route: r });
  }
}
