/** Time as the simulator reads it; structurally the SDK's Clock, so one manual clock can drive both. */
export interface SimulatorClock {
  now(): number;
}

export const systemClock: SimulatorClock = { now: () => Date.now() };

/**
 * The credentials the simulator accepts when none are given. Synthetic: they open only this simulator.
 * One cons-id and secret serve all three services, with separate user keys, as BPJS issues them (bpjs.md §5(a)).
 */
export const BPJS_SIMULATOR_CREDENTIALS = {
  consId: '27001',
  consSecret: 'sehatkit-bpjs-sandbox-secret',
  pcareUsername: 'klinik.sehatkit',
  pcarePassword: 'Sandbox#2026',
  appCode: '095',
  userKeys: {
    pcare: 'sandbox-pcare-user-key-0001',
    antrean: 'sandbox-antrean-user-key-0001',
  },
} as const;

export interface BpjsSimulatorCredentials {
  consId: string;
  consSecret: string;
  pcareUsername: string;
  pcarePassword: string;
  appCode: string;
  userKeys: {
    pcare: string;
    antrean: string;
    /** i-Care FKTP's own key, if any. The pCare key is always accepted for i-Care (bpjs.md §4). */
    icare?: string;
  };
}

export interface BpjsSimulatorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Default: the system clock. Put it ahead or behind to test clock skew. */
  clock?: SimulatorClock;
  /** Default: BPJS_SIMULATOR_CREDENTIALS. */
  credentials?: BpjsSimulatorCredentials;
  /**
   * How far X-timestamp may be from the simulator's clock, in seconds. BPJS documents no value (bpjs.md §6.3
   * item 3 [UNCERTAIN]); default 300.
   */
  timestampToleranceSeconds?: number;
  /**
   * Minimum seconds between two i-Care requests for the same member; a faster one gets i-Care's 412 with the
   * wait as HH:MM:SS (bpjs.md §4). Default 0: off.
   */
  icareMinIntervalSeconds?: number;
  /** Lifetime of an i-Care history link. Default 300 s. */
  icareLinkSeconds?: number;
}
