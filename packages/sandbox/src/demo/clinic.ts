import { BpjsClient } from '@sehatkit/sdk/bpjs';
import { SatuSehatClient } from '@sehatkit/sdk/satusehat';
import type { DemoParts } from './parts';

/**
 * The demo clinic's doctor. The SATUSEHAT identity is one of the platform's documented sandbox health
 * workers; the pCare doctor code is one of the BPJS simulator's reference doctors (each service keeps its
 * own register, as in production).
 */
export const DEMO_DOCTOR = {
  name: 'dr. Alexander',
  nik: '7209061211900001',
  pcareDoctorCode: '900001',
} as const;

/** Poli Umum: pCare's kdPoli 001 and the SATUSEHAT simulator's seeded outpatient room. */
export const POLI_UMUM = { pcareCode: '001', name: 'Poli Umum' } as const;

export const CLINIC_TIME_ZONE = 'Asia/Jakarta';

/** Today's date in the clinic's zone, yyyy-mm-dd: BPJS dates are local dates. */
export function clinicDate(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_TIME_ZONE }).format(now);
}

/** The SDK clients the demo's own backend uses, pointed at the simulators like a clinic points them at production. */
export interface DemoClients {
  satusehat: SatuSehatClient;
  bpjs: BpjsClient;
  organizationId: string;
  locationId: string;
}

export function demoClients(parts: DemoParts): DemoClients {
  const ss = parts.satusehat;
  const b = parts.bpjs.credentials;
  return {
    satusehat: new SatuSehatClient({ baseUrl: ss.url, ...ss.credentials, logger: parts.logger }),
    bpjs: new BpjsClient({
      baseUrls: parts.bpjs.urls,
      consId: b.consId,
      consSecret: b.consSecret,
      pcare: {
        username: b.pcareUsername,
        password: b.pcarePassword,
        userKey: b.userKeys.pcare,
        appCode: b.appCode,
      },
      antrean: { userKey: b.userKeys.antrean },
      logger: parts.logger,
    }),
    organizationId: ss.credentials.organizationId,
    locationId: ss.locationId,
  };
}
