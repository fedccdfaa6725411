import type { BpjsTransport } from '../transport';
import { PcareDrugs } from './drugs';
import { PcareMcu } from './mcu';
import { PcareMembers } from './members';
import { PcareProcedures } from './procedures';
import { PcareProlanis } from './prolanis';
import { PcareReferences } from './references';
import { PcareReferralFacilities } from './referral-facilities';
import { PcareRegistrations } from './registrations';
import { PcareVisits } from './visits';

/** pCare v4, grouped as the catalogue groups it (spec §3). */
export class PcareClient {
  /** peserta: by card number or NIK. */
  readonly members: PcareMembers;
  /** pendaftaran. */
  readonly registrations: PcareRegistrations;
  /** kunjungan: add/edit on kunjungan/v1, delete, history (riwayat), referral letter (rujukan). */
  readonly visits: PcareVisits;
  /** poli, dokter, kesadaran, statuspulang, provider, spesialis…, diagnosa, prognosa, alergi. */
  readonly references: PcareReferences;
  /** spesialis/rujuk: where a referral can go. */
  readonly referralFacilities: PcareReferralFacilities;
  /** obat: DPHO search and drugs on a visit. */
  readonly drugs: PcareDrugs;
  /** tindakan. */
  readonly procedures: PcareProcedures;
  /** MCU. */
  readonly mcu: PcareMcu;
  /** kelompok: Prolanis clubs and activities. */
  readonly prolanis: PcareProlanis;

  constructor(transport: BpjsTransport) {
    this.members = new PcareMembers(transport);
    this.registrations = new PcareRegistrations(transport);
    this.visits = new PcareVisits(transport);
    this.references = new PcareReferences(transport);
    this.referralFacilities = new PcareReferralFacilities(transport);
    this.drugs = new PcareDrugs(transport);
    this.procedures = new PcareProcedures(transport);
    this.mcu = new PcareMcu(transport);
    this.prolanis = new PcareProlanis(transport);
  }
}
