import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';

/** Who called: the username BPJS authenticated with. */
export interface AntreanCaller {
  username: string;
}

/** A callback's way to say no: answered as metadata code 201 with this message, shown to the patient. */
export interface AntreanRefusal {
  refused: string;
}

export interface AntreanStatusQuery {
  /** kodepoli: the pCare poli code. */
  poliCode: string;
  /** tanggalperiksa, ISO. */
  date: string;
}

/** One poli's queue (the older single-object answer), or one doctor's (the newer per-doctor answer). */
export interface AntreanStatus {
  poliName: string;
  totalQueue: number;
  remaining: number;
  /** antreanpanggil: the number being served now, e.g. `A21`. */
  nowServing: string;
  note?: string;
  doctorCode?: number;
  doctorName?: string;
  practiceHours?: string;
}

/**
 * Ambil antrean. Mobile JKN's older request carries only the first five fields; the newer one adds the
 * phone, doctor, practice hours and medical record number (spec §5(b) [CONFLICT]). Both arrive here.
 */
export interface TakeQueueRequest {
  memberNumber: string;
  nik: string;
  poliCode: string;
  date: string;
  complaint: string;
  phone?: string;
  doctorCode?: number;
  practiceHours?: string;
  medicalRecordNumber?: string;
  /** Which request shape arrived. */
  shape: 'v1' | 'current';
}

export interface QueueTicket {
  /** nomorantrean, e.g. `A12`. */
  queueNumber: string;
  /** angkaantrean. */
  queueSequence: number;
  poliName: string;
  remaining: number;
  nowServing: string;
  note?: string;
}

/** The patient is not in the clinic's records: answered with code 202, after which Mobile JKN sends `POST /peserta`. */
export interface NewPatientNeeded {
  newPatient: true;
  message?: string;
}

export interface RemainingQuery {
  memberNumber: string;
  poliCode: string;
  date: string;
}

export interface RemainingStatus {
  queueNumber: string;
  poliName: string;
  remaining: number;
  nowServing: string;
  note?: string;
}

export interface CancelRequest {
  memberNumber: string;
  poliCode: string;
  date: string;
  /** keterangan or alasan, when sent. */
  reason?: string;
}

export interface NewPatientRequest {
  memberNumber: string;
  nik: string;
  /** nomorkk. */
  familyCardNumber: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  address: string;
  province: { code: string; name: string };
  /** dati2: regency or city. */
  regency: { code: string; name: string };
  district: { code: string; name: string };
  village: { code: string; name: string };
  rw: string;
  rt: string;
}

type Answer<T> = T | AntreanRefusal | Promise<T | AntreanRefusal>;

export interface AntreanHandlerOptions {
  /** The username/password pairs registered with BPJS for this web service. Required. */
  users: Record<string, string> | ReadonlyArray<{ username: string; password: string }>;
  onStatus(query: AntreanStatusQuery, caller: AntreanCaller): Answer<AntreanStatus | AntreanStatus[]>;
  onAmbilAntrean(request: TakeQueueRequest, caller: AntreanCaller): Answer<QueueTicket | NewPatientNeeded>;
  onSisaAntrean(query: RemainingQuery, caller: AntreanCaller): Answer<RemainingStatus>;
  onBatal(request: CancelRequest, caller: AntreanCaller): Answer<void>;
  onPesertaBaru(request: NewPatientRequest, caller: AntreanCaller): Answer<{ medicalRecordNumber: string }>;
  /** Key for the x-token HMAC (HS256). Default: random per handler, so tokens end with the process. */
  tokenSecret?: string;
  /** Token lifetime. Default 3600 s. */
  tokenTtlSeconds?: number;
  /** Path prefix the handler is mounted under, e.g. `/bpjs/antrean`. Default `''`. */
  basePath?: string;
  /** Zone whose calendar decides "today" for the no-back-dating rule. Default `Asia/Jakarta`. */
  timeZone?: string;
  /** Language of metadata messages Mobile JKN shows the patient. Default `id`. */
  locale?: 'id' | 'en';
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: silent. Everything it receives is redacted. */
  logger?: Logger;
}
