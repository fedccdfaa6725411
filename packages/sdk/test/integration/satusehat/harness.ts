import {
  type SatuSehatSimulator,
  type SatuSehatSimulatorOptions,
  startSatuSehatSimulator,
} from '@sehatkit/sandbox/satusehat';
import type { Logger } from '../../../src/logging/logger';
import { SatuSehatClient } from '../../../src/satusehat/client';
import type { SatuSehatClientOptions } from '../../../src/satusehat/options';
import type { SyncVisitRecord } from '../../../src/satusehat/sync/visit-sync-types';

export interface Harness {
  sim: SatuSehatSimulator;
  client: SatuSehatClient;
  /** Another client of the same facility (e.g. a second server instance). */
  newClient(overrides?: Partial<SatuSehatClientOptions>): SatuSehatClient;
}

const open: SatuSehatSimulator[] = [];

/** A simulator on a random loopback port and a client configured for it, with fast retries. */
export async function startHarness(
  options: { sim?: SatuSehatSimulatorOptions; client?: Partial<SatuSehatClientOptions> } = {},
): Promise<Harness> {
  const sim = await startSatuSehatSimulator(options.sim);
  open.push(sim);
  const newClient = (overrides: Partial<SatuSehatClientOptions> = {}) =>
    new SatuSehatClient({
      baseUrl: sim.url,
      ...sim.credentials,
      retry: { backoffLimitMs: 50 },
      kyc: { serverPublicKey: sim.kycPublicKeyPem },
      ...options.client,
      ...overrides,
    });
  return { sim, client: newClient(), newClient };
}

export async function closeHarnesses(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

/** A logger that keeps every line it receives, as the host's log would. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  };
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const ARDIANTO = { nik: '9271060312000001', ihs: 'P02478375538', name: 'Ardianto Putra' };
export const CLAUDIA = { nik: '9204014804000002', ihs: 'P03647103112', name: 'Claudia Sintia' };
export const DR_ALEXANDER = { nik: '7209061211900001', ihs: '10009880728', name: 'dr. Alexander' };

let sequence = 0;

/** A finished outpatient visit of the last three hours, with vital signs and one diagnosis. */
export function finishedVisit(
  sim: SatuSehatSimulator,
  overrides: Partial<SyncVisitRecord> = {},
): SyncVisitRecord {
  const now = Date.now();
  sequence += 1;
  return {
    registrationNumber: `RJ-${now}-${sequence}`,
    status: 'finished',
    patient: { nik: ARDIANTO.nik, name: ARDIANTO.name },
    practitioner: { nik: DR_ALEXANDER.nik, name: DR_ALEXANDER.name },
    location: { id: sim.locationId, name: 'Poli Umum 1' },
    arrivedAt: new Date(now - 3 * 3_600_000),
    inProgressAt: new Date(now - 2 * 3_600_000),
    finishedAt: new Date(now - 3_600_000),
    diagnoses: [
      { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified', role: 'primary' },
    ],
    ...overrides,
  };
}
