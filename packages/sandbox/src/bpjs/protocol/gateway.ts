import type { MiddlewareHandler } from 'hono';
import type { BpjsSimulatorCredentials, SimulatorClock } from '../options';
import { encryptPayload, expectedAuthorization, expectedSignature, sameValue } from './crypto';
import { type BpjsEnv, replyError, type Service } from './reply';

export interface GatewayOptions {
  service: Service;
  credentials: BpjsSimulatorCredentials;
  clock: SimulatorClock;
  toleranceSeconds: number;
}

/**
 * The checks BPJS's gateway makes before a service sees the request, in the order a client meets them.
 * `user_key` is checked first and refused in plain text, the way a 3scale APIcast gateway (whose credential
 * parameter is named `user_key`) answers; the rest are refused in the service's own envelope. The message
 * texts for signature and timestamp failures are the simulator's own: BPJS's are not in the spec.
 */
export function gateway(options: GatewayOptions): MiddlewareHandler<BpjsEnv> {
  const { service, credentials: cred, clock } = options;
  const userKeys = new Set(
    service === 'pcare'
      ? [cred.userKeys.pcare]
      : service === 'antrean'
        ? [cred.userKeys.antrean]
        : [cred.userKeys.pcare, ...(cred.userKeys.icare ? [cred.userKeys.icare] : [])],
  );
  const authorization = expectedAuthorization(cred.pcareUsername, cred.pcarePassword, cred.appCode);

  return async (c, next) => {
    c.set('service', service);
    const userKey = c.req.header('user_key');
    if (!userKey) return c.text('Authentication parameters missing', 401);
    if (![...userKeys].some((k) => sameValue(userKey, k))) return c.text('Authentication failed', 403);

    const consId = c.req.header('x-cons-id');
    if (consId !== cred.consId) {
      return replyError(c, 404, 'Unauthorized! You are not registered for this service!');
    }
    const timestamp = c.req.header('x-timestamp') ?? '';
    if (!/^\d{1,11}$/.test(timestamp)) {
      return replyError(c, 401, 'Unauthorized! X-timestamp must be UTC seconds since 1970-01-01');
    }
    const skew = Math.abs(Number(timestamp) - Math.floor(clock.now() / 1000));
    if (skew > options.toleranceSeconds) {
      return replyError(c, 401, 'Unauthorized! X-timestamp is outside the allowed window');
    }
    const signature = c.req.header('x-signature') ?? '';
    if (!sameValue(signature, expectedSignature(cred.consId, cred.consSecret, timestamp))) {
      return replyError(c, 401, 'Unauthorized! X-signature does not match');
    }
    // pCare and i-Care FKTP need the pCare login; Antrean FKTP checks it only when sent (bpjs.md §5(a) [UNCERTAIN]).
    const auth = c.req.header('x-authorization');
    if ((service !== 'antrean' || auth !== undefined) && !sameValue(auth ?? '', authorization)) {
      return replyError(c, 401, 'Unauthorized! Username atau password pCare tidak sesuai');
    }
    c.set('timestamp', timestamp);
    const keyTimestamp = c.get('wrongKey') ? String(Number(timestamp) + 1) : timestamp;
    c.set('encrypt', (data) => encryptPayload(data, cred.consId, cred.consSecret, keyTimestamp));
    await next();
  };
}
