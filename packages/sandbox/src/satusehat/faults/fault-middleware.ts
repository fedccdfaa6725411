import type { MiddlewareHandler } from 'hono';
import type { SimulatorEnv } from '../http/env';
import type { SimulatorState } from '../state';
import { type ActiveFault, type FaultKind, faultResponse } from './faults';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A per-request fault named in a header, for curl and the demo: `X-Simulator-Fault: server-error`,
 * `rate-limit`, `html-error` or `latency=300`.
 */
function headerFault(header: string | undefined): ActiveFault | undefined {
  if (!header) return undefined;
  const [kind, arg] = header.trim().split('=');
  const known: FaultKind[] = ['server-error', 'rate-limit', 'latency', 'html-error'];
  if (!known.includes(kind as FaultKind)) return undefined;
  const n = arg === undefined ? undefined : Number(arg);
  return {
    id: 0,
    hits: 1,
    kind: kind as FaultKind,
    ...(kind === 'latency' && n !== undefined ? { latencyMs: n } : {}),
    ...(kind === 'rate-limit' && n !== undefined ? { retryAfterSeconds: n } : {}),
    ...((kind === 'server-error' || kind === 'html-error') && n !== undefined ? { status: n } : {}),
  };
}

/** Counts the request, then applies whatever faults are switched on for it, before the gateway runs. */
export function faultMiddleware(state: SimulatorState): MiddlewareHandler<SimulatorEnv> {
  return async (c, next) => {
    const path = c.req.path;
    state.stats.requests += 1;
    const routeKey = `${c.req.method} ${path.split('/').slice(0, 4).join('/')}`;
    state.stats.byRoute[routeKey] = (state.stats.byRoute[routeKey] ?? 0) + 1;
    if (path.startsWith('/_sim')) return next();

    const fromHeader = headerFault(c.req.header('x-simulator-fault'));
    const faults = fromHeader ? [fromHeader] : state.faults.take(c.req.method, path);
    for (const fault of faults) {
      if (fault.kind === 'latency') {
        await sleep(fault.latencyMs ?? 200);
        continue;
      }
      const response = faultResponse(fault);
      if (response) return response;
    }
    await next();
  };
}
