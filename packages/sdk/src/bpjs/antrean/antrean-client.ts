import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import type { Clock } from '../../logging/clock';
import { isoDate } from '../dates';
import { code, memberNumber, nik, text } from '../fields';
import { str } from '../pcare/coded';
import { type Page, readList } from '../pcare/response';
import { route } from '../route';
import type { BpjsTransport } from '../transport';

export interface AntreanPoli {
  /** kodepoli: the pCare poli code. */
  poliCode: string;
  poliName: string;
  subSpecialtyCode: string;
  subSpecialtyName: string;
}

export interface AntreanDoctor {
  /** kodedokter: the pCare doctor code (an integer on this service). */
  doctorCode: number;
  name: string;
  /** jampraktek, e.g. `08:00-12:00`. */
  practiceHours: string;
  capacity: number;
}

const practiceHours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM-HH:MM');
const doctorCode = z.number().int().positive();

export const antreanAddSchema = z.object({
  /** nomorkartu; omit for a patient who is not a JKN member (sent as ""). */
  memberNumber: memberNumber.optional(),
  nik,
  /** nohp. */
  phone: z.string().regex(/^\+?\d{8,15}$/, 'must be a phone number of 8 to 15 digits'),
  /** kodepoli (pCare poli code). */
  poliCode: code(5),
  poliName: text(100).min(1, 'is required'),
  /** norm: the clinic's medical record number. */
  medicalRecordNumber: code(30),
  /** tanggalperiksa, ISO (Antrean uses yyyy-mm-dd on the wire too). */
  date: isoDate,
  /** kodedokter. */
  doctorCode,
  doctorName: text(100).min(1, 'is required'),
  practiceHours,
  /** nomorantrean, e.g. `A-12`. */
  queueNumber: z.string().trim().min(1, 'is required').max(10, 'must be at most 10 characters'),
  /** angkaantrean: the number part. */
  queueSequence: z.number().int().min(1),
  /** keterangan. */
  note: text(200).default(''),
});

export type AntreanAddInput = z.input<typeof antreanAddSchema>;

export const antreanCallSchema = z.object({
  date: isoDate,
  poliCode: code(5),
  memberNumber,
  /** 1 = Hadir (present), 2 = Tidak Hadir (absent). */
  status: z.enum(['present', 'absent']),
  /** When it happened, in epoch ms (Antrean's `waktu` is milliseconds). Default: now, skew-corrected. */
  at: z.number().int().positive().optional(),
});

export type AntreanCallInput = z.input<typeof antreanCallSchema>;

export const antreanCancelSchema = z.object({
  date: isoDate,
  poliCode: code(5),
  memberNumber,
  /** alasan. */
  reason: text(200).min(1, 'is required'),
});

export type AntreanCancelInput = z.input<typeof antreanCancelSchema>;

/**
 * Antrean Online FKTP, the FKTP -> BPJS direction (spec §5(a)): lets Mobile JKN show the clinic's queue.
 * Runs on its own service path (`antreanfktp`), with its own user key, and answers with lower-case
 * `metadata`, where code 201 means refused.
 */
export class AntreanFktpClient {
  readonly #transport: BpjsTransport;
  readonly #now: () => number;

  /** `clock` reads BPJS's time (BpjsClock): `waktu` of panggil is in BPJS's milliseconds. */
  constructor(transport: BpjsTransport, clock: Clock) {
    this.#transport = transport;
    this.#now = () => clock.now();
  }

  /** GET `ref/poli/tanggal/{yyyy-mm-dd}`. */
  async poli(date: string): Promise<Page<AntreanPoli>> {
    const v = parseInput(z.object({ date: isoDate }), { date }, 'Antrean poli list');
    const r = route('ref/poli/tanggal/{tanggal}', { tanggal: v.date });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      (w: Record<string, unknown>) => ({
        poliCode: str(w.kodepoli),
        poliName: str(w.namapoli),
        subSpecialtyCode: str(w.kdsubspesialis),
        subSpecialtyName: str(w.nmsubspesialis),
      }),
    );
  }

  /** GET `ref/dokter/kodepoli/{kodepoli}/tanggal/{yyyy-mm-dd}`. */
  async doctors(poliCode: string, date: string): Promise<Page<AntreanDoctor>> {
    const v = parseInput(
      z.object({ poliCode: code(5), date: isoDate }),
      { poliCode, date },
      'Antrean doctor list',
    );
    const r = route('ref/dokter/kodepoli/{kodepoli}/tanggal/{tanggal}', {
      kodepoli: v.poliCode,
      tanggal: v.date,
    });
    return readList(
      await this.#transport.send({ method: 'GET', route: r }),
      `GET ${r.template}`,
      (w: Record<string, unknown>) => ({
        doctorCode: Number(w.kodedokter),
        name: str(w.namadokter),
        practiceHours: str(w.jampraktek),
        capacity: Number(w.kapasitas) || 0,
      }),
    );
  }

  /** POST `antrean/add`: report a queue number the clinic issued. Not retried automatically. */
  async add(input: AntreanAddInput): Promise<void> {
    const v = parseInput(antreanAddSchema, input, 'Antrean entry');
    await this.#transport.send({
      method: 'POST',
      route: route('antrean/add'),
      body: {
        nomorkartu: v.memberNumber ?? '',
        nik: v.nik,
        nohp: v.phone,
        kodepoli: v.poliCode,
        namapoli: v.poliName,
        norm: v.medicalRecordNumber,
        tanggalperiksa: v.date,
        kodedokter: v.doctorCode,
        namadokter: v.doctorName,
        jampraktek: v.practiceHours,
        nomorantrean: v.queueNumber,
        angkaantrean: v.queueSequence,
        keterangan: v.note,
      },
    });
  }

  /** POST `antrean/panggil`: the patient was called and came (present) or did not (absent). */
  async call(input: AntreanCallInput): Promise<void> {
    const v = parseInput(antreanCallSchema, input, 'Antrean call');
    await this.#transport.send({
      method: 'POST',
      route: route('antrean/panggil'),
      body: {
        tanggalperiksa: v.date,
        kodepoli: v.poliCode,
        nomorkartu: v.memberNumber,
        status: v.status === 'present' ? 1 : 2,
        waktu: v.at ?? this.#now(),
      },
    });
  }

  /** POST `antrean/batal` (not `panggil`, which one peer library posts cancellations to). */
  async cancel(input: AntreanCancelInput): Promise<void> {
    const v = parseInput(antreanCancelSchema, input, 'Antrean cancellation');
    await this.#transport.send({
      method: 'POST',
      route: route('antrean/batal'),
      body: { tanggalperiksa: v.date, kodepoli: v.poliCode, nomorkartu: v.memberNumber, alasan: v.reason },
    });
  }
}
