/**
 * The SATUSEHAT simulator: the platform's wire protocol on a loopback port, implemented independently of
 * the SDK (node:crypto, its own parsing and rules) so that a shared bug cannot hide itself.
 */
export { createSatuSehatApp } from './app';
export type { ActiveFault, FaultControls, FaultKind, FaultRule } from './faults/faults';
export {
  ALL_PRODUCTS,
  type ApiProduct,
  type SatuSehatSimulatorOptions,
  SIMULATOR_CLIENT,
  type SimulatorClient,
  type SimulatorClock,
} from './options';
export { SANDBOX_PATIENTS, SANDBOX_PRACTITIONERS, type SeedPerson } from './seed/people';
export { CITIES, DISTRICTS, PROVINCES, type Region, SUB_DISTRICTS } from './seed/regions';
export { type SatuSehatSimulator, startSatuSehatSimulator } from './simulator';
export type { SimulatorStats } from './state';
