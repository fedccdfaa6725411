import type { Hono } from 'hono';
import type { SimulatorEnv } from '../http/env';
import { jsonResponse } from '../http/json';
import type { SimulatorState } from '../state';

const AUTH_FAILURE_THROTTLE_MS = 60_000;

/** `POST /oauth2/v1/accesstoken?grant_type=client_credentials` with a form body (satusehat.md §2.1). */
export function mountOAuth(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.post('/oauth2/v1/accesstoken', async (c) => {
    if (c.req.query('grant_type') !== 'client_credentials') {
      return jsonResponse({ ErrorCode: 'invalid_request', Error: 'Unsupported grant type' }, 400);
    }
    const contentType = c.req.header('content-type') ?? '';
    if (!contentType.includes('application/x-www-form-urlencoded')) {
      return jsonResponse({ ErrorCode: 'invalid_request', Error: 'Invalid content type' }, 400);
    }
    const form = new URLSearchParams(await c.req.text());
    const clientId = form.get('client_id') ?? '';
    const client = state.clients.find((k) => k.clientId === clientId);
    if (!client) {
      return jsonResponse({ ErrorCode: 'invalid_client', Error: 'ClientId is Invalid' }, 401);
    }
    const blockedUntil = state.authBlockedUntil.get(clientId) ?? 0;
    if (state.options.throttleAuthFailures && state.clock.now() < blockedUntil) {
      return jsonResponse(
        {
          fault: {
            faultstring: 'Rate limit quota violation. Quota limit exceeded.',
            detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
          },
        },
        429,
        { 'retry-after': String(Math.ceil((blockedUntil - state.clock.now()) / 1000)) },
      );
    }
    if (form.get('client_secret') !== client.clientSecret) {
      if (state.options.throttleAuthFailures) {
        state.authBlockedUntil.set(clientId, state.clock.now() + AUTH_FAILURE_THROTTLE_MS);
      }
      // The documented body, including its non-standard severity "invalid" (satusehat.md §2.4).
      return jsonResponse(
        {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'invalid',
              code: 'value',
              details: {
                text: 'The user or system was not able to be authenticated (either client_id or client_secret combination is unacceptable)',
              },
            },
          ],
        },
        401,
      );
    }
    state.stats.tokensIssued += 1;
    return jsonResponse(state.tokens.issue(client).body, 200);
  });
}
