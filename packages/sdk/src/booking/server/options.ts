import { z } from 'zod';
import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import type { Database } from '../../storage/database';
import type { ClinicProfile } from './notifications/compose';
import type { Mailer, SmtpOptions } from './notifications/mailer';
import type { TemplateOverrides } from './notifications/templates';
import type { OutboxOptions } from './outbox/outbox';
import type { PaymentProvider } from './payment/provider';
import { localTimeSchema, timeZoneSchema } from './schema';

/**
 * Where the links in emails and lists point. Each is a URL template on the clinic's own site:
 * `{token}`, `{appointmentId}` and `{practitionerId}` are replaced (URL-encoded).
 */
export interface BookingLinks {
  /** The video consultation page, given the access token. E.g. `https://klinik.example/konsultasi?token={token}`. */
  video: string;
  /** The page where a patient cancels or reschedules, given the manage token. */
  manage: string;
  /** A practitioner's waiting room for walk-in video consultations. E.g. `https://klinik.example/tunggu/{practitionerId}`. */
  waitingRoom: string;
  /** Where the payment page sends the patient back. Default: none (the gateway's own receipt page). */
  paymentReturn?: string;
  /** Where the payment gateway may POST a change notice (the booking service then asks the gateway). Default: none. */
  paymentNotify?: string;
}

export interface BookingServiceOptions {
  /** The store: `openDatabase()` from `@sehatkit/sdk/storage` (PGlite by default, PostgreSQL by URL). */
  database: Database;
  clinic: ClinicProfile;
  /** Signs access and manage links (HMAC-SHA-256); at least 32 characters. Register it as a secret of the handler too. */
  signingSecret: string;
  /** `iss` of the links. Default `sehatkit-booking`. */
  issuer?: string;
  links: BookingLinks;
  /** How emails leave: SMTP settings, or a ready mailer. Default: none (no emails; each skip is logged). */
  mail?: { smtp: SmtpOptions } | { mailer: Mailer };
  /** Retries of emails that could not be sent (every email goes through a database outbox). Defaults in `OutboxOptions`. */
  outbox?: OutboxOptions;
  /** The clinic's own wording of the emails, per kind and language. Default: the built-in texts. */
  templates?: TemplateOverrides;
  /** Paid services go through it (hold -> pay -> confirm). Default: none (paid at the clinic; booked at once). */
  payment?: PaymentProvider;
  /** How long a hold keeps a slot for payment. Default 15 minutes (SimplyBook recommends at least 10-20). */
  holdMinutes?: number;
  /** On the appointment's day, reminders go out from this local time in the patient's zone. Default `06:00`. */
  reminderFrom?: string;
  /** Apply the booking migrations at construction. Default true. */
  migrate?: boolean;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: silent. Lines are redacted (no NIK, card number or secret). */
  logger?: Logger;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');
const template = (...names: string[]) =>
  z
    .string()
    .regex(/^https?:\/\//, 'must be an http(s) URL template')
    .refine(
      (v) => names.every((n) => v.includes(`{${n}}`)),
      `must contain ${names.map((n) => `{${n}}`).join(' and ')}`,
    );

export const bookingOptionsSchema = z.object({
  database: z.custom<Database>(
    (v) => typeof v === 'object' && v !== null && typeof (v as Database).query === 'function',
    'must be a Database from openDatabase()',
  ),
  clinic: z.object({
    name: z.string().min(1),
    timeZone: timeZoneSchema,
    email: z.email(),
    address: z.string().optional(),
    phone: z.string().optional(),
    domain: z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, 'must be a domain name')
      .optional(),
  }),
  signingSecret: z.string().min(32, 'must be at least 32 characters'),
  issuer: z.string().min(1).optional(),
  links: z.object({
    video: template('token'),
    manage: template('token'),
    waitingRoom: template('practitionerId'),
    paymentReturn: template('appointmentId').optional(),
    paymentNotify: template('appointmentId').optional(),
  }),
  mail: z
    .union([
      z.object({
        smtp: z.object({
          host: z.string().min(1),
          port: z.number().int().min(1).max(65535),
          secure: z.boolean().optional(),
          requireTls: z.boolean().optional(),
          auth: z.object({ user: z.string(), pass: z.string() }).optional(),
          timeoutMs: z.number().int().positive().optional(),
        }),
      }),
      z.object({ mailer: z.object({ send: fn, close: fn }) }),
    ])
    .optional(),
  outbox: z
    .object({
      maxAttempts: z.number().int().min(1).max(50).optional(),
      retryAfterMs: z.number().int().min(0).optional(),
      maxRetryAfterMs: z.number().int().min(0).optional(),
      leaseMs: z.number().int().min(1000).optional(),
      batchSize: z.number().int().min(1).max(500).optional(),
    })
    .optional(),
  templates: z.record(z.string(), z.unknown()).optional(),
  payment: z.object({ name: z.string(), createCheckout: fn, getPayment: fn, refund: fn }).optional(),
  holdMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  reminderFrom: localTimeSchema.optional(),
  migrate: z.boolean().optional(),
  clock: z.object({ now: fn }).optional(),
  logger: z.object({ debug: fn, info: fn, warn: fn, error: fn }).optional(),
});

/** Fills a link template; every value is URL-encoded. */
export function fillLink(template: string, values: Record<string, string>): string {
  return template.replace(/\{(token|appointmentId|practitionerId)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : encodeURIComponent(values[name]),
  );
}
