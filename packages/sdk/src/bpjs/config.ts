import { z } from 'zod';
import { parseConfig } from '../errors/zod-issues';
import { type Clock, systemClock } from '../logging/clock';
import { type Logger, silentLogger } from '../logging/logger';
import { DEFAULT_APP_CODE } from './signature';

/**
 * Base URLs per environment (spec §1.1). i-Care production is `/wsihs`, not the stale `/ihs` (ssecd/jkn
 * commit 6403a78); Antrean FKTP has its own service path, not the pCare one (spec §1.1 [CONFLICT]).
 */
export const BPJS_BASE_URLS = {
  development: {
    pcare: 'https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev',
    antrean: 'https://apijkn-dev.bpjs-kesehatan.go.id/antreanfktp_dev',
    icare: 'https://apijkn-dev.bpjs-kesehatan.go.id/ihs_dev',
  },
  production: {
    pcare: 'https://apijkn.bpjs-kesehatan.go.id/pcare-rest',
    antrean: 'https://apijkn.bpjs-kesehatan.go.id/antreanfktp',
    icare: 'https://apijkn.bpjs-kesehatan.go.id/wsihs',
  },
} as const;

export type BpjsEnvironment = keyof typeof BPJS_BASE_URLS;

export interface BpjsClientOptions {
  /** Which BPJS gateway to call. Default `'development'` (apijkn-dev). */
  environment?: BpjsEnvironment;
  /** Per-service base URL overrides (a simulator, a proxy). Each defaults to the environment's URL. */
  baseUrls?: { pcare?: string; antrean?: string; icare?: string };
  /** The consumer ID (X-cons-id) issued by the BPJS branch office. Required. */
  consId: string;
  /** The consumer secret that keys X-signature and the response encryption. Required; never logged. */
  consSecret: string;
  /** The FKTP's pCare web login and pCare user key. Required. */
  pcare: {
    username: string;
    password: string;
    /** user_key for pCare from TrustMark. */
    userKey: string;
    /** kdAplikasi in X-authorization. Default `'095'`. */
    appCode?: string;
  };
  /** Antrean FKTP towards BPJS ("user key Antrol"). Required only to use `antrean`. */
  antrean?: {
    userKey: string;
    /** Send X-authorization too (mLITE does; it is harmless). Default true. */
    sendAuthorization?: boolean;
  };
  /** i-Care FKTP. `userKey` defaults to the pCare user key, as for most FKTPs (spec §4). */
  icare?: { userKey?: string };
  /**
   * Seconds added to the host clock for X-timestamp, for a host clock known to disagree with BPJS; or
   * `'auto'` to follow the `Date` header of BPJS's answers (see BpjsClock). Default 0: a disagreement of 30 s
   * or more is then logged as a warning.
   */
  timestampOffsetSeconds?: number | 'auto';
  /** Per-attempt timeout. Default 30 000 ms (BPJS dev is often slow; spec §6.3 item 12). */
  timeoutMs?: number;
  /** Retries of GET requests on 5xx/429/timeouts. Writes are never retried. Default `{ limit: 2 }`. */
  retry?: { limit?: number };
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: silent. Everything it receives is redacted. */
  logger?: Logger;
}

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`);
// Trimmed first: a stray space in a configured base URL broke one peer library (ssecd/jkn 654aa9d).
const url = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

const optionsSchema = z.object({
  environment: z.enum(['development', 'production']).default('development'),
  baseUrls: z.object({ pcare: url.optional(), antrean: url.optional(), icare: url.optional() }).optional(),
  consId: nonEmpty('consId'),
  consSecret: nonEmpty('consSecret'),
  pcare: z.object({
    username: nonEmpty('pcare.username'),
    password: nonEmpty('pcare.password'),
    userKey: nonEmpty('pcare.userKey'),
    appCode: z
      .string()
      .regex(/^\d{3}$/, 'must be three digits')
      .default(DEFAULT_APP_CODE),
  }),
  antrean: z
    .object({ userKey: nonEmpty('antrean.userKey'), sendAuthorization: z.boolean().default(true) })
    .optional(),
  icare: z.object({ userKey: nonEmpty('icare.userKey').optional() }).optional(),
  timestampOffsetSeconds: z
    .union([z.number().int('must be whole seconds'), z.literal('auto')], {
      error: "must be whole seconds or 'auto'",
    })
    .default(0),
  timeoutMs: z.number().int().positive().default(30_000),
  retry: z.object({ limit: z.number().int().min(0).max(5).default(2) }).default({ limit: 2 }),
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function', 'must be a fetch function').optional(),
  clock: z
    .custom<Clock>((v) => typeof (v as Clock | undefined)?.now === 'function', 'must have now()')
    .default(systemClock),
  logger: z
    .custom<Logger>((v) => typeof (v as Logger | undefined)?.debug === 'function', 'must be a Logger')
    .default(silentLogger),
});

export type ResolvedBpjsOptions = z.output<typeof optionsSchema> & {
  urls: { pcare: string; antrean: string; icare: string };
};

/** Validates the options once at construction; a bad one fails here with its field named. */
export function resolveOptions(options: BpjsClientOptions): ResolvedBpjsOptions {
  const parsed = parseConfig(optionsSchema, options, 'BPJS client');
  const defaults = BPJS_BASE_URLS[parsed.environment];
  const trim = (u: string) => u.trim().replace(/\/+$/, '');
  return {
    ...parsed,
    urls: {
      pcare: trim(parsed.baseUrls?.pcare ?? defaults.pcare),
      antrean: trim(parsed.baseUrls?.antrean ?? defaults.antrean),
      icare: trim(parsed.baseUrls?.icare ?? defaults.icare),
    },
  };
}
