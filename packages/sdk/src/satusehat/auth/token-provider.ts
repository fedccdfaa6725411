import { TransportError } from '../../errors/remote-errors';
import type { HttpClient } from '../../http/http-client';
import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import type { Redactor } from '../../logging/redact';
import { errorFromResponse } from '../transport/response-errors';
import { tokenResponseSchema } from './token-response';
import type { CachedToken, TokenStore } from './token-store';

export interface TokenProviderOptions {
  http: HttpClient;
  /** `…/oauth2/v1`. */
  authUrl: string;
  clientId: string;
  clientSecret: string;
  store: TokenStore;
  clock: Clock;
  logger: Logger;
  redactor: Redactor;
  /** Renew this long before expiry, capped at a tenth of the token's lifetime. */
  refreshMarginMs: number;
}

/**
 * Client-credentials tokens (satusehat.md §2): cached in the store until shortly before they expire, renewed
 * by one request however many callers wait (single flight), and dropped when the gateway says a token is
 * invalid so the next caller fetches a fresh one.
 */
export class TokenProvider {
  readonly #o: TokenProviderOptions;
  readonly #key: string;
  #inflight: Promise<CachedToken> | undefined;

  constructor(options: TokenProviderOptions) {
    this.#o = options;
    // One key per auth server and client id, so a shared store can hold several clients' tokens.
    this.#key = `satusehat:token:${options.authUrl}:${options.clientId}`;
  }

  #fresh(token: CachedToken | undefined): token is CachedToken {
    if (!token) return false;
    // A tenth of the lifetime at most, so a short-lived token is not renewed the moment it arrives.
    const margin = Math.min(this.#o.refreshMarginMs, (token.expiresAt - token.obtainedAt) / 10);
    return this.#o.clock.now() < token.expiresAt - margin;
  }

  /** A usable access token: the cached one, or a new one from a single in-flight request. */
  async accessToken(): Promise<string> {
    if (this.#inflight) return (await this.#inflight).accessToken;
    const cached = await this.#o.store.get(this.#key);
    if (this.#fresh(cached)) {
      this.#o.redactor.addSecret(cached.accessToken);
      return cached.accessToken;
    }
    this.#inflight ??= this.#refresh().finally(() => {
      this.#inflight = undefined;
    });
    return (await this.#inflight).accessToken;
  }

  /**
   * Forgets `rejected` if it is still the stored token. Callers that saw the same rejection concurrently
   * therefore cause one refresh, and a late rejection of an old token never discards a newer one.
   */
  async invalidate(rejected: string): Promise<void> {
    const cached = await this.#o.store.get(this.#key);
    if (cached?.accessToken === rejected) await this.#o.store.delete(this.#key);
  }

  async #refresh(): Promise<CachedToken> {
    // Another instance sharing the store may have renewed it while this one waited.
    const again = await this.#o.store.get(this.#key);
    if (this.#fresh(again)) {
      this.#o.redactor.addSecret(again.accessToken);
      return again;
    }
    const { http, clock, redactor, logger } = this.#o;
    const requestedAt = clock.now();
    const response = await http.send({
      method: 'POST',
      path: `${this.#o.authUrl}/accesstoken`,
      searchParams: { grant_type: 'client_credentials' },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: this.#o.clientId,
        client_secret: this.#o.clientSecret,
      }).toString(),
      retry: false,
    });
    if (response.status !== 200) {
      const error = errorFromResponse(response, {
        source: 'satusehat',
        redactor,
        now: clock.now(),
        action: 'token request',
      });
      logger.warn('satusehat token request refused', { status: response.status, code: error.code });
      throw error;
    }
    let parsed: ReturnType<typeof tokenResponseSchema.parse>;
    try {
      parsed = tokenResponseSchema.parse(JSON.parse(response.body));
    } catch {
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        'SATUSEHAT answered the token request with an unreadable body',
        200,
      );
    }
    redactor.addSecret(parsed.access_token);
    const lifetimeMs = parsed.expires_in * 1000;
    // Expiry counts from when we asked, not from the server's issued_at: a skewed local clock must not make
    // every token look expired on arrival.
    const token: CachedToken = {
      accessToken: parsed.access_token,
      obtainedAt: requestedAt,
      expiresAt: requestedAt + lifetimeMs,
    };
    await this.#o.store.set(this.#key, token);
    logger.info('satusehat token issued', { expiresInSeconds: parsed.expires_in });
    return token;
  }
}
