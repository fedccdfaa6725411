import type { MiddlewareHandler } from 'hono';
import type { BpjsEnv } from '../protocol/reply';
import { type ActiveBpjsFault, type BpjsFaults, clockText } from './faults';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const IIS_RUNTIME_ERROR = `<!DOCTYPE html>
<html><head><title>Runtime Error</title></head>
<body><h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2></body></html>`;

/**
 * A fault for one request named in a header, for curl and the demo:
 * `X-Simulator-Fault: server-error`, `html-error`, `rate-limit=10`, `icare-wait=30`, `empty-body`, `wrong-key`,
 * `latency=300`.
 */
function fromHeader(value: string | undefined): ActiveBpjsFault | undefined {
  if (!value) return undefined;
  const [kind, arg] = value.trim().split('=');
  const n = arg === undefined ? undefined : Number(arg);
  switch (kind) {
    case 'server-error':
    case 'html-error':
      return { id: 0, hits: 1, kind, ...(n ? { status: n } : {}) };
    case 'rate-limit':
    case 'icare-wait':
      return { id: 0, hits: 1, kind, ...(n !== undefined ? { waitSeconds: n } : {}) };
    case 'latency':
      return { id: 0, hits: 1, kind, ...(n !== undefined ? { latencyMs: n } : {}) };
    case 'empty-body':
    case 'wrong-key':
      return { id: 0, hits: 1, kind };
    default:
      return undefined;
  }
}

/** Runs before the gateway: a fault replaces the answer, delays it, or (wrong-key) marks it for a bad key. */
export function faultMiddleware(faults: BpjsFaults): MiddlewareHandler<BpjsEnv> {
  return async (c, next) => {
    const header = fromHeader(c.req.header('x-simulator-fault'));
    const list = header ? [header] : faults.take(c.req.method, c.req.path);
    for (const fault of list) {
      switch (fault.kind) {
        case 'latency':
          await sleep(fault.latencyMs ?? 200);
          break;
        case 'server-error':
          return c.text(fault.body ?? 'no healthy upstream', (fault.status ?? 503) as 503);
        case 'html-error':
          return c.html(IIS_RUNTIME_ERROR, (fault.status ?? 500) as 500);
        case 'rate-limit':
          c.header('Retry-After', String(fault.waitSeconds ?? 5));
          return c.text('Too Many Requests', 429);
        case 'icare-wait': {
          const wait = clockText(fault.waitSeconds ?? 5);
          return c.json(
            { response: null, metaData: { code: 412, message: `Silakan coba kembali setelah ${wait}` } },
            412,
          );
        }
        case 'empty-body':
          return c.body(null, 200);
        case 'wrong-key':
          c.set('wrongKey', true);
          break;
      }
    }
    await next();
  };
}
