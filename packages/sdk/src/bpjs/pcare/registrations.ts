import { z } from 'zod';
import { NotFoundError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import { fromPcareDate, isoDate, toPcareDate } from '../dates';
import { code, memberNumber, type Paging, paging, text } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { CARE_SETTING_CODES, CARE_SETTINGS, type CareSetting, careSettingFromCode } from './care-setting';
import { type Coded, coded, str, strOrNull } from './coded';
import { type Page, readCreated, readList, readObject } from './response';
import { type Vitals, type VitalsWire, vitalsFromWire, vitalsSchema, vitalsToWire } from './vitals';

/** POST `pendaftaran` body (spec §3.1). */
export interface PendaftaranWire extends VitalsWire {
  kdProviderPeserta: string;
  tglDaftar: string;
  noKartu: string;
  kdPoli: string;
  keluhan: string | null;
  kunjSakit: boolean;
  rujukBalik: number;
  kdTkp: string;
}

/** A registration as pCare lists it (`pendaftaran/noUrut/…`, `pendaftaran/tglDaftar/…`). */
export interface PendaftaranReadWire extends Partial<VitalsWire> {
  noUrut: string;
  tgldaftar: string;
  providerPelayanan?: { kdProvider: string | null; nmProvider: string | null } | null;
  peserta?: { noKartu: string; nama: string; sex?: string; tglLahir?: string; aktif?: boolean } | null;
  poli?: { kdPoli: string; nmPoli: string; poliSakit?: boolean } | null;
  keluhan?: string | null;
  kunjSakit?: boolean;
  status?: string | null;
  tkp?: { kdTkp: string; nmTkp: string } | null;
}

export const registrationInputSchema = z.object({
  /** noKartu. */
  memberNumber,
  /** kdProviderPeserta: the member's registered FKTP (`member.primaryCareProvider.code`). */
  providerCode: code(12),
  /** tglDaftar, ISO. */
  date: isoDate,
  /** kdPoli from `references.poli()`. */
  poliCode: code(5),
  /** keluhan. */
  complaint: text(500).default(''),
  /** kunjSakit: a sick visit (true) or a healthy/promotive one (false). Default true. */
  sickVisit: z.boolean().default(true),
  /** kdTkp. Default outpatient (RJTP). */
  careSetting: z.enum(CARE_SETTINGS).default('outpatient'),
  vitals: vitalsSchema,
  /** rujukBalik: the member comes back from a referral. Default false. */
  referredBack: z.boolean().default(false),
});

export type RegistrationInput = z.input<typeof registrationInputSchema>;

export interface Registration {
  /** noUrut, e.g. `A1`. */
  queueNumber: string;
  date: string;
  provider: Coded | null;
  member: {
    memberNumber: string;
    name: string;
    sex: string | null;
    birthDate: string | null;
    active: boolean | null;
  };
  poli: (Coded & { sick: boolean | null }) | null;
  complaint: string;
  sickVisit: boolean | null;
  status: string | null;
  careSetting: CareSetting | null;
  vitals: Vitals;
}

export function registrationToWire(input: z.output<typeof registrationInputSchema>): PendaftaranWire {
  return {
    kdProviderPeserta: input.providerCode,
    tglDaftar: toPcareDate(input.date),
    noKartu: input.memberNumber,
    kdPoli: input.poliCode,
    keluhan: input.complaint,
    kunjSakit: input.sickVisit,
    ...vitalsToWire(input.vitals),
    rujukBalik: input.referredBack ? 1 : 0,
    kdTkp: CARE_SETTING_CODES[input.careSetting],
  };
}

export function registrationFromWire(w: PendaftaranReadWire): Registration {
  return {
    queueNumber: str(w.noUrut),
    date: str(fromPcareDate(w.tgldaftar)),
    provider: coded(w.providerPelayanan?.kdProvider, w.providerPelayanan?.nmProvider),
    member: {
      memberNumber: str(w.peserta?.noKartu),
      name: str(w.peserta?.nama),
      sex: strOrNull(w.peserta?.sex),
      birthDate: strOrNull(fromPcareDate(w.peserta?.tglLahir)),
      active: typeof w.peserta?.aktif === 'boolean' ? w.peserta.aktif : null,
    },
    poli: w.poli
      ? { code: str(w.poli.kdPoli), name: str(w.poli.nmPoli), sick: w.poli.poliSakit ?? null }
      : null,
    complaint: str(w.keluhan),
    sickVisit: typeof w.kunjSakit === 'boolean' ? w.kunjSakit : null,
    status: strOrNull(w.status),
    careSetting: careSettingFromCode(w.tkp?.kdTkp),
    vitals: vitalsFromWire(w),
  };
}

const queueNumber = code(10);

/** pCare `pendaftaran`: today's registrations at the clinic. */
export class PcareRegistrations {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** POST `pendaftaran`. Never retried automatically: a repeat would register the member twice. */
  async add(input: RegistrationInput): Promise<{ queueNumber: string }> {
    const value = parseInput(registrationInputSchema, input, 'registration');
    const r = route('pendaftaran');
    const answer = await this.#transport.send({ method: 'POST', route: r, body: registrationToWire(value) });
    return { queueNumber: readCreated(answer, 'noUrut', `POST ${r.template}`) };
  }

  /** GET `pendaftaran/noUrut/{noUrut}/tglDaftar/{tglDaftar}`. */
  async byQueueNumber(queue: string, date: string): Promise<Registration> {
    const value = parseInput(
      z.object({ queueNumber, date: isoDate }),
      { queueNumber: queue, date },
      'registration lookup',
    );
    const r = route('pendaftaran/noUrut/{noUrut}/tglDaftar/{tglDaftar}', {
      noUrut: value.queueNumber,
      tglDaftar: toPcareDate(value.date),
    });
    const wire = readObject<PendaftaranReadWire>(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
    );
    if (!wire)
      throw new NotFoundError('pCare has no registration with that queue number on that date', {
        source: 'bpjs',
      });
    return registrationFromWire(wire);
  }

  /** GET `pendaftaran/tglDaftar/{tglDaftar}/{start}/{limit}`. */
  async byDate(date: string, page?: Paging): Promise<Page<Registration>> {
    const value = parseInput(z.object({ date: isoDate, page: paging }), { date, page }, 'registration list');
    const r = route('pendaftaran/tglDaftar/{tglDaftar}/{start}/{limit}', {
      tglDaftar: toPcareDate(value.date),
      start: value.page.start,
      limit: value.page.limit,
    });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      registrationFromWire,
    );
  }

  /** DELETE `pendaftaran/peserta/{noKartu}/tglDaftar/{tglDaftar}/noUrut/{noUrut}/kdPoli/{kdPoli}`. */
  async delete(input: {
    memberNumber: string;
    date: string;
    queueNumber: string;
    poliCode: string;
  }): Promise<void> {
    const value = parseInput(
      z.object({ memberNumber, date: isoDate, queueNumber, poliCode: code(5) }),
      input,
      'registration deletion',
    );
    const r = route('pendaftaran/peserta/{noKartu}/tglDaftar/{tglDaftar}/noUrut/{noUrut}/kdPoli/{kdPoli}', {
      noKartu: value.memberNumber,
      tglDaftar: toPcareDate(value.date),
      noUrut: value.queueNumber,
      kdPoli: value.poliCode,
    });
    await this.#transport.send({ method: 'DELETE', route: r });
  }
}
