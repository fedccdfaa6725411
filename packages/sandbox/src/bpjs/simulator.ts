import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { antreanRoutes } from './antrean/antrean-routes';
import { faultMiddleware } from './faults/fault-middleware';
import { BpjsFaults } from './faults/faults';
import { historyPage } from './icare/history-page';
import { icareRoutes } from './icare/icare-routes';
import {
  BPJS_SIMULATOR_CREDENTIALS,
  type BpjsSimulatorCredentials,
  type BpjsSimulatorOptions,
  systemClock,
} from './options';
import { pcareRoutes } from './pcare/index';
import { gateway } from './protocol/gateway';
import type { BpjsEnv, Service } from './protocol/reply';
import { SEED_MEMBERS, type SeedMember } from './seed/members';
import { BpjsState, type RequestRecord } from './state';

/** Service base paths, named like production's (bpjs.md §1.1). */
export const BPJS_SIMULATOR_PATHS = {
  pcare: '/pcare-rest',
  antrean: '/antreanfktp',
  icare: '/wsihs',
} as const;

export interface BpjsArrivals {
  registrations: {
    queueNumber: string;
    date: string;
    cardNumber: string;
    poliCode: string;
    status: string;
    visitNumber: string | null;
  }[];
  visits: {
    visitNumber: string;
    date: string;
    cardNumber: string;
    diagnoses: string[];
    drugs: number;
    procedures: number;
    referralNumber: string | null;
  }[];
  antrean: { date: string; poliCode: string; cardNumber: string; queueNumber: string; status: string }[];
  icareLinks: { cardNumber: string; views: number }[];
}

export interface BpjsSimulator {
  /** The simulator's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Base URL per service, ready for the SDK's `baseUrls` option. */
  urls: { pcare: string; antrean: string; icare: string };
  /** The credentials it accepts (synthetic). */
  credentials: BpjsSimulatorCredentials;
  /** The seeded members, each with a key saying what it demonstrates. */
  members: readonly SeedMember[];
  faults: BpjsFaults;
  /** What clients have written, newest last: for assertions and for the demo to show. */
  arrivals(): BpjsArrivals;
  /** Every request the simulator answered (method, path, content type, status, envelope code). */
  requests(): readonly RequestRecord[];
  /** Forget everything clients wrote; seeds stay. */
  reset(): void;
  /** The raw state, for tests that need to look closer. */
  readonly state: BpjsState;
  close(): Promise<void>;
}

function serviceOf(path: string): RequestRecord['service'] {
  for (const [service, base] of Object.entries(BPJS_SIMULATOR_PATHS))
    if (path.startsWith(base)) return service as Service;
  return 'other';
}

function requestLog(state: BpjsState, clock: { now(): number }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    let code: number | null = null;
    if (c.res.headers.get('content-type')?.includes('json')) {
      try {
        const body = (await c.res.clone().json()) as {
          metaData?: { code?: unknown };
          metadata?: { code?: unknown };
        };
        const raw = body.metaData?.code ?? body.metadata?.code;
        code = raw === undefined ? null : Number(raw);
      } catch {
        code = null;
      }
    }
    state.requests.push({
      at: clock.now(),
      service: serviceOf(c.req.path),
      method: c.req.method,
      path: c.req.path,
      contentType: c.req.header('content-type') ?? null,
      status: c.res.status,
      code,
    });
  };
}

/**
 * Starts the BPJS simulator on loopback: pCare v4, i-Care and Antrean FKTP under production-like base
 * paths on one port, each behind the gateway checks (user_key, cons-id, timestamp window, signature,
 * pCare login) and answering with encrypted envelopes. It shares no code with the SDK's BPJS client.
 */
