import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { kfaProducts } from '@sehatkit/sandbox';
import { startBpjsSimulator } from '@sehatkit/sandbox/bpjs';
import { startSatuSehatSimulator } from '@sehatkit/sandbox/satusehat';
import { consoleLogger } from '@sehatkit/sdk';
import { BpjsClient } from '@sehatkit/sdk/bpjs';
import { createDrugSafety, createKfaRecordCatalogue, memoryAlertStore } from '@sehatkit/sdk/drugs';
import { SatuSehatClient } from '@sehatkit/sdk/satusehat';
import { createSehatHandler } from '@sehatkit/sdk/server';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { EmrPatient } from '../app/patients';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');

/** The EMR's patients. A real EMR reads its database; the drug checks get only the clinical facts. */
const PATIENTS: EmrPatient[] = [
  {
    id: 'P-1001',
    name: 'Ardianto Putra',
    summary: '34 years, male. Allergy: penicillins.',
    context: {
      id: 'P-1001',
      ageYears: 34,
      sex: 'male',
      allergies: [{ classId: 'alg.penicillin', name: 'Penicillins', type: 'allergy' }],
    },
  },
  {
    id: 'P-1002',
    name: 'Claudia Sintia',
    summary: '37 years, female, pregnant (30 weeks), hypertension.',
    context: {
      id: 'P-1002',
      ageYears: 37,
      sex: 'female',
      pregnancy: { pregnant: true, gestationalWeek: 30 },
      conditions: ['I10'],
    },
  },
];

export interface EmrServer {
  url: string;
  /** Prescriptions signed through the screen, as the EMR stored them. */
  prescriptions: { id: string; patientId: string; lines: unknown[] }[];
  close(): Promise<void>;
}

/**
 * The EMR's backend: its own routes (`/emr/*`), its session, and the SehatKit server handler mounted at
 * `/api/sehat` next to them, with the clients it needs. The handler's `authorize` hook is where the EMR
 * decides who may use the staff routes; here a session cookie stands in for the EMR's real login.
 */
export async function startEmrServer(options: { port?: number } = {}): Promise<EmrServer> {
  if (!existsSync(path.join(dist, 'app.js')))
    throw new Error('run `npm run build -w examples/react-emr` first');
  const logger = consoleLogger('warn', 'emr');
  // The simulators stand in for SATUSEHAT and BPJS; in production these are the same clients with real
  // credentials and no base URLs (see examples/emr-node/src/clients.ts).
  const satusehatSim = await startSatuSehatSimulator();
  const bpjsSim = await startBpjsSimulator();
  const c = bpjsSim.credentials;
  const session = randomUUID();
  const handler = createSehatHandler({
    basePath: '/api/sehat',
    logger,
    secrets: [session],
    authorize: (request) =>
      request.headers.get('cookie')?.split(/;\s*/).includes(`emr_session=${session}`)
        ? { id: 'dr-emr', name: 'dr. Contoh', role: 'doctor' }
        : false,
    satusehat: new SatuSehatClient({ baseUrl: satusehatSim.url, ...satusehatSim.credentials, logger }),
    bpjs: new BpjsClient({
      baseUrls: bpjsSim.urls,
      consId: c.consId,
      consSecret: c.consSecret,
      pcare: { username: c.pcareUsername, password: c.pcarePassword, userKey: c.userKeys.pcare },
      logger,
    }),
    // The sandbox's KFA-shaped catalogue; production would use createKfaCatalogue() over SATUSEHAT's KFA API.
    drugs: createDrugSafety({
      catalogue: createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' }),
      store: memoryAlertStore(),
      logger,
    }),
  });

  const prescriptions: EmrServer['prescriptions'] = [];
  const app = new Hono();
  app.all('/api/sehat/*', (c) => handler(c.req.raw, c.env));
  app.get('/emr/patients', (c) => c.json({ patients: PATIENTS }));
  app.post('/emr/prescriptions', async (c) => {
    if (getCookie(c, 'emr_session') !== session) return c.json({ error: 'not signed in' }, 401);
    const body = (await c.req.json()) as { patientId: string; lines: unknown[] };
    const id = `RX-${String(prescriptions.length + 1).padStart(4, '0')}`;
    prescriptions.push({ id, patientId: body.patientId, lines: body.lines });
    return c.json({ id }, 201);
  });
  app.get('/', (c) => {
    setCookie(c, 'emr_session', session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.html(readFileSync(path.join(dist, 'index.html'), 'utf8'));
  });
  app.get('/*', (c) => {
    const file = path.resolve(dist, `.${c.req.path}`);
    if (!file.startsWith(dist + path.sep) || !existsSync(file)) return c.notFound();
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.map')
        ? 'application/json'
        : 'application/octet-stream';
    return c.body(readFileSync(file), 200, { 'Content-Type': type });
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    prescriptions,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await Promise.all([satusehatSim.close(), bpjsSim.close()]);
    },
  };
}
