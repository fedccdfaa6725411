import type { MiddlewareHandler } from 'hono';
import type { SimulatorEnv } from '../http/env';
import { jsonResponse } from '../http/json';
import type { ApiProduct } from '../options';
import type { SimulatorState } from '../state';
import {
  EXPIRED_TOKEN_FAULT,
  INVALID_TOKEN_FAULT,
  NO_API_PRODUCT_CHALLENGE,
  NO_API_PRODUCT_FAULT,
} from './gateway-faults';

/** The Apigee layer in front of every API: a valid, unexpired bearer token with the API's product. */
export function gateway(state: SimulatorState, product: ApiProduct): MiddlewareHandler<SimulatorEnv> {
  return async (c, next) => {
    const check = state.tokens.check(c.req.header('authorization'));
    if (!check.ok) {
      return jsonResponse(check.reason === 'expired' ? EXPIRED_TOKEN_FAULT : INVALID_TOKEN_FAULT, 401);
    }
    if (!(check.token.client.products ?? []).includes(product)) {
      return jsonResponse(NO_API_PRODUCT_FAULT, 401, { 'www-authenticate': NO_API_PRODUCT_CHALLENGE });
    }
    c.set('client', check.token.client);
    await next();
  };
}
