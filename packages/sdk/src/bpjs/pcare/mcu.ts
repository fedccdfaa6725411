import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { fromPcareDate, isoDate, toPcareDate } from '../dates';
import { code, text } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { num, str, strOrNull } from './coded';
import { type Page, readCreated, readList } from './response';

/**
 * Medical check-up results: SehatKit names on the left, pCare's `MCU` field names on the right
 * (aditbaco `McuRequest`, spec §3.3). Numbers are numeric results; the rest are free-text findings.
 */
const NUMERIC_FIELDS = {
  systolic: 'tekananDarahSistole',
  diastolic: 'tekananDarahDiastole',
  hemoglobin: 'darahRutinHemo',
  leukocytes: 'darahRutinLeu',
  erythrocytes: 'darahRutinErit',
  sedimentationRate: 'darahRutinLaju',
  hematocrit: 'darahRutinHema',
  platelets: 'darahRutinTrom',
  hdl: 'lemakDarahHDL',
  ldl: 'lemakDarahLDL',
  totalCholesterol: 'lemakDarahChol',
  triglycerides: 'lemakDarahTrigli',
  randomGlucose: 'gulaDarahSewaktu',
  fastingGlucose: 'gulaDarahPuasa',
  postprandialGlucose: 'gulaDarahPostPrandial',
  hba1c: 'gulaDarahHbA1c',
  sgot: 'fungsiHatiSGOT',
  sgpt: 'fungsiHatiSGPT',
  gammaGt: 'fungsiHatiGamma',
  qualitativeProtein: 'fungsiHatiProtKual',
  albumin: 'fungsiHatiAlbumin',
  creatinine: 'fungsiGinjalCrea',
  urea: 'fungsiGinjalUreum',
  uricAcid: 'fungsiGinjalAsam',
  ankleBrachialIndex: 'fungsiJantungABI',
} as const;

const TEXT_FIELDS = {
  radiology: 'radiologiFoto',
  ecg: 'fungsiJantungEKG',
  echocardiography: 'fungsiJantungEcho',
  fundoscopy: 'funduskopi',
  otherExaminations: 'pemeriksaanLain',
  note: 'keterangan',
} as const;

type NumericResult = keyof typeof NUMERIC_FIELDS;
type TextResult = keyof typeof TEXT_FIELDS;

const resultsShape = Object.fromEntries([
  ...Object.keys(NUMERIC_FIELDS).map((k) => [k, z.number().min(0, 'must not be negative').optional()]),
  ...Object.keys(TEXT_FIELDS).map((k) => [k, text(1000).optional()]),
]) as { [K in NumericResult]: z.ZodOptional<z.ZodNumber> } & {
  [K in TextResult]: z.ZodOptional<z.ZodString>;
};

export const mcuInputSchema = z.object({
  /** noKunjungan. */
  visitNumber: code(30),
  /** kdProvider: the examining FKTP. */
  providerCode: code(12),
  /** tglPelayanan, ISO. */
  date: isoDate,
  results: z.object(resultsShape).default({}),
});

export type McuInput = z.input<typeof mcuInputSchema>;
export type McuResults = Partial<Record<NumericResult, number> & Record<TextResult, string>>;

export interface McuRecord {
  /** kdMCU: the record's key. */
  mcuCode: string;
  visitNumber: string;
  providerCode: string;
  date: string;
  results: McuResults;
}

export type McuWire = {
  kdMCU: number;
  noKunjungan: string;
  kdProvider: string;
  tglPelayanan: string;
} & Record<(typeof NUMERIC_FIELDS)[NumericResult], number> &
  Record<(typeof TEXT_FIELDS)[TextResult], string | null>;

export function mcuToWire(v: z.output<typeof mcuInputSchema>, mcuCode = 0): McuWire {
  const wire: Record<string, unknown> = {
    kdMCU: mcuCode,
    noKunjungan: v.visitNumber,
    kdProvider: v.providerCode,
    tglPelayanan: toPcareDate(v.date),
  };
  const results = v.results as McuResults;
  for (const [ours, theirs] of Object.entries(NUMERIC_FIELDS))
    wire[theirs] = results[ours as NumericResult] ?? 0;
  for (const [ours, theirs] of Object.entries(TEXT_FIELDS))
    wire[theirs] = results[ours as TextResult] ?? null;
  return wire as McuWire;
}

export function mcuFromWire(w: Record<string, unknown>): McuRecord {
  const results: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(NUMERIC_FIELDS))
    if (w[theirs] != null) results[ours] = num(w[theirs]);
  for (const [ours, theirs] of Object.entries(TEXT_FIELDS)) {
    const value = strOrNull(w[theirs]);
    if (value !== null) results[ours] = value;
  }
  return {
    mcuCode: str(w.kdMCU),
    visitNumber: str(w.noKunjungan),
    providerCode: str(w.kdProvider),
    date: str(fromPcareDate(strOrNull(w.tglPelayanan))),
    results: results as McuResults,
  };
}

const visitNumber = code(30);

/** pCare `MCU` (upper case, as aditbaco, newus and the C# clients write it; spec §3 [UNCERTAIN] on case). */
export class PcareMcu {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** GET `MCU/kunjungan/{noKunjungan}`. */
  async byVisit(number: string): Promise<Page<McuRecord>> {
    const v = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'MCU list');
    const r = route('MCU/kunjungan/{noKunjungan}', { noKunjungan: v.visitNumber });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      mcuFromWire,
    );
  }

  /** POST `MCU`. Returns kdMCU. Not retried automatically. */
  async add(input: McuInput): Promise<{ mcuCode: string }> {
    const v = parseInput(mcuInputSchema, input, 'MCU');
    const r = route('MCU');
    const answer = await this.#transport.send({ method: 'POST', route: r, body: mcuToWire(v) });
    return { mcuCode: readCreated(answer, 'kdMCU', `POST ${r.template}`) };
  }

  /** PUT `MCU` for an existing record. */
  async edit(mcuCode: string, input: McuInput): Promise<void> {
    const id = parseInput(
      z.object({ mcuCode: z.string().regex(/^\d{1,12}$/, 'must be digits') }),
      { mcuCode },
      'MCU edit',
    );
    const v = parseInput(mcuInputSchema, input, 'MCU');
    await this.#transport.send({
      method: 'PUT',
      route: route('MCU'),
      body: mcuToWire(v, Number(id.mcuCode)),
    });
  }

  /** DELETE `MCU/{kdMCU}/kunjungan/{noKunjungan}`. */
  async delete(input: { mcuCode: string; visitNumber: string }): Promise<void> {
    const v = parseInput(z.object({ mcuCode: code(20), visitNumber }), input, 'MCU deletion');
    await this.#transport.send({
      method: 'DELETE',
      route: route('MCU/{kdMCU}/kunjungan/{noKunjungan}', { kdMCU: v.mcuCode, noKunjungan: v.visitNumber }),
    });
  }
}
