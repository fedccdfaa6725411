import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import { fromPcareDate, isoDate, toPcareDate } from '../dates';
import { code, memberNumber, text } from '../fields';
import { route } from '../route';
import type { BpjsTransport } from '../transport';
import { type Coded, coded, num, str, strOrNull } from './coded';
import { type Page, readCreated, readList } from './response';

/** kdProgram / kdKelompok (aditbaco `KELOMPOK_*`): 01 Diabetes Melitus, 02 Hipertensi. */
export const PROLANIS_PROGRAM_CODES = { diabetes: '01', hypertension: '02' } as const;
export type ProlanisProgram = keyof typeof PROLANIS_PROGRAM_CODES;

/** kdKegiatan (aditbaco `KEGIATAN_KELOMPOK_*`): 01 Senam, 10 Penyuluhan, 11 Penyuluhan dan Senam. */
export const PROLANIS_ACTIVITY_CODES = {
  exercise: '01',
  education: '10',
  educationAndExercise: '11',
} as const;
export type ProlanisActivityKind = keyof typeof PROLANIS_ACTIVITY_CODES;

/** POST `kelompok/kegiatan` body (aditbaco `KegiatanKelompokRequest`, spec §3.3). */
export interface KegiatanWire {
  eduId: string | null;
  clubId: number;
  tglPelayanan: string;
  kdKegiatan: string;
  kdKelompok: string;
  materi: string;
  pembicara: string;
  lokasi: string;
  keterangan: string;
  biaya: number;
}

export interface ProlanisClub {
  clubId: string;
  program: Coded | null;
  startDate: string | null;
  endDate: string | null;
  address: string;
  name: string;
  leader: { name: string; phone: string | null };
}

export interface ProlanisActivity {
  eduId: string;
  clubId: string | null;
  date: string;
  activity: Coded | null;
  group: Coded | null;
  topic: string;
  speaker: string;
  location: string;
  note: string;
  cost: number;
}

export const activityInputSchema = z.object({
  /** clubId from `prolanis.clubs()`. */
  clubId: z.union([z.number().int().positive(), z.string().regex(/^\d{1,12}$/, 'must be digits')]),
  /** tglPelayanan, ISO. */
  date: isoDate,
  kind: z.enum(['exercise', 'education', 'educationAndExercise']),
  program: z.enum(['diabetes', 'hypertension']),
  /** materi. */
  topic: text(500).default(''),
  /** pembicara. */
  speaker: text(200).default(''),
  /** lokasi. */
  location: text(200).default(''),
  /** keterangan. */
  note: text(500).default(''),
  /** biaya in rupiah. Default 0. */
  cost: z.number().int('must be whole rupiah').min(0, 'must not be negative').default(0),
});

export type ProlanisActivityInput = z.input<typeof activityInputSchema>;

export function activityToWire(v: z.output<typeof activityInputSchema>): KegiatanWire {
  return {
    eduId: null,
    clubId: Number(v.clubId),
    tglPelayanan: toPcareDate(v.date),
    kdKegiatan: PROLANIS_ACTIVITY_CODES[v.kind],
    kdKelompok: PROLANIS_PROGRAM_CODES[v.program],
    materi: v.topic,
    pembicara: v.speaker,
    lokasi: v.location,
    keterangan: v.note,
    biaya: v.cost,
  };
}

const eduId = code(30);
const pairOf = (v: unknown, c: string, n: string) => {
  const o = (v ?? {}) as Record<string, unknown>;
  return coded(o[c], o[n]);
};

/** pCare `kelompok`: Prolanis clubs, their activities and who attended. */
export class PcareProlanis {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  async #get<T>(r: ReturnType<typeof route>, map: (w: Record<string, unknown>) => T): Promise<Page<T>> {
    return readList(await this.#transport.send({ method: 'GET', route: r }), `GET ${r.template}`, map);
  }

