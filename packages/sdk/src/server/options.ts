import { z } from 'zod';
import type { Clock } from '../logging/clock';
import type { Logger } from '../logging/logger';
import type { RateLimitStore } from './middleware/rate-limit';
import type { BookingRouteService } from './routes/booking';
import type { BpjsRouteClient } from './routes/bpjs';
import type { DrugRouteService } from './routes/drugs';
import type { SatuSehatRouteClient } from './routes/satusehat';
import type { TeleconsultRouteService } from './routes/teleconsult';
import type { AuthorizeHook } from './staff';

/** Options of `createSehatHandler`; services for each feature are constructed by the host and passed in. */
export interface SehatHandlerOptions {
  /** Path prefix the handler is mounted under, e.g. `/api/sehat`. Default: none. */
  basePath?: string;
  /**
   * Cross-origin access for pages on other origins. Default: off (same origin only).
   * `origin` lists exact origins, or is a predicate for origins not known in advance (a clinic chain's
   * subdomains); `'*'` allows any and cannot be combined with credentials.
   */
  cors?:
    | {
        origin: string | string[] | ((origin: string) => boolean);
        credentials?: boolean;
        maxAgeSeconds?: number;
      }
    | false;
  /** Decides every staff route. Without it, staff routes answer 403: they are never open by default. */
  authorize?: AuthorizeHook;
  /** Per-client limit on public routes. Default: 60 requests per minute. `false` turns it off. */
  rateLimit?: { limit: number; windowMs: number; store?: RateLimitStore } | false;
  /** Trust `X-Forwarded-For` for the client address (only behind your own proxy). Default: false. */
  trustProxy?: boolean;
  /** Derives the rate-limit key from a request; default: the client address. */
  clientKey?: (request: Request, remoteAddress: string | undefined) => string;
  /** Default: silent. Every line is redacted before it reaches this logger. */
  logger?: Logger;
  /** Default: the system clock. */
  clock?: Clock;
  /** Secrets the host holds (API keys, signing keys) that must never appear in a log line or a response. */
  secrets?: string[];
  /**
   * A `BookingService` (`createBookingService()` from `@sehatkit/sdk/booking/server`): mounts the `/booking/*`
   * routes of `<sehat-booking>` and `<sehat-consult-hours>`. Default: not mounted.
   */
  booking?: BookingRouteService;
  /** A `BpjsClient` (`@sehatkit/sdk/bpjs`): mounts `/bpjs/members/lookup` and `/bpjs/icare`. Default: not mounted. */
  bpjs?: BpjsRouteClient;
  /** A `SatuSehatClient` (`@sehatkit/sdk/satusehat`): mounts `/satusehat/patients/lookup`. Default: not mounted. */
  satusehat?: SatuSehatRouteClient;
  /** A `DrugSafety` (`createDrugSafety()`, `@sehatkit/sdk/drugs`): mounts the `/drugs/*` routes. Default: not mounted. */
  drugs?: DrugRouteService;
  /**
   * Signs the findings a check returns so overrides can refer to them. Set it (at least 32 characters)
   * when several handler instances serve one clinic. Default: a random key per handler.
   */
  drugOverrideKey?: string;
  /**
   * A `TeleconsultService` (`createTeleconsult()` from `@sehatkit/sdk/teleconsult/server`): mounts the
   * `/teleconsult/*` routes of `<sehat-video-room>`. Default: not mounted.
   */
  teleconsult?: TeleconsultRouteService;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');
/** A host-constructed service object: checked for the members the routes use, not re-validated. */
const service = (...members: string[]) =>
  z.custom<object>(
    (v) => typeof v === 'object' && v !== null && members.every((m) => m in v),
    `must be a client object with ${members.join(', ')}`,
  );

export const handlerOptionsSchema = z.object({
  basePath: z
    .string()
    .regex(/^(\/[A-Za-z0-9._~-]+)*$/, 'must be empty or start with "/" and not end with "/"')
    .optional(),
  cors: z
    .union([
      z.literal(false),
      z
        .object({
          origin: z.union([z.literal('*'), z.url(), z.array(z.url()).min(1), fn]),
          credentials: z.boolean().optional(),
          maxAgeSeconds: z.number().int().nonnegative().optional(),
        })
        .refine((c) => !(c.origin === '*' && c.credentials), {
          message: "origin '*' cannot be combined with credentials",
          path: ['credentials'],
        }),
    ])
    .optional(),
  authorize: fn.optional(),
  rateLimit: z
    .union([
      z.literal(false),
      z.object({
        limit: z.number().int().positive(),
        windowMs: z.number().int().positive(),
        store: z.any().optional(),
      }),
    ])
    .optional(),
  trustProxy: z.boolean().optional(),
  clientKey: fn.optional(),
  logger: z.any().optional(),
  clock: z.any().optional(),
  secrets: z.array(z.string()).optional(),
  booking: service('catalog', 'findSlots', 'book', 'secrets').optional(),
  bpjs: service('pcare', 'icare').optional(),
  satusehat: service('lookups').optional(),
  drugs: service('search', 'product', 'check', 'override').optional(),
  drugOverrideKey: z.string().min(32, 'must have at least 32 characters').optional(),
  teleconsult: service('join', 'session', 'events').optional(),
});
