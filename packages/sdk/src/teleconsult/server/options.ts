import { z } from 'zod';
import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import type { Database } from '../../storage/database';
import type { RoomEventBus } from './room-events';

/** What teleconsult needs from booking: `BookingService.checkAccess`. */
export interface BookingAccess {
  checkAccess(token: string): Promise<{
    appointmentId: string;
    opensAt: number;
    closesAt: number;
    appointment: { start: string; end: string; practitionerName: string };
  }>;
}

const turnUrl = z.string().regex(/^turns?:[^\s]+$/, 'must be a turn: or turns: URL');
const stunUrl = z.string().regex(/^stun:[^\s]+$/, 'must be a stun: URL');

export const teleconsultOptionsSchema = z.object({
  database: z.custom<Database>(
    (v) => typeof v === 'object' && v !== null && typeof (v as Database).query === 'function',
    'must be a Database from openDatabase()',
  ),
  signingSecret: z.string().min(32, 'must be at least 32 characters'),
  signaling: z
    .object({
      url: z.url().regex(/^(https?|wss?):\/\//, 'must be an http(s) or ws(s) URL'),
      key: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    })
    .optional(),
  ice: z
    .object({
      stunUrls: z.array(stunUrl).optional(),
      turn: z
        .object({
          urls: z.array(turnUrl).min(1),
          secret: z.string().min(32, 'must be at least 32 characters'),
          ttlSeconds: z.number().int().min(60).max(86_400).optional(),
        })
        .optional(),
      relayOnly: z.boolean().optional(),
    })
    .refine((ice) => !ice.relayOnly || ice.turn !== undefined, {
      message: 'relayOnly needs a TURN server',
      path: ['relayOnly'],
    })
    .optional(),
  lateAfterMinutes: z.number().int().min(0).max(240).optional(),
  bookingAccess: z
    .custom<BookingAccess>(
      (v) => typeof v === 'object' && v !== null && typeof (v as BookingAccess).checkAccess === 'function',
      'must have checkAccess(token), e.g. a BookingService',
    )
    .optional(),
  adhocTokenMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .optional(),
  guestLimit: z.number().int().min(0).max(8).optional(),
  files: z
    .object({
      maxBytes: z
        .number()
        .int()
        .positive()
        .max(100 * 1024 * 1024),
      allowedTypes: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'must be a MIME type')).min(1),
    })
    .optional(),
  presenceGraceMs: z.number().int().min(0).max(600_000).optional(),
  events: z.custom<RoomEventBus>().optional(),
  clock: z.custom<Clock>().optional(),
  logger: z.custom<Logger>().optional(),
});

/** Options of `createTeleconsult`. */
export interface TeleconsultOptions {
  /** Where rooms and participants live (`openDatabase()`); the migrations run at start. */
  database: Database;
  /** Signs join tokens and derives PeerServer credentials. At least 32 random characters; keep it secret. */
  signingSecret: string;
  /**
   * Where browsers reach the PeerServer, e.g. `wss://video.klinik.example/signal`, plus its PeerJS `key`
   * (default `sehatkit`). Default: filled in by `createPeerServer()` with its own address.
   */
  signaling?: { url: string; key?: string };
  /**
   * ICE servers handed to the browsers. Default: none, which only works when both browsers share a network
   * (loopback tests, one clinic LAN). Production: STUN plus coturn with `turn.secret` = its `static-auth-secret`.
   */
  ice?: {
    stunUrls?: string[];
    /** TURN with time-limited REST credentials; `ttlSeconds` default 3600. */
    turn?: { urls: string[]; secret: string; ttlSeconds?: number };
    /** Forces every call through TURN (`iceTransportPolicy: 'relay'`). Default false. */
    relayOnly?: boolean;
  };
  /** Minutes after the appointment start from which a patient counts as late. Default 10. */
  lateAfterMinutes?: number;
  /**
   * Booking's check of its video access links (`BookingService` from `@sehatkit/sdk/booking/server`). With it,
   * a patient can join with the link from the booking email: it is verified by booking (signature, window,
   * cancelled or rescheduled) and exchanged for a join token of the appointment's room. Default: only
   * teleconsult join tokens are accepted. Either way, joins of a booking room are held to booking's
   * access window (one hour before the appointment to one hour after its end).
   */
  bookingAccess?: BookingAccess;
  /** Default validity of tokens for ad-hoc rooms, in minutes. Default 240. */
  adhocTokenMinutes?: number;
  /** Guests allowed in a call at once, unless a room says otherwise. Default 2. */
  guestLimit?: number;
  /** Limits on files shared in calls. Default: 10 MiB; PDF, JPEG, PNG, WebP, plain text. */
  files?: { maxBytes: number; allowedTypes: string[] };
  /**
   * How long a participant whose event stream dropped keeps their place before counting as left
   * (`disconnected`). Default 30 000 ms: long enough for a page refresh or a network blip.
   */
  presenceGraceMs?: number;
  /** Carries room notices between subscribers. Default: in this process (one server, or sticky sessions). */
  events?: RoomEventBus;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: silent. */
  logger?: Logger;
}
