export interface RateLimitDecision {
  allowed: boolean;
  /** Milliseconds until one more request would be allowed. */
  retryAfterMs: number;
  remaining: number;
}

/** Where request counts live. The default is in memory; several instances behind a balancer share one (e.g. Redis). */
export interface RateLimitStore {
  hit(
    key: string,
    limit: number,
    windowMs: number,
    now: number,
  ): Promise<RateLimitDecision> | RateLimitDecision;
}

/**
 * A token bucket per client: `limit` requests per `windowMs`, refilled continuously, so a burst is allowed
 * up to the limit and a steady client is never cut off at a window edge.
 */
export function memoryRateLimitStore(maxClients = 10_000): RateLimitStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    hit(key, limit, windowMs, now) {
      const perMs = limit / windowMs;
      const bucket = buckets.get(key) ?? { tokens: limit, at: now };
      bucket.tokens = Math.min(limit, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.delete(key);
      // Map order is insertion order: re-inserting keeps the least recently seen client first for eviction.
      buckets.set(key, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterMs: 0, remaining: Math.floor(bucket.tokens) };
      }
      return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / perMs), remaining: 0 };
    },
  };
}
