import { z } from 'zod';
import { NotFoundError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import { fromPcareDate } from '../dates';
import { memberNumber, nik } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { type Coded, coded, num, str, strOrNull } from './coded';
import { readObject } from './response';

/** `peserta` as pCare v4 sends it, decrypted (spec §3.0). */
export interface PesertaWire {
  noKartu: string;
  nama: string;
  hubunganKeluarga: string;
  sex: string;
  tglLahir: string;
  tglMulaiAktif: string | null;
  tglAkhirBerlaku: string | null;
  kdProviderPst: { kdProvider: string | null; nmProvider: string | null } | null;
  kdProviderGigi: { kdProvider: string | null; nmProvider: string | null } | null;
  jnsKelas: { nama: string; kode: string } | null;
  jnsPeserta: { nama: string; kode: string } | null;
  golDarah: string | null;
  noHP: string | null;
  noKTP: string | null;
  pstProl: string | null;
  pstPrb: string | null;
  aktif: boolean;
  ketAktif: string;
  asuransi: {
    kdAsuransi: string | null;
    nmAsuransi: string | null;
    noAsuransi: string | null;
    cob: boolean;
  } | null;
  tunggakan: number;
}

/** A JKN member as a clinic reads it. */
export interface Member {
  /** noKartu: the 13-digit BPJS card number. */
  memberNumber: string;
  /** noKTP. */
  nik: string | null;
  name: string;
  /** hubunganKeluarga: Peserta, Istri, Suami, Anak… */
  relationship: string;
  sex: 'male' | 'female' | 'unknown';
  /** tglLahir, ISO. */
  birthDate: string;
  coverageStart: string | null;
  coverageEnd: string | null;
  /** aktif. An inactive member cannot be served on JKN until the reason in `statusDescription` is fixed. */
  active: boolean;
  /** ketAktif, e.g. `AKTIF` or the reason for inactivity. */
  statusDescription: string;
  /** tunggakan: premium arrears in rupiah. */
  arrears: number;
  /** jnsKelas: care class I, II or III. */
  careClass: Coded | null;
  /** jnsPeserta: PBI, PPU, PBPU… */
  memberType: Coded | null;
  /** kdProviderPst: the FKTP the member is registered with; send its code as the registration's provider. */
  primaryCareProvider: Coded | null;
  /** kdProviderGigi. */
  dentalProvider: Coded | null;
  bloodType: string | null;
  phone: string | null;
  /** pstProl: Prolanis programme (DM, HT) or null. */
  prolanisProgram: string | null;
  /** pstPrb: Program Rujuk Balik or null. */
  referBackProgram: string | null;
  /** asuransi: coordination of benefits with a private insurer. */
  otherInsurance: {
    code: string | null;
    name: string | null;
    policyNumber: string | null;
    cob: boolean;
  } | null;
}

/** The one place `peserta` wire names become SehatKit's. */
export function memberFromWire(w: PesertaWire): Member {
  return {
    memberNumber: str(w.noKartu),
    nik: strOrNull(w.noKTP),
    name: str(w.nama),
    relationship: str(w.hubunganKeluarga),
    sex: w.sex === 'L' ? 'male' : w.sex === 'P' ? 'female' : 'unknown',
    birthDate: str(fromPcareDate(w.tglLahir)),
    coverageStart: strOrNull(fromPcareDate(w.tglMulaiAktif)),
    coverageEnd: strOrNull(fromPcareDate(w.tglAkhirBerlaku)),
    active: w.aktif === true,
    statusDescription: str(w.ketAktif),
    arrears: num(w.tunggakan),
    careClass: coded(w.jnsKelas?.kode, w.jnsKelas?.nama),
    memberType: coded(w.jnsPeserta?.kode, w.jnsPeserta?.nama),
    primaryCareProvider: coded(w.kdProviderPst?.kdProvider, w.kdProviderPst?.nmProvider),
    dentalProvider: coded(w.kdProviderGigi?.kdProvider, w.kdProviderGigi?.nmProvider),
    bloodType: strOrNull(w.golDarah),
    phone: strOrNull(w.noHP),
    prolanisProgram: strOrNull(w.pstProl),
    referBackProgram: strOrNull(w.pstPrb),
    otherInsurance:
      w.asuransi && (w.asuransi.kdAsuransi || w.asuransi.cob)
        ? {
            code: strOrNull(w.asuransi.kdAsuransi),
            name: strOrNull(w.asuransi.nmAsuransi),
            policyNumber: strOrNull(w.asuransi.noAsuransi),
            cob: w.asuransi.cob === true,
          }
        : null,
  };
}

/** pCare `peserta`: membership lookups. */
export class PcareMembers {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** GET `peserta/{noKartu}`. NotFoundError when BPJS knows no such card. */
  async byCardNumber(cardNumber: string): Promise<Member> {
    const value = parseInput(z.object({ cardNumber: memberNumber }), { cardNumber }, 'member lookup');
    return this.#lookup(route('peserta/{noKartu}', { noKartu: value.cardNumber }), 'card number');
  }

  /** GET `peserta/nik/{nik}`. NotFoundError when no member has that NIK. */
  async byNik(value: string): Promise<Member> {
    const input = parseInput(z.object({ nik }), { nik: value }, 'member lookup');
    return this.#lookup(route('peserta/nik/{nik}', { nik: input.nik }), 'NIK');
  }

  async #lookup(r: ReturnType<typeof route>, by: string): Promise<Member> {
    const operation = `GET ${r.template}`;
    const answer = await this.#transport.send({ method: 'GET', route: r });
    const wire = readObject<PesertaWire>(answer, operation);
    if (!wire) {
      throw new NotFoundError(`BPJS has no member with that ${by}`, {
        source: 'bpjs',
        reason: 'member_not_found',
      });
    }
    return memberFromWire(wire);
  }
}
