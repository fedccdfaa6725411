/** Time as the simulator reads it; structurally the same as the SDK's Clock, so one manual clock can drive both. */
export interface SimulatorClock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: SimulatorClock = { now: () => Date.now() };

/** API products a client may call, as Apigee grants them (satusehat.md §2.4: missing product → 401). */
export type ApiProduct = 'fhir' | 'consent' | 'kyc' | 'kfa' | 'masterdata';

export const ALL_PRODUCTS: readonly ApiProduct[] = ['fhir', 'consent', 'kyc', 'kfa', 'masterdata'];

/** One registered integrator: 1 client id ↔ exactly 1 organization (satusehat.md §1.2, "ketentuan Kode Akses API"). */
export interface SimulatorClient {
  clientId: string;
  clientSecret: string;
  organizationId: string;
  /** Display name of the facility, used for the seeded Organization. */
  organizationName?: string;
  /** Default: every product. */
  products?: readonly ApiProduct[];
}

/** The credentials the simulator registers when none are given. They only open this simulator. */
export const SIMULATOR_CLIENT: Readonly<Required<Omit<SimulatorClient, 'products'>>> = {
  clientId: 'sehatkit-sandbox-client',
  clientSecret: 'sehatkit-sandbox-secret-do-not-use-in-production',
  organizationId: '10080055',
  organizationName: 'Klinik Pratama SehatKit (Simulator)',
};

export interface SatuSehatSimulatorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Default: the system clock. Pass the same manual clock to the simulator and the client to test expiry. */
  clock?: SimulatorClock;
  /** Registered integrators. Default: one, `SIMULATOR_CLIENT`. */
  clients?: readonly SimulatorClient[];
  /**
   * Token lifetime in seconds. Default 3599, what the sandbox documents; production was seen to hand out 14399
   * (satusehat.md §2.2).
   */
  tokenTtlSeconds?: number;
  /**
   * After a failed token request, refuse further token requests from that client for 60 s, as integrators
   * report the real auth service does (satusehat.md §2.3, observed, not documented). Default false.
   */
  throttleAuthFailures?: boolean;
  /**
   * What `POST /Patient` answers: `mpi` is `{"success":true,"data":{"patient_id":…}}` as the most-used library
   * parses it; `resource` is the created Patient as the docs show (satusehat.md §3.4, an open conflict). Default `mpi`.
   */
  patientCreateResponse?: 'mpi' | 'resource';
  /** Reject Medication sent as its own resource instead of `contained` (playbook change v6.2). Default false. */
  rejectStandaloneMedication?: boolean;
  /** RSA key pair for KYC as PEM (SPKI / PKCS#8). Default: a 2048-bit pair generated once per process. */
  kycKeyPair?: { publicKeyPem: string; privateKeyPem: string };
  /** Minutes a KYC challenge code stays valid. Default 5 (the documented sample). */
  challengeCodeMinutes?: number;
  /**
   * Host written into `fullUrl`s and paging links, as a platform behind a gateway writes its public (or an
   * internal) name. Default: the host the request came to.
   */
  linkBaseUrl?: string;
  /** Seed the sandbox patients, practitioners, organizations and locations. Default true. */
  seed?: boolean;
}
