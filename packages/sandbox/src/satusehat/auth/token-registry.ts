import { randomBytes, randomUUID } from 'node:crypto';
import type { SimulatorClient, SimulatorClock } from '../options';

export interface IssuedToken {
  accessToken: string;
  client: SimulatorClient;
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck =
  | { ok: true; token: IssuedToken }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Apigee-looking opaque tokens: 28 alphanumerics. */
function opaqueToken(): string {
  const bytes = randomBytes(28);
  let out = '';
  for (const byte of bytes) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return out;
}

/** The gateway's memory of the tokens it issued. */
export class TokenRegistry {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #clock: SimulatorClock;
  readonly #ttlSeconds: number;

  constructor(clock: SimulatorClock, ttlSeconds: number) {
    this.#clock = clock;
    this.#ttlSeconds = ttlSeconds;
  }

  issue(client: SimulatorClient): { token: IssuedToken; body: Record<string, unknown> } {
    const now = this.#clock.now();
    const token: IssuedToken = {
      accessToken: opaqueToken(),
      client,
      issuedAt: now,
      expiresAt: now + this.#ttlSeconds * 1000,
    };
    this.#tokens.set(token.accessToken, token);
    // The Apigee token object: every number is a string (satusehat.md §2.2).
    const body = {
      refresh_token_expires_in: '0',
      api_product_list: '[api-sandbox]',
      api_product_list_json: ['api-sandbox'],
      organization_name: 'ihs-prod-1',
      'developer.email': 'developer@sehatkit.invalid',
      token_type: 'BearerToken',
      issued_at: String(now),
      client_id: client.clientId,
      access_token: token.accessToken,
      application_name: randomUUID(),
      scope: '',
      expires_in: String(this.#ttlSeconds),
      refresh_count: '0',
      status: 'approved',
    };
    return { token, body };
  }

  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match?.[1]) return { ok: false, reason: 'missing' };
    const token = this.#tokens.get(match[1]);
    if (!token) return { ok: false, reason: 'invalid' };
    if (this.#clock.now() >= token.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, token };
  }

  expireAll(): void {
    const now = this.#clock.now();
    for (const token of this.#tokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
  }

  revokeAll(): void {
    this.#tokens.clear();
  }
}