  /** GET `kelompok/club/{01|02}`. */
  clubs(program: ProlanisProgram): Promise<Page<ProlanisClub>> {
    const v = parseInput(
      z.object({ program: z.enum(['diabetes', 'hypertension']) }),
      { program },
      'club list',
    );
    return this.#get(route('kelompok/club/{kd}', { kd: PROLANIS_PROGRAM_CODES[v.program] }), (w) => ({
      clubId: str(w.clubId),
      program: pairOf(w.jnsKelompok, 'kdProgram', 'nmProgram'),
      startDate: strOrNull(fromPcareDate(strOrNull(w.tglMulai))),
      endDate: strOrNull(fromPcareDate(strOrNull(w.tglAkhir))),
      address: str(w.alamat),
      name: str(w.nama),
      leader: { name: str(w.ketua_nama), phone: strOrNull(w.ketua_noHP) },
    }));
  }

  /** GET `kelompok/kegiatan/{dd-mm-yyyy}`: the activities of that date's month. */
  activities(month: string): Promise<Page<ProlanisActivity>> {
    const v = parseInput(z.object({ month: isoDate }), { month }, 'activity list');
    return this.#get(route('kelompok/kegiatan/{tgl}', { tgl: toPcareDate(v.month) }), (w) => {
      const club = (w.clubProl ?? {}) as Record<string, unknown>;
      return {
        eduId: str(w.eduId),
        clubId: strOrNull(club.clubId ?? w.clubId),
        date: str(fromPcareDate(strOrNull(w.tglPelayanan))),
        activity: pairOf(w.kegiatan, 'kode', 'nama'),
        group: pairOf(w.kelompok, 'kode', 'nama'),
        topic: str(w.materi),
        speaker: str(w.pembicara),
        location: str(w.lokasi),
        note: str(w.keterangan),
        cost: num(w.biaya),
      };
    });
  }

  /** POST `kelompok/kegiatan`. Returns the new eduId. Not retried automatically. */
  async addActivity(input: ProlanisActivityInput): Promise<{ eduId: string }> {
    const v = parseInput(activityInputSchema, input, 'Prolanis activity');
    const r = route('kelompok/kegiatan');
    const answer = await this.#transport.send({ method: 'POST', route: r, body: activityToWire(v) });
    return { eduId: readCreated(answer, 'eduId', `POST ${r.template}`) };
  }

  /** DELETE `kelompok/kegiatan/{eduId}`. */
  async deleteActivity(id: string): Promise<void> {
    const v = parseInput(z.object({ eduId }), { eduId: id }, 'Prolanis activity deletion');
    await this.#transport.send({
      method: 'DELETE',
      route: route('kelompok/kegiatan/{eduId}', { eduId: v.eduId }),
    });
  }

  /** GET `kelompok/peserta/{eduId}`. */
  participants(id: string): Promise<Page<{ memberNumber: string; name: string }>> {
    const v = parseInput(z.object({ eduId }), { eduId: id }, 'participant list');
    return this.#get(route('kelompok/peserta/{eduId}', { eduId: v.eduId }), (w) => {
      const p = (w.peserta ?? w) as Record<string, unknown>;
      return { memberNumber: str(p.noKartu), name: str(p.nama) };
    });
  }

  /** POST `kelompok/peserta`. */
  async addParticipant(input: { eduId: string; memberNumber: string }): Promise<void> {
    const v = parseInput(z.object({ eduId, memberNumber }), input, 'Prolanis participant');
    await this.#transport.send({
      method: 'POST',
      route: route('kelompok/peserta'),
      body: { eduId: v.eduId, noKartu: v.memberNumber },
    });
  }

  /** DELETE `kelompok/peserta/{eduId}/{noKartu}`. */
  async deleteParticipant(input: { eduId: string; memberNumber: string }): Promise<void> {
    const v = parseInput(z.object({ eduId, memberNumber }), input, 'Prolanis participant deletion');
    await this.#transport.send({
      method: 'DELETE',
      route: route('kelompok/peserta/{eduId}/{noKartu}', { eduId: v.eduId, noKartu: v.memberNumber }),
    });
  }
}
