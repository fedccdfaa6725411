/**
 * Fault injection: a test switches a fault on for a route (every matching request, or the next `times`)
 * and the simulator misbehaves the way the real gateway does (satusehat.md §2.4, §4.1, §4.2).
 */
export type FaultKind =
  /** A 5xx with a text/plain body such as `no healthy upstream` or `Gateway Timeout`. */
  | 'server-error'
  /** 429 with a Retry-After header. */
  | 'rate-limit'
  /** The answer is delayed, then served normally. */
  | 'latency'
  /** An HTML error page (a proxy in front of the gateway), e.g. 403 or 502. */
  | 'html-error';

export interface FaultRule {
  kind: FaultKind;
  /**
   * Which requests: a path prefix (`/fhir-r4/v1/Encounter`), optionally led by a method (`POST /fhir-r4/v1`).
   * A prefix ending in `$` must match the whole path. Default: every request.
   */
  route?: string;
  /** How many matching requests it applies to; afterwards it is spent. Default: until cleared. */
  times?: number;
  /** Status for server-error (default 503) and html-error (default 502). */
  status?: number;
  /** Body for server-error. Default `no healthy upstream`. */
  body?: string;
  /** Seconds for Retry-After on rate-limit. Default 1. */
  retryAfterSeconds?: number;
  /** Delay for latency. Default 200 ms. */
  latencyMs?: number;
}

export interface ActiveFault extends FaultRule {
  readonly id: number;
  /** How many requests it has hit so far. */
  hits: number;
}

export interface FaultControls {
  /** Switches a fault on; returns it so a test can read `hits` or remove it. */
  add(rule: FaultRule): ActiveFault;
  remove(fault: ActiveFault | number): void;
  /** Shorthand: 5xx text body on a route. */
  serverError(route?: string, options?: Omit<FaultRule, 'kind' | 'route'>): ActiveFault;
  /** Shorthand: 429 with Retry-After on a route. */
  rateLimit(route?: string, options?: Omit<FaultRule, 'kind' | 'route'>): ActiveFault;
  /** Shorthand: delay on a route. */
  latency(
    route?: string,
    latencyMs?: number,
    options?: Omit<FaultRule, 'kind' | 'route' | 'latencyMs'>,
  ): ActiveFault;
  /** Every access token issued so far expires now; the next call with one gets the gateway's 401. */
  expireTokens(): void;
  /** Every access token issued so far becomes unknown to the gateway (`Invalid access token`). */
  revokeTokens(): void;
  clear(): void;
  readonly active: readonly ActiveFault[];
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (!rule.route) return true;
  const match = /^(GET|POST|PUT|PATCH|DELETE|HEAD)\s+(.*)$/i.exec(rule.route.trim());
  const wantMethod = match ? match[1]?.toUpperCase() : undefined;
  const pattern = match ? (match[2] ?? '') : rule.route.trim();
  if (wantMethod && wantMethod !== method.toUpperCase()) return false;
  if (pattern.endsWith('$')) return path === pattern.slice(0, -1);
  return path.startsWith(pattern);
}

export class FaultInjector implements FaultControls {
  #rules: ActiveFault[] = [];
  #nextId = 1;
  readonly #tokens: { expireAll(): void; revokeAll(): void };

  constructor(tokens: { expireAll(): void; revokeAll(): void }) {
    this.#tokens = tokens;
  }

  get active(): readonly ActiveFault[] {
    return this.#rules;
  }

  add(rule: FaultRule): ActiveFault {
    const fault: ActiveFault = { ...rule, id: this.#nextId++, hits: 0 };
    this.#rules.push(fault);
    return fault;
  }

  remove(fault: ActiveFault | number): void {
    const id = typeof fault === 'number' ? fault : fault.id;
    this.#rules = this.#rules.filter((r) => r.id !== id);
  }

  serverError(route?: string, options: Omit<FaultRule, 'kind' | 'route'> = {}): ActiveFault {
    return this.add({ ...options, kind: 'server-error', ...(route ? { route } : {}) });
  }

  rateLimit(route?: string, options: Omit<FaultRule, 'kind' | 'route'> = {}): ActiveFault {
    return this.add({ ...options, kind: 'rate-limit', ...(route ? { route } : {}) });
  }

  latency(
    route?: string,
    latencyMs = 200,
    options: Omit<FaultRule, 'kind' | 'route' | 'latencyMs'> = {},
  ): ActiveFault {
    return this.add({ ...options, kind: 'latency', latencyMs, ...(route ? { route } : {}) });
  }

  expireTokens(): void {
    this.#tokens.expireAll();
  }

  revokeTokens(): void {
    this.#tokens.revokeAll();
  }

  clear(): void {
    this.#rules = [];
  }

  /** The faults this request triggers, spending one use of each. Latency first, then at most one failure. */
  take(method: string, path: string): ActiveFault[] {
    const hit: ActiveFault[] = [];
    for (const rule of this.#rules) {
      if (!matches(rule, method, path)) continue;
      if (rule.kind !== 'latency' && hit.some((h) => h.kind !== 'latency')) continue;
      rule.hits += 1;
      hit.push(rule);
    }
    this.#rules = this.#rules.filter((r) => r.times === undefined || r.hits < r.times);
    return hit.sort((a, b) => (a.kind === 'latency' ? -1 : 0) - (b.kind === 'latency' ? -1 : 0));
  }
}

/** What a failing fault answers with. */
export function faultResponse(fault: ActiveFault): Response | undefined {
  switch (fault.kind) {
    case 'server-error':
      return new Response(fault.body ?? 'no healthy upstream', {
        status: fault.status ?? 503,
        headers: { 'content-type': 'text/plain' },
      });
    case 'rate-limit':
      // Apigee answers spike arrests with its fault JSON (satusehat.md §4.2, inference: same gateway).
      return new Response(
        JSON.stringify({
          fault: {
            faultstring:
              'Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=100, periodInMicroseconds=1000000}',
            detail: { errorcode: 'policies.ratelimit.SpikeArrestViolation' },
          },
        }),
        {
          status: 429,
          headers: {
            'content-type': 'application/json',
            'retry-after': String(fault.retryAfterSeconds ?? 1),
          },
        },
      );
    case 'html-error': {
      const status = fault.status ?? 502;
      return new Response(
        `<html><head><title>${status}</title></head><body>${status} Bad Gateway</body></html>`,
        {
          status,
          headers: { 'content-type': 'text/html' },
        },
      );
    }
    case 'latency':
      return undefined;
  }
}
