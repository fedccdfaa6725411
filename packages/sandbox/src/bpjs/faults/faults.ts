/**
 * Fault injection for the BPJS simulator, with the same switches as the SATUSEHAT one (a rule per route,
 * for every matching request or the next `times`), plus the failures particular to BPJS.
 */
export type BpjsFaultKind =
  /** 5xx with a text/plain body (`no healthy upstream`), as a gateway in trouble answers. */
  | 'server-error'
  /** An HTML error page, as BPJS's IIS front answers runtime errors (bpjs.md §6.3 item 11). */
  | 'html-error'
  /** 429 with Retry-After. */
  | 'rate-limit'
  /** i-Care's rate limit: 412 whose message carries the wait as HH:MM:SS (bpjs.md §4). */
  | 'icare-wait'
  /** HTTP 200 with an empty body (bpjs.md §6.3 item 11). */
  | 'empty-body'
  /** The answer is encrypted with timestamp + 1: what a server-side timestamp mix-up looks like to a client. */
  | 'wrong-key'
  /** The answer is delayed, then served normally. */
  | 'latency';

export interface BpjsFaultRule {
  kind: BpjsFaultKind;
  /**
   * Which requests: a path prefix (`/pcare-rest/peserta`), optionally led by a method (`POST /pcare-rest`).
   * A prefix ending in `$` must match the whole path. Default: every request.
   */
  route?: string;
  /** How many matching requests it applies to. Default: until removed or cleared. */
  times?: number;
  /** server-error (default 503), html-error (default 500). */
  status?: number;
  /** server-error body. Default `no healthy upstream`. */
  body?: string;
  /** rate-limit's Retry-After and icare-wait's HH:MM:SS. Default 5. */
  waitSeconds?: number;
  /** latency. Default 200 ms. */
  latencyMs?: number;
}

export interface ActiveBpjsFault extends BpjsFaultRule {
  readonly id: number;
  hits: number;
}

function matches(rule: BpjsFaultRule, method: string, path: string): boolean {
  if (!rule.route) return true;
  const m = /^(GET|POST|PUT|DELETE)\s+(.*)$/i.exec(rule.route.trim());
  const pattern = (m ? (m[2] ?? '') : rule.route).trim();
  if (m && m[1]?.toUpperCase() !== method.toUpperCase()) return false;
  return pattern.endsWith('$') ? path === pattern.slice(0, -1) : path.startsWith(pattern);
}

export class BpjsFaults {
  #rules: ActiveBpjsFault[] = [];
  #nextId = 1;

  get active(): readonly ActiveBpjsFault[] {
    return this.#rules;
  }

  add(rule: BpjsFaultRule): ActiveBpjsFault {
    const fault: ActiveBpjsFault = { ...rule, id: this.#nextId++, hits: 0 };
    this.#rules.push(fault);
    return fault;
  }

  remove(fault: ActiveBpjsFault | number): void {
    const id = typeof fault === 'number' ? fault : fault.id;
    this.#rules = this.#rules.filter((r) => r.id !== id);
  }

  clear(): void {
    this.#rules = [];
  }

  serverError(route?: string, options: Omit<BpjsFaultRule, 'kind' | 'route'> = {}): ActiveBpjsFault {
    return this.add({ ...options, kind: 'server-error', ...(route ? { route } : {}) });
  }

  htmlError(route?: string, options: Omit<BpjsFaultRule, 'kind' | 'route'> = {}): ActiveBpjsFault {
    return this.add({ ...options, kind: 'html-error', ...(route ? { route } : {}) });
  }

  rateLimit(route?: string, options: Omit<BpjsFaultRule, 'kind' | 'route'> = {}): ActiveBpjsFault {
    return this.add({ ...options, kind: 'rate-limit', ...(route ? { route } : {}) });
  }

  icareWait(waitSeconds = 5, options: Omit<BpjsFaultRule, 'kind' | 'waitSeconds'> = {}): ActiveBpjsFault {
    return this.add({ route: '/wsihs', ...options, kind: 'icare-wait', waitSeconds });
  }

  latency(
    route?: string,
    latencyMs = 200,
    options: Omit<BpjsFaultRule, 'kind' | 'route' | 'latencyMs'> = {},
  ) {
    return this.add({ ...options, kind: 'latency', latencyMs, ...(route ? { route } : {}) });
  }

  /** The faults that apply to this request, each counted; spent ones are dropped. */
  take(method: string, path: string): ActiveBpjsFault[] {
    const hit = this.#rules.filter((r) => matches(r, method, path));
    for (const fault of hit) fault.hits += 1;
    this.#rules = this.#rules.filter((r) => r.times === undefined || r.hits < r.times);
    return hit;
  }
}

/** `HH:MM:SS` for a number of seconds. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
