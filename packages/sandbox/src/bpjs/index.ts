/**
 * The BPJS Kesehatan simulator: pCare v4, i-Care and Antrean FKTP speaking the real protocol on loopback,
 * seeded members and references, fault injection, and a Mobile JKN driver for a clinic's hosted Antrean
 * web service. Implemented with node:crypto and lz-string; it imports nothing of the SDK's BPJS code.
 */

export { type ActiveBpjsFault, type BpjsFaultKind, type BpjsFaultRule, BpjsFaults } from './faults/faults';
export {
  type BookingResult,
  createMobileJknDriver,
  type MobileJknDriver,
  type MobileJknDriverOptions,
  type MobileJknExchange,
  type MobileJknReply,
  type TakeQueueOptions,
} from './mobile-jkn/driver';
export {
  BPJS_SIMULATOR_CREDENTIALS,
  type BpjsSimulatorCredentials,
  type BpjsSimulatorOptions,
  type SimulatorClock,
} from './options';
export {
  decryptPayload,
  encryptPayload,
  expectedAuthorization,
  expectedSignature,
  responseKey,
} from './protocol/crypto';
export { SEED_MEMBERS, type SeedMember, type SeedMemberKey, seedMember } from './seed/members';
export { FKTP_PROVIDERS, REFERRAL_HOSPITALS, SIMULATED_CLINIC } from './seed/providers';
export { DIAGNOSA, DOKTER, JADWAL, OBAT_DPHO, POLI, TINDAKAN } from './seed/references';
export { BPJS_SIMULATOR_PATHS, type BpjsArrivals, type BpjsSimulator, startBpjsSimulator } from './simulator';
export type { RequestRecord } from './state';
