import { randomBytes } from 'node:crypto';
import { SEED_MEMBERS, type SeedMember } from './seed/members';
import { SIMULATED_CLINIC } from './seed/providers';

/** What a client stored, kept in wire shape so reads answer exactly what writes sent. */
export interface StoredRegistration {
  noUrut: string;
  /** ISO date. */
  date: string;
  body: Record<string, unknown>;
  status: 'Belum dilayani' | 'Sudah dilayani';
  visitNumber: string | null;
  receivedAt: number;
}

export interface StoredVisit {
  noKunjungan: string;
  /** ISO date of the registration it closes. */
  date: string;
  body: Record<string, unknown>;
  noRujukan: string | null;
  receivedAt: number;
  updatedAt: number;
}

export interface StoredLine {
  id: number;
  noKunjungan: string;
  body: Record<string, unknown>;
}

export interface StoredActivity {
  eduId: string;
  body: Record<string, unknown>;
  participants: Set<string>;
}

export interface StoredAntrean {
  body: Record<string, unknown>;
  status: 'menunggu' | 'hadir' | 'tidak hadir' | 'batal';
  /** `waktu` of the last panggil, in ms. */
  calledAt: number | null;
  cancelReason: string | null;
  receivedAt: number;
}

export interface IcareLink {
  token: string;
  cardNumber: string;
  doctorCode: number | null;
  expiresAt: number;
  views: number;
}

export interface RequestRecord {
  at: number;
  service: 'pcare' | 'antrean' | 'icare' | 'other';
  method: string;
  path: string;
  contentType: string | null;
  status: number;
  code: number | null;
}

/** Everything the simulator remembers between requests. One per simulator instance. */
export class BpjsState {
  readonly clinic = SIMULATED_CLINIC;
  readonly members: readonly SeedMember[] = SEED_MEMBERS;
  readonly registrations: StoredRegistration[] = [];
  readonly visits = new Map<string, StoredVisit>();
  readonly drugs: StoredLine[] = [];
  readonly procedures: StoredLine[] = [];
  readonly mcu: StoredLine[] = [];
  readonly activities = new Map<string, StoredActivity>();
  readonly antrean: StoredAntrean[] = [];
  readonly icareLinks = new Map<string, IcareLink>();
  readonly icareLastRequest = new Map<string, number>();
  readonly requests: RequestRecord[] = [];
  #visitSeq = 0;
  #referralSeq = 0;
  #lineSeq = 1000;
  #eduSeq = 5000;

  memberByCard(card: string): SeedMember | undefined {
    return this.members.find((m) => m.cardNumber === card);
  }

  memberByNik(nik: string): SeedMember | undefined {
    return this.members.find((m) => m.nik === nik);
  }

  /** pCare-style numbers: provider code, month and year, a letter, a sequence (bpjs.md §2.3 example). */
  nextVisitNumber(isoDate: string): string {
    this.#visitSeq += 1;
    const [y, m] = isoDate.split('-');
    return `${this.clinic.kdProvider}${m}${y?.slice(2)}Y${String(this.#visitSeq).padStart(6, '0')}`;
  }

  nextReferralNumber(isoDate: string): string {
    this.#referralSeq += 1;
    const [y, m] = isoDate.split('-');
    return `${this.clinic.kdProvider}${m}${y?.slice(2)}B${String(this.#referralSeq).padStart(6, '0')}`;
  }

  nextLineId(): number {
    this.#lineSeq += 1;
    return this.#lineSeq;
  }

  nextEduId(): string {
    this.#eduSeq += 1;
    return String(this.#eduSeq);
  }

  newIcareToken(): string {
    return randomBytes(24).toString('base64url');
  }

  /** Drops everything clients wrote; seeds stay. */
  reset(): void {
    this.registrations.length = 0;
    this.visits.clear();
    this.drugs.length = 0;
    this.procedures.length = 0;
    this.mcu.length = 0;
    this.activities.clear();
    this.antrean.length = 0;
    this.icareLinks.clear();
    this.icareLastRequest.clear();
    this.requests.length = 0;
  }
}
