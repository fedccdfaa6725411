/** A bearer token, when it was obtained and when it stops being usable (ms since the epoch). */
export interface CachedToken {
  accessToken: string;
  obtainedAt: number;
  expiresAt: number;
}

/**
 * Where access tokens are kept between calls. The default keeps them in this process; a shared store
 * (Redis, a database row) lets several server instances use one token instead of each asking for its own.
 * The store holds a live credential: protect it like the client secret.
 */
export interface TokenStore {
  get(key: string): Promise<CachedToken | undefined> | CachedToken | undefined;
  set(key: string, token: CachedToken): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

/** The default store: a Map in this process. */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, CachedToken>();

  get(key: string): CachedToken | undefined {
    return this.#tokens.get(key);
  }

  set(key: string, token: CachedToken): void {
    this.#tokens.set(key, token);
  }

  delete(key: string): void {
    this.#tokens.delete(key);
  }
}
