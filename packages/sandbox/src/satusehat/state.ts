import { TokenRegistry } from './auth/token-registry';
import { ConsentRegistry } from './consent/consent-registry';
import { FaultInjector } from './faults/faults';
import { FhirStore } from './fhir/store';
import type { KycState } from './kyc/kyc-state';
import {
  ALL_PRODUCTS,
  type SatuSehatSimulatorOptions,
  SIMULATOR_CLIENT,
  type SimulatorClient,
  type SimulatorClock,
  systemClock,
} from './options';

export interface SimulatorStats {
  /** Every call to the token endpoint, successful or not. */
  tokenRequests: number;
  /** Tokens handed out. */
  tokensIssued: number;
  /** Every request that reached the simulator, faults included. */
  requests: number;
  /** Requests by `METHOD /path-prefix` (the first three path segments). */
  byRoute: Record<string, number>;
}

export interface ResolvedOptions {
  tokenTtlSeconds: number;
  throttleAuthFailures: boolean;
  patientCreateResponse: 'mpi' | 'resource';
  rejectStandaloneMedication: boolean;
  challengeCodeMinutes: number;
  linkBaseUrl: string | undefined;
}

/** Everything one running simulator holds; routes read and write it, tests inspect it. */
export class SimulatorState {
  readonly clock: SimulatorClock;
  readonly clients: readonly SimulatorClient[];
  readonly options: ResolvedOptions;
  readonly tokens: TokenRegistry;
  readonly faults: FaultInjector;
  readonly store: FhirStore;
  readonly consents = new ConsentRegistry();
  readonly authBlockedUntil = new Map<string, number>();
  readonly stats: SimulatorStats = { tokenRequests: 0, tokensIssued: 0, requests: 0, byRoute: {} };
  readonly kyc: KycState;

  constructor(options: SatuSehatSimulatorOptions, kyc: KycState) {
    this.clock = options.clock ?? systemClock;
    const clients: readonly SimulatorClient[] = options.clients ?? [SIMULATOR_CLIENT];
    this.clients = clients.map((c) => ({ ...c, products: c.products ?? ALL_PRODUCTS }));
    this.options = {
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3599,
      throttleAuthFailures: options.throttleAuthFailures ?? false,
      patientCreateResponse: options.patientCreateResponse ?? 'mpi',
      rejectStandaloneMedication: options.rejectStandaloneMedication ?? false,
      challengeCodeMinutes: options.challengeCodeMinutes ?? 5,
      linkBaseUrl: options.linkBaseUrl?.replace(/\/+$/, ''),
    };
    this.tokens = new TokenRegistry(this.clock, this.options.tokenTtlSeconds);
    this.faults = new FaultInjector(this.tokens);
    this.store = new FhirStore(this.clock);
    this.kyc = kyc;
  }
}
