import type { Hono } from 'hono';
import type { FaultRule } from '../faults/faults';
import type { SimulatorEnv } from '../http/env';
import { isObject, jsonResponse, sortKeysDeep } from '../http/json';
import type { SimulatorState } from '../state';

/**
 * Read-only windows into the simulator for the demo and for tests in another process, plus fault switches.
 * These are not SATUSEHAT APIs; they live under `/_sim` and need no token.
 */
export function mountAdmin(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.get('/_sim/resources', () =>
    jsonResponse({
      organizations: state.clients.map((k) => k.organizationId),
      resources: Object.fromEntries(state.store.types().map((t) => [t, state.store.count(t)])),
    }),
  );

  app.get('/_sim/resources/:type', (c) => {
    const type = c.req.param('type');
    const limit = Math.min(Number(c.req.query('limit') ?? 100) || 100, 1000);
    const items = state.store
      .list(type)
      .slice(-limit)
      .map((s) => ({ ownerOrganization: s.ownerOrganization ?? null, resource: sortKeysDeep(s.resource) }));
    return jsonResponse({ type, total: state.store.count(type), items });
  });

  app.get('/_sim/kyc/public-key', (c) =>
    c.text(state.kyc.publicKeyPem, 200, { 'content-type': 'application/x-pem-file' }),
  );

  app.get('/_sim/stats', () => jsonResponse({ ...state.stats, cpuUsage: process.cpuUsage() }));

  app.get('/_sim/faults', () => jsonResponse({ faults: state.faults.active }));

  app.post('/_sim/faults', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const kinds = ['server-error', 'rate-limit', 'latency', 'html-error'];
    if (!isObject(body) || !kinds.includes(String(body.kind))) {
      return jsonResponse({ error: `kind must be one of ${kinds.join(', ')}` }, 400);
    }
    return jsonResponse(state.faults.add(body as unknown as FaultRule), 201);
  });

  app.post('/_sim/faults/expire-tokens', () => {
    state.faults.expireTokens();
    return jsonResponse({ ok: true });
  });

  app.delete('/_sim/faults', () => {
    state.faults.clear();
    return jsonResponse({ ok: true });
  });
}
