import { z } from 'zod';
import { NotFoundError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import { fromPcareDate } from '../dates';
import { code, memberNumber } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { type CareSetting, careSettingFromCode } from './care-setting';
import { type Coded, coded, str, strOrNull } from './coded';
import { type Page, readCreated, readList, readObject } from './response';
import { type VisitInput, visitInputSchema, visitToWire } from './visit-input';
import { type Vitals, vitalsFromWire } from './vitals';

type Pair<K extends string, N extends string> =
  | ({ [P in K]: string | null } & { [P in N]: string | null })
  | null;

/** One entry of `kunjungan/peserta/{noKartu}` (spec §3.0). */
export interface RiwayatKunjunganWire {
  noKunjungan: string;
  tglKunjungan: string;
  providerPelayanan?: Pair<'kdProvider', 'nmProvider'>;
  peserta?: { noKartu: string; nama: string } | null;
  poli?: Pair<'kdPoli', 'nmPoli'>;
  progProlanis?: Pair<'kdProgram', 'nmProgram'>;
  keluhan?: string | null;
  diagnosa1?: { kdDiag: string; nmDiag: string; nonSpesialis?: boolean } | null;
  diagnosa2?: { kdDiag: string; nmDiag: string; nonSpesialis?: boolean } | null;
  diagnosa3?: { kdDiag: string; nmDiag: string; nonSpesialis?: boolean } | null;
  kesadaran?: Pair<'kdSadar', 'nmSadar'>;
  sistole?: number;
  diastole?: number;
  beratBadan?: number;
  tinggiBadan?: number;
  respRate?: number;
  heartRate?: number;
  lingkarPerut?: number;
  catatan?: string | null;
  dokter?: Pair<'kdDokter', 'nmDokter'>;
  statusPulang?: Pair<'kdStatusPulang', 'nmStatusPulang'>;
  tkp?: Pair<'kdTkp', 'nmTkp'>;
  poliRujukInternal?: Pair<'kdPoli', 'nmPoli'>;
  poliRujukLanjut?: Pair<'kdPoli', 'nmPoli'>;
  tglPulang?: string | null;
}

export interface Diagnosis extends Coded {
  /** nonSpesialis: a diagnosis the FKTP is expected to treat; referring it needs TACC. */
  nonSpecialist: boolean | null;
}

export interface VisitRecord {
  visitNumber: string;
  date: string;
  provider: Coded | null;
  member: { memberNumber: string; name: string };
  poli: Coded | null;
  prolanisProgram: Coded | null;
  complaint: string;
  diagnoses: Diagnosis[];
  consciousness: Coded | null;
  vitals: Vitals;
  note: string;
  doctor: Coded | null;
  dischargeStatus: Coded | null;
  careSetting: CareSetting | null;
  internalReferralPoli: Coded | null;
  referralPoli: Coded | null;
  dischargeDate: string | null;
}

export function visitRecordFromWire(w: RiwayatKunjunganWire): VisitRecord {
  const diagnoses = [w.diagnosa1, w.diagnosa2, w.diagnosa3].flatMap((d) =>
    d?.kdDiag ? [{ code: d.kdDiag, name: str(d.nmDiag), nonSpecialist: d.nonSpesialis ?? null }] : [],
  );
  return {
    visitNumber: str(w.noKunjungan),
    date: str(fromPcareDate(w.tglKunjungan)),
    provider: coded(w.providerPelayanan?.kdProvider, w.providerPelayanan?.nmProvider),
    member: { memberNumber: str(w.peserta?.noKartu), name: str(w.peserta?.nama) },
    poli: coded(w.poli?.kdPoli, w.poli?.nmPoli),
    prolanisProgram: coded(w.progProlanis?.kdProgram, w.progProlanis?.nmProgram),
    complaint: str(w.keluhan),
    diagnoses,
    consciousness: coded(w.kesadaran?.kdSadar, w.kesadaran?.nmSadar),
    vitals: vitalsFromWire(w),
    note: str(w.catatan),
    doctor: coded(w.dokter?.kdDokter, w.dokter?.nmDokter),
    dischargeStatus: coded(w.statusPulang?.kdStatusPulang, w.statusPulang?.nmStatusPulang),
    careSetting: careSettingFromCode(w.tkp?.kdTkp),
    internalReferralPoli: coded(w.poliRujukInternal?.kdPoli, w.poliRujukInternal?.nmPoli),
    referralPoli: coded(w.poliRujukLanjut?.kdPoli, w.poliRujukLanjut?.nmPoli),
    dischargeDate: strOrNull(fromPcareDate(w.tglPulang)),
  };
}

/** `kunjungan/rujukan/{noKunjungan}`: the referral letter (jkn-rust `PcareRujukanResult`, spec §3). */
export interface RujukanWire {
  noRujukan: string;
  ppk?: {
    kdPPK: string;
    nmPPK: string;
    alamat?: string | null;
    kc?: { kdKC?: string; nmKC?: string; alamatKC?: string | null } | null;
  } | null;
  tglKunjungan: string;
  poli?: Pair<'kdPoli', 'nmPoli'>;
  nokaPst: string;
  nmPst: string;
  tglLahir?: string | null;
  pisa?: string | null;
  ketPisa?: string | null;
  sex?: string | null;
  diag1?: Pair<'kdDiag', 'nmDiag'>;
  diag2?: Pair<'kdDiag', 'nmDiag'>;
  diag3?: Pair<'kdDiag', 'nmDiag'>;
  catatan?: string | null;
  dokter?: Pair<'kdDokter', 'nmDokter'>;
  tacc?: { nmTacc?: string | null; alasanTacc?: string | null } | null;
  infoDenda?: string | null;
}

export interface ReferralLetter {
  referralNumber: string;
  /** The receiving facility. */
  provider: (Coded & { address: string | null; branchOffice: string | null }) | null;
  visitDate: string;
  poli: Coded | null;
  member: {
    memberNumber: string;
    name: string;
    birthDate: string | null;
    sex: string | null;
    relationship: string | null;
  };
  diagnoses: Coded[];
  note: string;
  doctor: Coded | null;
  tacc: { name: string | null; reason: string | null } | null;
  /** infoDenda: a fine notice, when BPJS gives one. */
  fineNotice: string | null;
}

export function referralLetterFromWire(w: RujukanWire): ReferralLetter {
  return {
    referralNumber: str(w.noRujukan),
    provider: w.ppk
      ? {
          code: str(w.ppk.kdPPK),
          name: str(w.ppk.nmPPK),
          address: strOrNull(w.ppk.alamat),
          branchOffice: strOrNull(w.ppk.kc?.nmKC),
        }
      : null,
    visitDate: str(fromPcareDate(w.tglKunjungan)),
    poli: coded(w.poli?.kdPoli, w.poli?.nmPoli),
    member: {
      memberNumber: str(w.nokaPst),
      name: str(w.nmPst),
      birthDate: strOrNull(fromPcareDate(w.tglLahir)),
      sex: strOrNull(w.sex),
      relationship: strOrNull(w.ketPisa),
    },
    diagnoses: [w.diag1, w.diag2, w.diag3].flatMap((d) =>
      d?.kdDiag ? [{ code: d.kdDiag, name: str(d.nmDiag) }] : [],
    ),
    note: str(w.catatan),
    doctor: coded(w.dokter?.kdDokter, w.dokter?.nmDokter),
    tacc:
      w.tacc && (w.tacc.nmTacc || w.tacc.alasanTacc)
        ? { name: strOrNull(w.tacc.nmTacc), reason: strOrNull(w.tacc.alasanTacc) }
        : null,
    fineNotice: strOrNull(w.infoDenda),
  };
}

const visitNumber = code(30);

/** pCare `kunjungan`: the visit record that closes a registration. */
export class PcareVisits {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /**
   * POST `kunjungan/v1`. The plain `kunjungan` path answers 404 "Unauthorized! You are not registered for
   * this service!" in v4 (spec §3, §6.3 item 4). Not retried automatically.
   */
  async add(input: VisitInput): Promise<{ visitNumber: string }> {
    const value = parseInput(visitInputSchema, input, 'visit');
    const r = { template: 'kunjungan/v1', path: 'kunjungan/v1' };
    const answer = await this.#transport.send({ method: 'POST', route: r, body: visitToWire(value, null) });
    return { visitNumber: readCreated(answer, 'noKunjungan', `POST ${r.template}`) };
  }

  /** PUT `kunjungan/v1` with `noKunjungan` set. */
  async edit(number: string, input: VisitInput): Promise<void> {
    const id = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'visit edit');
    const value = parseInput(visitInputSchema, input, 'visit');
    const r = { template: 'kunjungan/v1', path: 'kunjungan/v1' };
    await this.#transport.send({ method: 'PUT', route: r, body: visitToWire(value, id.visitNumber) });
  }

  /** DELETE `kunjungan/{noKunjungan}` (delete stayed on the old path). */
  async delete(number: string): Promise<void> {
    const id = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'visit deletion');
    await this.#transport.send({
      method: 'DELETE',
      route: route('kunjungan/{noKunjungan}', { noKunjungan: id.visitNumber }),
    });
  }

  /** GET `kunjungan/peserta/{noKartu}`: the member's visit history. */
  async history(cardNumber: string): Promise<Page<VisitRecord>> {
    const value = parseInput(z.object({ memberNumber }), { memberNumber: cardNumber }, 'visit history');
    const r = route('kunjungan/peserta/{noKartu}', { noKartu: value.memberNumber });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      visitRecordFromWire,
    );
  }

  /** GET `kunjungan/rujukan/{noKunjungan}`: the referral letter of a referred visit. */
  async referralLetter(number: string): Promise<ReferralLetter> {
    const id = parseInput(z.object({ visitNumber }), { visitNumber: number }, 'referral letter lookup');
    const r = route('kunjungan/rujukan/{noKunjungan}', { noKunjungan: id.visitNumber });
    const wire = readObject<RujukanWire>(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
    );
    if (!wire) throw new NotFoundError('pCare has no referral for that visit', { source: 'bpjs' });
    return referralLetterFromWire(wire);
  }
}
