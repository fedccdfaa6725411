import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSatuSehatApp } from './app';
import type { ConsentRegistry } from './consent/consent-registry';
import type { FaultControls } from './faults/faults';
import type { FhirStore } from './fhir/store';
import { KycState } from './kyc/kyc-state';
import type { SatuSehatSimulatorOptions, SimulatorClient } from './options';
import { seededLocationId } from './seed/facilities';
import { seedStore } from './seed/seed-store';
import { SimulatorState, type SimulatorStats } from './state';

export interface SatuSehatSimulator {
  /** Base URL of the host, e.g. `http://127.0.0.1:39017`; the SDK takes it as `baseUrl`. */
  url: string;
  /** The first registered client: id, secret and organization id to configure the SDK with. */
  credentials: Required<Pick<SimulatorClient, 'clientId' | 'clientSecret' | 'organizationId'>>;
  /** The seeded outpatient room of the first client's facility. */
  locationId: string;
  /** The public key KYC payloads must be encrypted to (SPKI PEM); also served at `/_sim/kyc/public-key`. */
  kycPublicKeyPem: string;
  faults: FaultControls;
  stats: Readonly<SimulatorStats>;
  /** The FHIR store as it is, for assertions (reads here are not masked). */
  store: Pick<FhirStore, 'get' | 'list' | 'types' | 'count' | 'findByIdentifier'>;
  consents: Pick<ConsentRegistry, 'get'>;
  close(): Promise<void>;
}

/**
 * Starts the SATUSEHAT simulator on loopback: OAuth2, the FHIR R4 API with the platform's validation rules,
 * Consent, KFA v2, Master Wilayah and KYC, with fault injection. Resolves once it listens.
 */
export async function startSatuSehatSimulator(
  options: SatuSehatSimulatorOptions = {},
): Promise<SatuSehatSimulator> {
  const state = new SimulatorState(options, new KycState(options.kycKeyPair));
  if (options.seed !== false) seedStore(state);
  const app = createSatuSehatApp(state);
  const hostname = options.hostname ?? '127.0.0.1';

  const { server, info } = await new Promise<{ server: ReturnType<typeof serve>; info: AddressInfo }>(
    (resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, (i) =>
        resolve({ server: s, info: i }),
      );
      s.once('error', reject);
    },
  );
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  const first = state.clients[0];
  if (!first) throw new Error('startSatuSehatSimulator: at least one client is required');

  return {
    url: `http://${host}:${info.port}`,
    credentials: {
      clientId: first.clientId,
      clientSecret: first.clientSecret,
      organizationId: first.organizationId,
    },
    locationId: seededLocationId(first.organizationId),
    kycPublicKeyPem: state.kyc.publicKeyPem,
    faults: state.faults,
    stats: state.stats,
    store: state.store,
    consents: state.consents,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
