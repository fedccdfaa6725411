import type { Clock } from '../../logging/clock';

/**
 * NIK → IHS number lookups, remembered for a while (LRU with a time limit) and asked once however many
 * syncs wait for the same person. Keys hold NIKs: the cache lives in memory only and is never logged.
 */
export class IdentityCache {
  readonly #entries = new Map<string, { value: string; expiresAt: number }>();
  readonly #pending = new Map<string, Promise<string>>();
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #size: number;

  constructor(clock: Clock, ttlMs: number, size: number) {
    this.#clock = clock;
    this.#ttlMs = ttlMs;
    this.#size = size;
  }

  async resolve(key: string, lookup: () => Promise<string>): Promise<string> {
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > this.#clock.now()) {
      // Map order is recency order: move the hit to the end.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    if (hit) this.#entries.delete(key);
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const promise = lookup()
      .then((value) => {
        if (this.#ttlMs > 0) {
          this.#entries.set(key, { value, expiresAt: this.#clock.now() + this.#ttlMs });
          while (this.#entries.size > this.#size) {
            const oldest = this.#entries.keys().next().value;
            if (oldest === undefined) break;
            this.#entries.delete(oldest);
          }
        }
        return value;
      })
      .finally(() => this.#pending.delete(key));
    this.#pending.set(key, promise);
    return promise;
  }

  clear(): void {
    this.#entries.clear();
  }
}
