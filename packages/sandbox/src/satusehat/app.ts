import { Hono } from 'hono';
import { mountAdmin } from './admin/admin-routes';
import { mountOAuth } from './auth/oauth-routes';
import { mountConsent } from './consent/consent-routes';
import { faultMiddleware } from './faults/fault-middleware';
import { mountFhir } from './fhir/fhir-routes';
import type { SimulatorEnv } from './http/env';
import { textResponse } from './http/json';
import { mountKfa } from './kfa/kfa-routes';
import { mountKyc } from './kyc/kyc-routes';
import { mountMasterdata } from './masterdata/masterdata-routes';
import type { SimulatorState } from './state';

/** The simulator as a fetch handler: faults first, then the gateway and the APIs behind it. */
export function createSatuSehatApp(state: SimulatorState): Hono<SimulatorEnv> {
  const app = new Hono<SimulatorEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-request-id', crypto.randomUUID());
  });
  app.use('*', faultMiddleware(state));
  app.post('/oauth2/v1/accesstoken', async (_c, next) => {
    state.stats.tokenRequests += 1;
    await next();
  });
  mountOAuth(app, state);
  mountFhir(app, state);
  mountConsent(app, state);
  mountKfa(app, state);
  mountMasterdata(app, state);
  mountKyc(app, state);
  mountAdmin(app, state);
  // A wrong URL gets an empty 404, as the Postman example shows (satusehat.md §4.1).
  app.notFound(() => new Response(null, { status: 404 }));
  // The gateway answers its own failures in text/plain.
  app.onError(() => textResponse('Internal Server Error', 500));
  return app;
}
