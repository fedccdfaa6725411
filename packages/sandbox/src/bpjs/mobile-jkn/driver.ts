import type { SeedMember } from '../seed/members';

/**
 * Plays Mobile JKN (BPJS's patient app) against a clinic's hosted Antrean web service (bpjs.md §5(b)):
 * token from `GET /auth`, then status, ambil antrean, sisa antrean, batal, and `POST /peserta` when the
 * clinic answers 202 (new patient). It reads replies as Mobile JKN does: only lower-case `metadata`
 * counts, and its code decides.
 */
export interface MobileJknDriverOptions {
  /** The base URL the clinic registered with BPJS for its web service. */
  baseUrl: string;
  username: string;
  password: string;
  /** Default: global fetch. */
  fetch?: typeof fetch;
  /** Ambil antrean request shape: `v1` sends five fields, `current` adds nohp, kodedokter, jampraktek, norm. Default `current`. */
  shape?: 'v1' | 'current';
}

export interface MobileJknReply {
  httpStatus: number;
  /** metadata.code, or null when the answer had no lower-case `metadata`. */
  code: number | null;
  message: string;
  response: unknown;
  /** False when the envelope was not lower-case `metadata` (pCare's `metaData` makes Mobile JKN fail). */
  understood: boolean;
}

export interface MobileJknExchange {
  method: string;
  path: string;
  body?: unknown;
  reply: MobileJknReply;
}

export interface TakeQueueOptions {
  poliCode: string;
  /** yyyy-mm-dd. */
  date: string;
  complaint?: string;
  doctorCode?: number;
  practiceHours?: string;
  medicalRecordNumber?: string;
  shape?: 'v1' | 'current';
}

export interface BookingResult {
  /** The final ambil antrean reply. */
  ticket: MobileJknReply;
  /** True when the clinic answered 202 and the patient was registered with POST /peserta first. */
  registeredAsNewPatient: boolean;
}

export interface MobileJknDriver {
  authenticate(): Promise<MobileJknReply>;
  status(poliCode: string, date: string): Promise<MobileJknReply>;
  takeQueue(member: SeedMember, options: TakeQueueOptions): Promise<MobileJknReply>;
  remaining(member: SeedMember, poliCode: string, date: string): Promise<MobileJknReply>;
  cancel(member: SeedMember, poliCode: string, date: string, reason?: string): Promise<MobileJknReply>;
  registerNewPatient(member: SeedMember): Promise<MobileJknReply>;
  /** The whole patient journey: token, ambil antrean, and on 202 `POST /peserta` then ambil again. */
  book(member: SeedMember, options: TakeQueueOptions): Promise<BookingResult>;
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly MobileJknExchange[];
}

export function createMobileJknDriver(options: MobileJknDriverOptions): MobileJknDriver {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  const exchanges: MobileJknExchange[] = [];
  let token: string | undefined;

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const response = await doFetch(`${base}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> | undefined;
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = undefined;
    }
    const meta = parsed?.metadata as { code?: unknown; message?: unknown } | undefined;
    const reply: MobileJknReply = {
      httpStatus: response.status,
      code: meta && meta.code !== undefined ? Number(meta.code) : null,
      message: typeof meta?.message === 'string' ? meta.message : '',
      response: parsed?.response ?? null,
      understood: meta !== undefined,
    };
    exchanges.push({ method, path, ...(body !== undefined ? { body } : {}), reply });
    return reply;
  }

  async function authenticate(): Promise<MobileJknReply> {
    const reply = await call('GET', '/auth', {
      'x-username': options.username,
      'x-password': options.password,
    });
    const t = (reply.response as { token?: unknown } | null)?.token;
    token = reply.code === 200 && typeof t === 'string' ? t : undefined;
    return reply;
  }

  async function authed(method: string, path: string, body?: unknown): Promise<MobileJknReply> {
    if (!token) await authenticate();
    return call(method, path, { 'x-token': token ?? '', 'x-username': options.username }, body);
  }

  function takeQueueBody(member: SeedMember, o: TakeQueueOptions): Record<string, unknown> {
    const body: Record<string, unknown> = {
      nomorkartu: member.cardNumber,
      nik: member.nik,
      kodepoli: o.poliCode,
      tanggalperiksa: o.date,
      keluhan: o.complaint ?? '',
    };
    if ((o.shape ?? options.shape ?? 'current') === 'current') {
      // The newer app has the patient pick a doctor's schedule; without one, the doctor fields stay out.
      body.nohp = member.phone;
      if (o.doctorCode !== undefined) body.kodedokter = o.doctorCode;
      if (o.practiceHours !== undefined) body.jampraktek = o.practiceHours;
      body.norm = o.medicalRecordNumber ?? '';
    }
    return body;
  }

  const driver: MobileJknDriver = {
    authenticate,
    status: (poliCode, date) =>
      authed('GET', `/antrean/status/${encodeURIComponent(poliCode)}/${encodeURIComponent(date)}`),
    takeQueue: (member, o) => authed('POST', '/antrean', takeQueueBody(member, o)),
    remaining: (member, poliCode, date) =>
      authed(
        'GET',
        `/antrean/sisapeserta/${member.cardNumber}/${encodeURIComponent(poliCode)}/${encodeURIComponent(date)}`,
      ),
    cancel: (member, poliCode, date, reason) =>
      authed('PUT', '/antrean/batal', {
        nomorkartu: member.cardNumber,
        kodepoli: poliCode,
        tanggalperiksa: date,
        ...(reason ? { keterangan: reason } : {}),
      }),
    registerNewPatient: (m) =>
      authed('POST', '/peserta', {
        nomorkartu: m.cardNumber,
        nik: m.nik,
        nomorkk: m.familyCardNumber,
        nama: m.name,
        jeniskelamin: m.sex,
        tanggallahir: m.birthDate,
        alamat: m.address.street,
        kodeprop: m.address.province.code,
        namaprop: m.address.province.name,
        kodedati2: m.address.regency.code,
        namadati2: m.address.regency.name,
        kodekec: m.address.district.code,
        namakec: m.address.district.name,
        kodekel: m.address.village.code,
        namakel: m.address.village.name,
        rw: m.address.rw,
        rt: m.address.rt,
      }),
    async book(member, o) {
      await authenticate();
      let ticket = await driver.takeQueue(member, o);
      let registeredAsNewPatient = false;
      if (ticket.code === 202) {
        const registered = await driver.registerNewPatient(member);
        if (registered.code !== 200) return { ticket: registered, registeredAsNewPatient: false };
        registeredAsNewPatient = true;
        ticket = await driver.takeQueue(member, o);
      }
      return { ticket, registeredAsNewPatient };
    },
    get exchanges() {
      return exchanges;
    },
  };
  return driver;
}