export async function startBpjsSimulator(options: BpjsSimulatorOptions = {}): Promise<BpjsSimulator> {
  const clock = options.clock ?? systemClock;
  const credentials =
    options.credentials ?? (structuredClone(BPJS_SIMULATOR_CREDENTIALS) as BpjsSimulatorCredentials);
  const state = new BpjsState();
  const faults = new BpjsFaults();
  const tolerance = options.timestampToleranceSeconds ?? 300;
  let origin = '';

  const app = new Hono<BpjsEnv>();
  app.use('*', requestLog(state, clock));
  // Like any HTTP server, the answer carries the server's own time: a skewed simulator says so here.
  app.use('*', async (c, next) => {
    await next();
    c.header('Date', new Date(clock.now()).toUTCString());
  });
  app.get('/', (c) =>
    c.json({
      name: 'SehatKit BPJS simulator',
      services: Object.fromEntries(
        Object.entries(BPJS_SIMULATOR_PATHS).map(([k, p]) => [k, `${origin}${p}`]),
      ),
    }),
  );
  app.get('/_sim/arrivals', (c) => c.json(arrivals(state)));
  app.get('/_sim/members', (c) =>
    c.json(
      SEED_MEMBERS.map(({ key, description, cardNumber, nik, name, active }) => ({
        key,
        description,
        cardNumber,
        nik,
        name,
        active,
      })),
    ),
  );
  app.route('/mobile-faskes/IHS', historyPage(state, clock));

  for (const service of ['pcare', 'antrean', 'icare'] as const) {
    const base = BPJS_SIMULATOR_PATHS[service];
    const sub = new Hono<BpjsEnv>();
    sub.use('*', faultMiddleware(faults));
    sub.use('*', gateway({ service, credentials, clock, toleranceSeconds: tolerance }));
    const routes =
      service === 'pcare'
        ? pcareRoutes({ state, clock })
        : service === 'antrean'
          ? antreanRoutes({ state, clock })
          : icareRoutes({
              state,
              clock,
              historyPageUrl: () => `${origin}/mobile-faskes/IHS/riwayat`,
              linkSeconds: options.icareLinkSeconds ?? 300,
              minIntervalSeconds: options.icareMinIntervalSeconds ?? 0,
            });
    sub.route('/', routes);
    app.route(base, sub);
  }

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: options.hostname ?? '127.0.0.1' },
      () => resolve(s),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;

  return {
    url: origin,
    urls: {
      pcare: `${origin}${BPJS_SIMULATOR_PATHS.pcare}`,
      antrean: `${origin}${BPJS_SIMULATOR_PATHS.antrean}`,
      icare: `${origin}${BPJS_SIMULATOR_PATHS.icare}`,
    },
    credentials,
    members: SEED_MEMBERS,
    faults,
    state,
    arrivals: () => arrivals(state),
    requests: () => state.requests,
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function arrivals(state: BpjsState): BpjsArrivals {
  return {
    registrations: state.registrations.map((r) => ({
      queueNumber: r.noUrut,
      date: r.date,
      cardNumber: String(r.body.noKartu),
      poliCode: String(r.body.kdPoli),
      status: r.status,
      visitNumber: r.visitNumber,
    })),
    visits: [...state.visits.values()].map((v) => ({
      visitNumber: v.noKunjungan,
      date: v.date,
      cardNumber: String(v.body.noKartu),
      diagnoses: [v.body.kdDiag1, v.body.kdDiag2, v.body.kdDiag3].filter(
        (d): d is string => typeof d === 'string',
      ),
      drugs: state.drugs.filter((d) => d.noKunjungan === v.noKunjungan).length,
      procedures: state.procedures.filter((p) => p.noKunjungan === v.noKunjungan).length,
      referralNumber: v.noRujukan,
    })),
    antrean: state.antrean.map((a) => ({
      date: String(a.body.tanggalperiksa),
      poliCode: String(a.body.kodepoli),
      cardNumber: String(a.body.nomorkartu),
      queueNumber: String(a.body.nomorantrean),
      status: a.status,
    })),
    icareLinks: [...state.icareLinks.values()].map((l) => ({ cardNumber: l.cardNumber, views: l.views })),
  };
}
