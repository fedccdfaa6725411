import { z } from 'zod';
import { parseConfig } from '../errors/zod-issues';
import type { Clock } from '../logging/clock';
import type { Logger } from '../logging/logger';
import type { TokenStore } from './auth/token-store';
import {
  endpointsForHost,
  SATUSEHAT_HOSTS,
  type SatuSehatEndpoints,
  type SatuSehatEnvironment,
} from './endpoints';

/** Options of `new SatuSehatClient(…)`. Everything is checked at construction; a bad value names its field. */
export interface SatuSehatClientOptions {
  /** `sandbox` (api-satusehat-stg) or `production` (api-satusehat). Default `sandbox`. */
  environment?: SatuSehatEnvironment;
  /** Replaces the host of every API, e.g. the simulator's URL `http://127.0.0.1:39017`. Default: the environment's host. */
  baseUrl?: string;
  /** Replaces single API base URLs (with their version path). Default: derived from the host. */
  endpoints?: Partial<SatuSehatEndpoints>;
  /** The facility's SATUSEHAT organization id (one client id belongs to exactly one organization). Required. */
  organizationId: string;
  /** OAuth2 client id from the SATUSEHAT Platform portal. Required. */
  clientId: string;
  /** OAuth2 client secret. Required; never logged, never in an error message. */
  clientSecret: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: silent. Everything it receives is redacted (secrets, tokens, NIKs). */
  logger?: Logger;
  /** Where access tokens are cached. Default: in this process (`MemoryTokenStore`). */
  tokenStore?: TokenStore;
  /** Renew a cached token this long before it expires (at most a tenth of its lifetime). Default 300 000 ms. */
  tokenRefreshMarginMs?: number;
  /** Per-attempt HTTP timeout. Default 30 000 ms. */
  timeoutMs?: number;
  /**
   * Retries of idempotent requests (GET/HEAD) after 429 or 503, with exponential backoff. Writes are never
   * repeated behind the caller's back. Default `{ limit: 2, backoffLimitMs: 10 000, maxRetryAfterMs: 60 000 }`.
   */
  retry?: { limit?: number; backoffLimitMs?: number; maxRetryAfterMs?: number };
  /** How long visit sync remembers a NIK → IHS number lookup. Default 24 h; 0 turns the cache off. */
  identityCacheTtlMs?: number;
  /** How many NIK → IHS lookups visit sync remembers. Default 10 000. */
  identityCacheSize?: number;
  /** KYC: SATUSEHAT's RSA public key (SPKI PEM) that KYC payloads are encrypted to. Required only for KYC. */
  kyc?: { serverPublicKey: string };
}

const fn = <T>(name: string) =>
  z.custom<T>((v) => typeof v === 'function', { message: `Must be a ${name} function` });
const httpUrl = z
  .string()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'Must be an http(s) URL');

const optionsSchema = z.strictObject({
  environment: z.enum(['sandbox', 'production']).default('sandbox'),
  baseUrl: httpUrl.optional(),
  endpoints: z
    .object({
      auth: httpUrl,
      fhir: httpUrl,
      consent: httpUrl,
      kyc: httpUrl,
      kfa: httpUrl,
      masterdata: httpUrl,
    })
    .partial()
    .optional(),
  organizationId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'Must be the SATUSEHAT organization id, e.g. 10000004'),
  clientId: z.string().trim().min(1, 'Must not be empty'),
  clientSecret: z.string().trim().min(1, 'Must not be empty'),
  fetch: fn<typeof fetch>('fetch').optional(),
  clock: z
    .custom<Clock>((v) => typeof (v as Clock)?.now === 'function', 'Must have a now() method')
    .optional(),
  logger: z
    .custom<Logger>(
      (v) =>
        ['debug', 'info', 'warn', 'error'].every(
          (m) => typeof (v as Record<string, unknown>)?.[m] === 'function',
        ),
      'Must have debug, info, warn and error methods',
    )
    .optional(),
  tokenStore: z
    .custom<TokenStore>(
      (v) => ['get', 'set', 'delete'].every((m) => typeof (v as Record<string, unknown>)?.[m] === 'function'),
      'Must have get, set and delete methods',
    )
    .optional(),
  tokenRefreshMarginMs: z.number().int().min(0).max(3_600_000).default(300_000),
  timeoutMs: z.number().int().min(100).max(600_000).default(30_000),
  retry: z
    .object({
      limit: z.number().int().min(0).max(10).default(2),
      backoffLimitMs: z.number().int().min(0).max(300_000).default(10_000),
      maxRetryAfterMs: z.number().int().min(0).max(3_600_000).default(60_000),
    })
    .default({ limit: 2, backoffLimitMs: 10_000, maxRetryAfterMs: 60_000 }),
  identityCacheTtlMs: z
    .number()
    .int()
    .min(0)
    .default(24 * 3_600_000),
  identityCacheSize: z.number().int().min(1).max(1_000_000).default(10_000),
  kyc: z
    .object({
      serverPublicKey: z
        .string()
        .regex(/-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----/, 'Must be a PEM public key'),
    })
    .optional(),
});

export type ResolvedOptions = z.output<typeof optionsSchema> & { resolvedEndpoints: SatuSehatEndpoints };

export function resolveOptions(options: SatuSehatClientOptions): ResolvedOptions {
  const parsed = parseConfig(optionsSchema, options, 'SatuSehatClient');
  const host = parsed.baseUrl ?? SATUSEHAT_HOSTS[parsed.environment];
  const resolvedEndpoints = { ...endpointsForHost(host), ...parsed.endpoints };
  for (const [api, url] of Object.entries(resolvedEndpoints)) {
    resolvedEndpoints[api as keyof SatuSehatEndpoints] = url.replace(/\/+$/, '');
  }
  return { ...parsed, resolvedEndpoints };
}
