import { z } from 'zod';
import { isValidCardNumber, isValidNik } from '../../format/identifiers';
import { minutesOfLocalTime } from '../availability';
import { dayOfIsoDate, isValidTimeZone } from '../zoned-time';

/** Validation of everything that enters the booking store or its routes. Each issue names its field. */

export const localTimeSchema = z
  .string()
  .refine((v) => !Number.isNaN(minutesOfLocalTime(v)), 'must be a time HH:MM between 00:00 and 24:00');

export const calendarDateSchema = z
  .string()
  .refine((v) => !Number.isNaN(dayOfIsoDate(v)), 'must be a real date written yyyy-mm-dd');

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Jakarta');

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, dots, dashes or underscores');

const endsAfterStart = <T extends { start?: string | undefined; end?: string | undefined }>(w: T) =>
  w.start === undefined || w.end === undefined || minutesOfLocalTime(w.end) > minutesOfLocalTime(w.start);

export const weeklyWindowSchema = z
  .object({
    weekday: z.literal([1, 2, 3, 4, 5, 6, 7], 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)'),
    start: localTimeSchema,
    end: localTimeSchema,
  })
  .refine(endsAfterStart, { message: 'must end after it starts', path: ['end'] });

export const datedWindowSchema = z
  .object({ date: calendarDateSchema, start: localTimeSchema, end: localTimeSchema })
  .refine(endsAfterStart, { message: 'must end after it starts', path: ['end'] });

export const scheduleExceptionSchema = z
  .object({
    date: calendarDateSchema,
    until: calendarDateSchema.optional(),
    start: localTimeSchema.optional(),
    end: localTimeSchema.optional(),
    reason: z.string().max(200).optional(),
  })
  .refine((e) => (e.start === undefined) === (e.end === undefined), {
    message: 'give both start and end, or neither for whole days',
    path: ['end'],
  })
  .refine(endsAfterStart, { message: 'must end after it starts', path: ['end'] })
  .refine((e) => e.until === undefined || e.until >= e.date, {
    message: 'must not be before date',
    path: ['until'],
  });

export const scheduleSchema = z.object({
  timeZone: timeZoneSchema,
  weekly: z.array(weeklyWindowSchema).max(100),
  dates: z.array(datedWindowSchema).max(1000).optional(),
  exceptions: z.array(scheduleExceptionSchema).max(1000).optional(),
});

const minutes = (max: number) => z.number().int().min(0).max(max);

export const slotRulesSchema = z.object({
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  bufferBeforeMinutes: minutes(24 * 60).optional(),
  bufferAfterMinutes: minutes(24 * 60).optional(),
  intervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  alignMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  minimumNoticeMinutes: minutes(365 * 24 * 60).optional(),
  horizonDays: z.number().int().min(1).max(730).optional(),
  maxPerDay: z.number().int().min(1).max(1000).optional(),
  capacity: z.number().int().min(1).max(500).optional(),
});

export const localizedTextSchema = z.object({
  id: z.string().min(1).max(200),
  en: z.string().min(1).max(200),
});

export const serviceSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: z.object({ id: z.string().max(2000), en: z.string().max(2000) }).optional(),
  mode: z.enum(['in_person', 'video']),
  rules: slotRulesSchema,
  priceIdr: z.number().int().min(0).max(1_000_000_000).default(0),
  active: z.boolean().default(true),
});

export const practitionerSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  title: z.string().max(100).optional(),
  specialty: localizedTextSchema.optional(),
  email: z.email().optional(),
  video: z.boolean().default(false),
  schedule: scheduleSchema,
  serviceIds: z.array(idSchema).default([]),
  active: z.boolean().default(true),
});

export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceDefinition = z.output<typeof serviceSchema>;
export type PractitionerInput = z.input<typeof practitionerSchema>;
export type PractitionerDefinition = z.output<typeof practitionerSchema>;

const isoInstant = z.iso.datetime({ offset: true });

export const patientSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    birthDate: calendarDateSchema,
    phone: z
      .string()
      .trim()
      .regex(
        /^\+?[0-9][0-9 .-]{6,18}[0-9]$/,
        'must be a phone number such as 0812-3456-7890 or +62 812 3456 7890',
      ),
    email: z.email().max(200),
    nik: z.string().refine(isValidNik, 'must be 16 digits').optional(),
    payer: z.enum(['general', 'bpjs']),
    bpjsCardNumber: z.string().refine(isValidCardNumber, 'must be 13 digits').optional(),
  })
  .refine((p) => p.payer !== 'bpjs' || p.bpjsCardNumber !== undefined, {
    message: 'is required when the payer is BPJS',
    path: ['bpjsCardNumber'],
  });

export const bookingRequestSchema = z.object({
  serviceId: idSchema,
  practitionerId: idSchema,
  start: isoInstant,
  patient: patientSchema,
  consent: z.literal(true, 'the patient must agree before booking'),
  locale: z.enum(['id', 'en']).default('id'),
  timeZone: timeZoneSchema.optional(),
});

export const busyBlockSchema = z
  .object({
    start: isoInstant,
    end: isoInstant,
    source: z.string().min(1).max(64).default('manual'),
    externalId: z.string().min(1).max(200).optional(),
  })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), {
    message: 'must end after it starts',
    path: ['end'],
  });

export type BusyBlockInput = z.input<typeof busyBlockSchema>;
