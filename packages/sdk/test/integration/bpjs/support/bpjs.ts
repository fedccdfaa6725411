import { type BpjsSimulator, type BpjsSimulatorOptions, startBpjsSimulator } from '@sehatkit/sandbox/bpjs';
import { BpjsClient } from '../../../../src/bpjs/client';
import type { BpjsClientOptions } from '../../../../src/bpjs/config';

export interface BpjsTestBed {
  sim: BpjsSimulator;
  client: BpjsClient;
  options: BpjsClientOptions;
  close(): Promise<void>;
}

/** The client options that open a running simulator. */
export function clientOptionsFor(sim: BpjsSimulator): BpjsClientOptions {
  const c = sim.credentials;
  return {
    consId: c.consId,
    consSecret: c.consSecret,
    pcare: { username: c.pcareUsername, password: c.pcarePassword, userKey: c.userKeys.pcare },
    antrean: { userKey: c.userKeys.antrean },
    baseUrls: sim.urls,
    retry: { limit: 0 },
  };
}

/** A simulator on a free loopback port and a client pointed at it. */
export async function startBpjs(
  options: { simulator?: BpjsSimulatorOptions; client?: Partial<BpjsClientOptions> } = {},
): Promise<BpjsTestBed> {
  const sim = await startBpjsSimulator(options.simulator);
  const clientOptions = { ...clientOptionsFor(sim), ...options.client };
  return { sim, client: new BpjsClient(clientOptions), options: clientOptions, close: () => sim.close() };
}

const wib = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Jakarta, ISO: pCare refuses registrations dated in the future. */
export function todayInJakarta(offsetDays = 0): string {
  return wib.format(Date.now() + offsetDays * 86_400_000);
}
