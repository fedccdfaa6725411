import { existsSync } from 'node:fs';
import path from 'node:path';
import { Redactor, redactingLogger } from '@sehatkit/sdk';
import { type Context, Hono } from 'hono';
import { type DemoAssets, elementsCdnDir, readInside } from './assets';
import { behindRoutes } from './behind/routes';
import { demoClients } from './clinic';
import { type DemoConfig, renderPage } from './layout';
import { PAGES, type PageSpec } from './pages';
import type { DemoParts } from './parts';
import { checkIn, LocalQueue } from './patients/front-desk';
import { PatientRegistry } from './patients/registry';
import { patientRoutes, scenarioRoutes } from './patients/routes';
import { SEED_PATIENTS } from './patients/seed-patients';
import { DemoError, problemResponse } from './problem';
import { regionRoutes } from './regions/routes';
import { isStaffRequest, staffCookie } from './staff';
import type { DemoState } from './state';
import { RoomMonitor } from './teleconsult/room-monitor';
import { teleconsultRoutes } from './teleconsult/routes';
import { visitRoutes } from './visits/routes';
import { VisitStore } from './visits/visit';

const LANG_COOKIE = 'sehatkit_demo_lang';

/**
 * Headers of every demo page. The elements need no inline script and no `eval`: scripts come from this
 * origin only, which is the strict CSP a clinic site can keep (anchors spec §4). The video room needs the
 * PeerServer's WebSocket and camera, microphone and screen capture on this origin.
 */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "media-src 'self' blob: mediastream:",
      "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
    'Permissions-Policy': 'camera=(self), microphone=(self), display-capture=(self)',
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

export interface DemoApp {
  app: Hono;
  close(): void;
}

/**
 * The demo clinic: its pages, its own backend routes (`/demo-api`, playing the clinic's EMR backend with
 * the SDK's clients against the simulators) and the SehatKit server handler mounted at `/api`, all on one
 * origin, so the elements need no CORS and staff requests carry the session cookie.
 */
export async function createDemoApp(parts: DemoParts, assets: DemoAssets | undefined): Promise<DemoApp> {
  const logger = redactingLogger(parts.logger, new Redactor().addSecret(parts.staff.staffToken));
  const state: DemoState = {
    parts,
    clients: demoClients(parts),
    patients: PatientRegistry.seeded(),
    visits: new VisitStore(),
    queue: new LocalQueue(),
    logger,
  };
  const monitor = parts.teleconsult ? new RoomMonitor(parts.teleconsult.events) : undefined;
  const cdn = elementsCdnDir();
  const headers = securityHeaders();
  const app = new Hono();

  app.onError((error, c) => {
    try {
      return problemResponse(c, error);
    } catch {
      logger.error('demo: request failed', { path: c.req.path, error: String(error) });
      return c.json(
        { error: { code: 'INTERNAL', message: { id: 'Kesalahan server.', en: 'Server error.' } } },
        500,
      );
    }
  });

  app.mount('/api', (request, env) => parts.handler(request, env));

  app.get('/cdn/*', (c) => {
    const file = readInside(cdn, c.req.path.slice('/cdn/'.length));
    if (!file) return c.text('Not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  });

  app.get('/assets/*', (c) => {
    const file = assets?.files.get(c.req.path.slice('/assets/'.length));
    if (!file) return c.text('Not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  });

  const api = new Hono();
  const openApi = teleconsultRoutes(state, monitor);
  api.route('/', openApi.open);
  api.route('/', scenarioRoutes(state));
  // Everything else the demo backend does is staff work: the session cookie the staff pages set.
  api.use('*', async (c, next) => {
    if (!isStaffRequest(c.req.raw, parts.staff)) {
      throw new DemoError(401, 'AUTHENTICATION_FAILED', {
        id: 'Buka halaman staf dulu (meja depan atau dokter) untuk masuk.',
        en: 'Open a staff page first (front desk or doctor) to sign in.',
      });
    }
    await next();
  });
  api.route('/', patientRoutes(state));
  api.route('/', regionRoutes(state));
  api.route('/', visitRoutes(state));
  api.route('/', behindRoutes(state));
  api.route('/', openApi.staff);
  app.route('/demo-api', api);

  const config = (page: PageSpec): DemoConfig => ({
    endpoint: '/api',
    page: page.fragment,
    staff: page.staff,
    elements: existsSync(path.join(cdn, 'sehatkit.js')),
    video: parts.teleconsult !== undefined,
    doctor: 'dr. Alexander',
    urls: { ...parts.urls },
  });
  const servePage = (page: PageSpec) => (c: Context) => {
    const fragment = assets?.fragments.get(page.fragment);
    if (!fragment) {
      return c.text(
        'The demo clinic is not built: run `npm run build` (or `npm start`, which builds first).',
        503,
      );
    }
    const lang = c.req.header('cookie')?.includes(`${LANG_COOKIE}=en`) ? 'en' : 'id';
    if (page.staff) c.header('Set-Cookie', staffCookie(parts.staff));
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return c.html(renderPage(page, fragment, config(page), lang));
  };
  for (const page of PAGES) app.get(page.path, servePage(page));

  // The seeded patients wait at Poli Umum from the start, so the doctor has a queue at once.
  for (const seed of SEED_PATIENTS.filter((s) => s.checkedIn)) {
    await checkIn(state.patients.get(seed.id), state.clients, state.queue).catch((error: unknown) =>
      logger.warn('demo: checking in a seeded patient failed', { patient: seed.id, error: String(error) }),
    );
  }

  return { app, close: () => monitor?.close() };
}
