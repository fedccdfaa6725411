import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/remote-errors';
import { ValidationError } from '../../errors/validation-error';
import { parseConfig, parseInput } from '../../errors/zod-issues';
import { type Clock, systemClock } from '../../logging/clock';
import { type Logger, redactingLogger, silentLogger } from '../../logging/logger';
import { Redactor } from '../../logging/redact';
import { migrate } from '../../storage/migrations';
import type {
  AppointmentView,
  AvailableNowPractitioner,
  BookingCatalog,
  BookingResult,
  SlotView,
} from '../api-types';
import { minutesOfLocalTime } from '../availability';
import { computeSlots, mergeSlotLists, resolveRules } from '../slots';
import type { PractitionerSchedule } from '../types';
import { DAY_MS, localDate, localMinuteOfDay } from '../zoned-time';
import { type AccessClaims, verifyAccessToken, verifyManageToken } from './access-link';
import { bookingMigrations } from './migrations';
import { type AppointmentContext, appointmentIcs } from './notifications/compose';
import { type Mailer, smtpMailer } from './notifications/mailer';
import { type NotificationKind, resolveTemplates, type TemplateOverrides } from './notifications/templates';
import { Notifier } from './notifier';
import { type BookingServiceOptions, bookingOptionsSchema } from './options';
import { BookingOutbox, type DrainResult } from './outbox/outbox';
import { type EmailRequest, OutboxStore } from './outbox/outbox-store';
import type { PaymentProvider, PaymentStatus } from './payment/provider';
import type { AppointmentRecord, PractitionerRecord, ServiceRecord } from './records';
import {
  type BusyBlockInput,
  bookingRequestSchema,
  busyBlockSchema,
  type PractitionerInput,
  practitionerSchema,
  type ServiceInput,
  scheduleSchema,
  serviceSchema,
} from './schema';
import { BookingStore } from './store';
import {
  appointmentView,
  availableNowView,
  catalogView,
  type StaffAppointmentView,
  staffAppointmentView,
} from './views';

const MAX_QUERY_DAYS = 62;
const iso = (instant: number) => new Date(instant).toISOString();

const slotQuerySchema = z
  .object({
    serviceId: z.string().min(1),
    practitionerId: z.string().min(1).optional(),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_QUERY_DAYS * DAY_MS, {
    message: `must be at most ${MAX_QUERY_DAYS} days after from`,
    path: ['to'],
  });

export type SlotSearch = z.input<typeof slotQuerySchema>;

const availableNowSchema = z.object({
  available: z.boolean(),
  minutes: z
    .number()
    .int()
    .min(5)
    .max(12 * 60)
    .optional(),
});

const reasonSchema = z.string().trim().max(500).optional();

/** What `checkAccess` tells a video page about the link it was opened with. */
export interface AccessCheck extends AccessClaims {
  appointment: AppointmentView;
}

/**
 * Online booking on one store: the catalog, slots, booking with or without payment, cancellation and
 * rescheduling (from staff screens or the email's signed link), access links for video consultations,
 * reminders and the "available now" list of walk-in video consultations.
 */
export class BookingService {
  readonly #store: BookingStore;
  readonly #options: BookingServiceOptions;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #notifier: Notifier;
  readonly #payment: PaymentProvider | undefined;
  readonly #holdMs: number;
  readonly #reminderFrom: number;
  readonly #closeMailer: (() => void) | undefined;
  readonly #mailer: Mailer | undefined;
  readonly #outbox: BookingOutbox;
  readonly #timers = new Set<ReturnType<typeof setInterval>>();

  /** Use `createBookingService`, which validates the options and migrates the store first. */
  constructor(options: BookingServiceOptions) {
    parseConfig(bookingOptionsSchema, options, 'booking service');
    const templates = resolveTemplates(options.templates as TemplateOverrides | undefined);
    const redactor = new Redactor().addSecret(options.signingSecret);
    if (options.mail && 'smtp' in options.mail) redactor.addSecret(options.mail.smtp.auth?.pass);
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#logger = redactingLogger(options.logger ?? silentLogger, redactor);
    this.#store = new BookingStore(options.database);
    this.#payment = options.payment;
    this.#holdMs = (options.holdMinutes ?? 15) * 60_000;
    this.#reminderFrom = minutesOfLocalTime(options.reminderFrom ?? '06:00');
    const mailer = options.mail
      ? 'mailer' in options.mail
        ? options.mail.mailer
        : smtpMailer(options.mail.smtp, { name: options.clinic.name, address: options.clinic.email })
      : undefined;
    this.#closeMailer = mailer && options.mail && 'smtp' in options.mail ? () => mailer.close() : undefined;
    this.#mailer = mailer;
    this.#notifier = new Notifier({
      templates,
      clinic: options.clinic,
      links: options.links,
      secret: options.signingSecret,
      issuer: options.issuer,
      clock: this.#clock,
    });
    this.#outbox = new BookingOutbox({
      store: new OutboxStore(options.database),
      mailer,
      compose: async (entry) => {
        const appointment = await this.#store.getAppointment(entry.appointmentId);
        return this.#notifier.compose(entry, appointment ? await this.#contextFor(appointment) : undefined);
      },
      clock: this.#clock,
      logger: this.#logger,
      redactor,
      ...(options.outbox ? { options: options.outbox } : {}),
    });
  }

  /**
   * The email outbox: every booking email is written to it in the transaction of the change that causes it
   * and delivered from it, with retries. `pending()` and `failed()` show what has not gone out; `drain()`
   * sends what is due (`startBackgroundWork` runs it on an interval).
   */
  get outbox(): BookingOutbox {
    return this.#outbox;
  }

  /** Values the server handler must keep out of logs and responses (the signing secret, the SMTP password). */
  get secrets(): string[] {
    const mail = this.#options.mail;
    const pass = mail && 'smtp' in mail ? mail.smtp.auth?.pass : undefined;
    return [this.#options.signingSecret, ...(pass ? [pass] : [])];
  }

  /** The underlying store, for hosts that read or report on bookings directly. */
  get store(): BookingStore {
    return this.#store;
  }

  // ---- set-up (staff) ----

  async upsertService(input: ServiceInput): Promise<void> {
    const service = parseInput(serviceSchema, input, 'service');
    resolveRules(service.rules);
    await this.#store.upsertService(service);
  }

  async upsertPractitioner(input: PractitionerInput): Promise<void> {
    const practitioner = parseInput(practitionerSchema, input, 'practitioner');
    const known = new Set((await this.#store.listServices()).map((s) => s.id));
    const missing = practitioner.serviceIds.findIndex((id) => !known.has(id));
    if (missing >= 0) {
      throw new ValidationError('practitioner', [
        { path: `serviceIds[${missing}]`, message: 'is not a known service', code: 'unknown_service' },
      ]);
    }
    await this.#store.upsertPractitioner(practitioner);
  }

  /** Replaces a practitioner's weekly availability, one-off dates and exceptions. */
  async setSchedule(practitionerId: string, input: unknown): Promise<PractitionerSchedule> {
    const schedule = parseInput(scheduleSchema, input, 'schedule') as PractitionerSchedule;
    if (!(await this.#store.setSchedule(practitionerId, schedule))) throw this.#noPractitioner();
    return schedule;
  }

  /** Adds external busy time (another calendar, a meeting); blocks with an external id replace earlier copies. */
  async addBusyBlocks(practitionerId: string, input: readonly BusyBlockInput[]): Promise<void> {
    const blocks = parseInput(z.array(busyBlockSchema).max(500), input, 'busy blocks');
    await this.#practitioner(practitionerId);
    await this.#store.addBusyBlocks(
      practitionerId,
      blocks.map((b) => ({
        start: Date.parse(b.start),
        end: Date.parse(b.end),
        source: b.source,
        ...(b.externalId ? { externalId: b.externalId } : {}),
      })),
    );
  }

  // ---- public: catalog and slots ----

  async catalog(): Promise<BookingCatalog> {
    const [services, practitioners] = await Promise.all([
      this.#store.listServices(),
      this.#store.listPractitioners(),
    ]);
    return catalogView(this.#options.clinic, services, practitioners);
  }

  /** Bookable slots of a service in `[from, to)` (at most 62 days), for one practitioner or all who offer it. */
  async findSlots(input: SlotSearch): Promise<SlotView[]> {
    const q = parseInput(slotQuerySchema, input, 'slot search');
    const service = await this.#service(q.serviceId);
    const practitioners = (await this.#store.listPractitioners()).filter(
      (p) =>
        p.active && p.serviceIds.includes(service.id) && (!q.practitionerId || p.id === q.practitionerId),
    );
    if (q.practitionerId && practitioners.length === 0) throw this.#noPractitioner();
    const from = Date.parse(q.from);
    const to = Date.parse(q.to);
    const lists = await this.#slotLists(service, practitioners, from, to);
    return mergeSlotLists(lists).map((s) => ({
      start: iso(s.start),
      end: iso(s.end),
      practitionerId: s.practitionerId,
      remaining: s.remaining,
    }));
  }

  async #slotLists(
    service: ServiceRecord,
    practitioners: readonly PractitionerRecord[],
    from: number,
    to: number,
    ignoreAppointmentId?: string,
  ) {
    if (practitioners.length === 0) return [];
    const now = this.#clock.now();
    const ids = practitioners.map((p) => p.id);
    // A day of margin: buffers of appointments just outside the range still block slots inside it.
    const [appointments, busy] = await Promise.all([
      this.#store.liveAppointments(ids, from - DAY_MS, to + DAY_MS, now),
      this.#store.busyBlocks(ids, from - DAY_MS, to + DAY_MS),
    ]);
    return practitioners.map((p) => ({
      practitionerId: p.id,
      slots: computeSlots({
        schedule: p.schedule,
        rules: service.rules,
        serviceId: service.id,
        from,
        to,
        now,
        appointments: appointments
          .filter((a) => a.practitionerId === p.id && a.id !== ignoreAppointmentId)
          .map((a) => ({
            start: a.start,
            end: a.end,
            blockedStart: a.blockedStart,
            blockedEnd: a.blockedEnd,
            serviceId: a.serviceId,
          })),
        busy: busy.filter((b) => b.practitionerId === p.id),
      }),
    }));
  }

  /**
   * Checks that `start` is a slot of the service and practitioner right now. A time that only fails because
   * of other bookings is "taken" (ConflictError `slot_taken`); any other time is not bookable at all.
   */
  async #requireSlot(
    service: ServiceRecord,
    practitioner: PractitionerRecord,
    start: number,
    ignoreAppointmentId?: string,
  ): Promise<void> {
    const [list] = await this.#slotLists(service, [practitioner], start, start + 1, ignoreAppointmentId);
    if (list?.slots.some((s) => s.start === start)) return;
    const free = computeSlots({
      schedule: practitioner.schedule,
      rules: service.rules,
      from: start,
      to: start + 1,
      now: this.#clock.now(),
    });
    if (free.some((s) => s.start === start)) {
      throw new ConflictError('That time was just taken by someone else. Please choose another slot.', {
        reason: 'slot_taken',
      });
    }
    throw new ValidationError('booking', [
      {
        path: 'start',
        message: 'is not a bookable time for this service and practitioner',
        code: 'not_a_slot',
      },
    ]);
  }

  // ---- public: booking ----

  /**
   * Books a slot. Free services (or paid ones without a payment provider: paid at the clinic) are confirmed
   * at once and the confirmation email goes out; paid ones are held for `holdMinutes` while the patient pays.
   */
  async book(input: unknown): Promise<BookingResult> {
    const request = parseInput(bookingRequestSchema, input, 'booking');
    const now = this.#clock.now();
    if (request.patient.birthDate > localDate(now, this.#options.clinic.timeZone)) {
      throw new ValidationError('booking', [
        { path: 'patient.birthDate', message: 'cannot be in the future', code: 'future_date' },
      ]);
    }
    const service = await this.#service(request.serviceId);
    const practitioner = await this.#practitioner(request.practitionerId);
    if (!practitioner.active || !practitioner.serviceIds.includes(service.id)) {
      throw new ValidationError('booking', [
        { path: 'practitionerId', message: 'does not offer this service', code: 'not_offered' },
      ]);
    }
    const start = Date.parse(request.start);
    await this.#requireSlot(service, practitioner, start);

    const rules = resolveRules(service.rules);
    const paid = service.priceIdr > 0 && this.#payment !== undefined;
    const appointment = await this.#store.insertAppointment(
      {
        practitionerId: practitioner.id,
        serviceId: service.id,
        status: paid ? 'held' : 'confirmed',
        start,
        end: start + rules.duration,
        blockedStart: start - rules.bufferBefore,
        blockedEnd: start + rules.duration + rules.bufferAfter,
        capacity: rules.capacity,
        priceIdr: service.priceIdr,
        ...(paid ? { holdExpiresAt: now + this.#holdMs } : {}),
        patient: request.patient,
        locale: request.locale,
        ...(request.timeZone ? { patientTimeZone: request.timeZone } : {}),
      },
      now,
      paid ? undefined : this.#email({ kind: 'confirmation' }),
    );
    const ctx: AppointmentContext = { appointment, practitioner, service, clinic: this.#options.clinic };
    this.#logger.info('appointment booked', {
      appointmentId: appointment.id,
      practitionerId: practitioner.id,
      serviceId: service.id,
      status: appointment.status,
    });
    if (!paid) {
      await this.#deliver(appointment.id, 'confirmation');
      return {
        status: 'confirmed',
        appointment: appointmentView(appointment, practitioner, service),
        ics: await this.#ics(ctx),
      };
    }
    return this.#startPayment(ctx);
  }

  async #startPayment(ctx: AppointmentContext): Promise<BookingResult> {
    const { appointment, practitioner, service } = ctx;
    const payment = this.#payment as PaymentProvider;
    const returnUrl = this.#notifier.links.paymentReturn(appointment.id);
    const notifyUrl = this.#notifier.links.paymentNotify(appointment.id);
    try {
      const checkout = await payment.createCheckout({
        reference: appointment.id,
        amountIdr: appointment.priceIdr,
        description: `${service.name[appointment.locale]} – ${practitioner.name}`,
        customer: { name: appointment.patient.name, email: appointment.patient.email },
        expiresAt: appointment.holdExpiresAt as number,
        ...(returnUrl ? { returnUrl } : {}),
        ...(notifyUrl ? { notifyUrl } : {}),
      });
      await this.#store.setPaymentId(appointment.id, checkout.paymentId);
      this.#logger.info('payment started', { appointmentId: appointment.id, provider: payment.name });
      return {
        status: 'payment_required',
        appointment: appointmentView(appointment, practitioner, service),
        payment: { url: checkout.url, expiresAt: iso(appointment.holdExpiresAt as number) },
      };
    } catch (error) {
      // No checkout, no hold: give the slot back straight away.
      await this.#store.transition(appointment.id, ['held'], 'expired', this.#clock.now(), {
        cancelReason: 'payment_unavailable',
      });
      throw error;
    }
  }

  /**
   * The current state of an appointment by its id (an unguessable UUID the booking response gave the patient).
   * For a hold it asks the payment provider first, so a patient returning from the payment page sees the result.
   */
  async appointmentStatus(appointmentId: string): Promise<AppointmentView> {
    let appointment = await this.#appointment(appointmentId);
    if (appointment.status === 'held' || (appointment.status === 'expired' && appointment.paymentId)) {
      appointment = await this.#settlePayment(appointment);
    }
    const { practitioner, service } = await this.#context(appointment);
    return appointmentView(appointment, practitioner, service);
  }

  /** Asks the provider about a hold's payment and moves the hold on: confirmed, expired, or still waiting. */
  async #settlePayment(appointment: AppointmentRecord): Promise<AppointmentRecord> {
    if (!this.#payment || !appointment.paymentId) return appointment;
    const status = await this.#payment.getPayment(appointment.paymentId);
    const now = this.#clock.now();
    if (status.reference !== appointment.id) {
      this.#logger.error('payment reference mismatch', { appointmentId: appointment.id });
      return appointment;
    }
    if (status.state === 'paid' && status.amountIdr >= appointment.priceIdr) {
      let confirmed: AppointmentRecord | undefined;
      try {
        confirmed = await this.#store.transition(appointment.id, ['held', 'expired'], 'confirmed', now, {
          email: this.#email({ kind: 'confirmation' }),
        });
      } catch (error) {
        if ((error as { reason?: unknown }).reason !== 'slot_taken') throw error;
        return this.#refundLatePayment(appointment, status);
      }
      if (!confirmed) return (await this.#store.getAppointment(appointment.id)) ?? appointment;
      await this.#deliver(confirmed.id, 'confirmation');
      return confirmed;
    }
    if (status.state === 'refunded' && appointment.status === 'expired') {
      // Refunded earlier, but this server stopped before it recorded so: finish the record and the email.
      return this.#markRefunded(appointment, status.amountIdr);
    }
    if (status.state === 'failed' || status.state === 'expired') {
      return (
        (await this.#store.transition(appointment.id, ['held'], 'expired', now, {
          cancelReason: `payment_${status.state}`,
        })) ?? appointment
      );
    }
    return appointment;
  }

  /**
   * A payment that completed after its hold lapsed and the time went to another patient: the money goes
   * back through the provider (same idempotency key on every try, so never twice), then the appointment
   * becomes `refunded` and the patient is told, in one transaction. If the provider fails, the appointment
   * stays `expired` with its payment, and the next status check (patient, webhook, sweep) tries again.
   */
  async #refundLatePayment(
    appointment: AppointmentRecord,
    status: PaymentStatus,
  ): Promise<AppointmentRecord> {
    const payment = this.#payment as PaymentProvider;
    try {
      await payment.refund({
        paymentId: appointment.paymentId as string,
        amountIdr: status.amountIdr,
        reason: 'slot_taken',
        idempotencyKey: `booking-refund-${appointment.id}`,
      });
    } catch (error) {
      this.#logger.error('late payment could not be refunded yet; will try again', {
        appointmentId: appointment.id,
        provider: payment.name,
        error,
      });
      return appointment;
    }
    this.#logger.warn('late payment refunded: the slot had been given to another patient', {
      appointmentId: appointment.id,
      provider: payment.name,
    });
    return this.#markRefunded(appointment, status.amountIdr);
  }

  async #markRefunded(appointment: AppointmentRecord, amountIdr: number): Promise<AppointmentRecord> {
    const refunded = await this.#store.transition(
      appointment.id,
      ['held', 'expired'],
      'refunded',
      this.#clock.now(),
      {
        cancelReason: 'slot_taken_after_payment',
        email: this.#email({ kind: 'payment_refunded', amountIdr }),
      },
    );
    if (!refunded) return (await this.#store.getAppointment(appointment.id)) ?? appointment;
    await this.#deliver(refunded.id, 'payment_refunded');
    return refunded;
  }

  /** The .ics of a confirmed appointment ("add to calendar"), same UID and SEQUENCE as its emails. */
  async #ics(ctx: AppointmentContext): Promise<string> {
    const videoLink =
      ctx.service.mode === 'video' ? await this.#notifier.links.video(ctx.appointment) : undefined;
    return appointmentIcs(ctx, 'PUBLISH', { now: this.#clock.now(), ...(videoLink ? { videoLink } : {}) });
  }

  /** The .ics of an appointment by id, for the confirmation page of a paid booking. */
  async calendarFile(appointmentId: string): Promise<string> {
    const appointment = await this.#appointment(appointmentId);
    if (appointment.status !== 'confirmed') {
      throw new ConflictError('This appointment is not confirmed.', { reason: 'not_confirmed' });
    }
    return this.#ics(await this.#contextFor(appointment));
  }

  // ---- cancel and reschedule ----

  /** Cancels through the signed link in the patient's email. */
  async cancelWithToken(token: string, reason?: string): Promise<AppointmentView> {
    const claims = await verifyManageToken(token, this.#signing());
    return this.cancel(claims.appointmentId, parseInput(reasonSchema, reason, 'cancellation'));
  }

  /** Cancels an appointment (staff, or after the patient's link was checked). Idempotent. */
  async cancel(appointmentId: string, reason?: string): Promise<AppointmentView> {
    const before = await this.#appointment(appointmentId);
    const { practitioner, service } = await this.#context(before);
    if (before.status === 'cancelled') return appointmentView(before, practitioner, service);
    const cancelled = await this.#store.transition(
      appointmentId,
      ['confirmed', 'held'],
      'cancelled',
      this.#clock.now(),
      {
        bumpSequence: true,
        ...(reason ? { cancelReason: reason } : {}),
        // A hold never had a confirmation, so its cancellation needs no email either.
        ...(before.status === 'confirmed'
          ? { email: this.#email({ kind: 'cancellation', ...(reason ? { reason } : {}) }) }
          : {}),
      },
    );
    if (!cancelled)
      throw new ConflictError('This appointment can no longer be cancelled.', { reason: 'not_active' });
    this.#logger.info('appointment cancelled', { appointmentId });
    if (before.status === 'confirmed') await this.#deliver(appointmentId, 'cancellation');
    return appointmentView(cancelled, practitioner, service);
  }

  /** Moves an appointment through the signed link in the patient's email. */
  async rescheduleWithToken(token: string, start: string): Promise<BookingResult> {
    const claims = await verifyManageToken(token, this.#signing());
    return this.reschedule(claims.appointmentId, start);
  }

  /** Moves a confirmed appointment to another slot of the same practitioner and service. */
  async reschedule(appointmentId: string, startInput: string): Promise<BookingResult> {
    const start = Date.parse(parseInput(z.iso.datetime({ offset: true }), startInput, 'reschedule'));
    const current = await this.#appointment(appointmentId);
    if (current.status !== 'confirmed') {
      throw new ConflictError('Only a confirmed appointment can be moved.', { reason: 'not_active' });
    }
    const { practitioner, service } = await this.#context(current);
    await this.#requireSlot(service, practitioner, start, appointmentId);
    const rules = resolveRules(service.rules);
    const moved = await this.#store.moveAppointment(
      appointmentId,
      {
        start,
        end: start + rules.duration,
        blockedStart: start - rules.bufferBefore,
        blockedEnd: start + rules.duration + rules.bufferAfter,
        capacity: rules.capacity,
      },
      this.#clock.now(),
      this.#email({ kind: 'reschedule' }),
    );
    if (!moved)
      throw new ConflictError('Only a confirmed appointment can be moved.', { reason: 'not_active' });
    this.#logger.info('appointment rescheduled', { appointmentId, sequence: moved.sequence });
    const ctx: AppointmentContext = {
      appointment: moved,
      practitioner,
      service,
      clinic: this.#options.clinic,
    };
    await this.#deliver(appointmentId, 'reschedule');
    return {
      status: 'confirmed',
      appointment: appointmentView(moved, practitioner, service),
      ics: await this.#ics(ctx),
    };
  }

  // ---- video access ----

  /**
   * Checks a video access link: signature, window (one hour before the start to one hour after the end),
   * and that the appointment is still confirmed at the time the link was made for. ForbiddenError reasons:
   * `too_early`, `too_late`, `invalid_token`, `cancelled`, `superseded` (rescheduled since).
   */
  async checkAccess(token: string): Promise<AccessCheck> {
    const claims = await verifyAccessToken(token, this.#signing());
    const appointment = await this.#store.getAppointment(claims.appointmentId);
    if (!appointment) throw new ForbiddenError('This link is not valid.', { reason: 'invalid_token' });
    if (appointment.status !== 'confirmed') {
      throw new ForbiddenError('This appointment was cancelled.', { reason: 'cancelled' });
    }
    if (appointment.sequence !== claims.sequence) {
      throw new ForbiddenError('This appointment was moved; use the link in the latest email.', {
        reason: 'superseded',
      });
    }
    const { practitioner, service } = await this.#context(appointment);
    return { ...claims, appointment: appointmentView(appointment, practitioner, service) };
  }

  // ---- consultation hours ----

  /** A practitioner starts or stops taking walk-in video consultations, optionally for a number of minutes. */
  async setAvailableNow(
    practitionerId: string,
    input: unknown,
  ): Promise<AvailableNowPractitioner | undefined> {
    const change = parseInput(availableNowSchema, input, 'availability');
    const practitioner = await this.#practitioner(practitionerId);
    if (change.available && !practitioner.video) {
      throw new ValidationError('availability', [
        {
          path: 'available',
          message: 'this practitioner does not offer video consultations',
          code: 'no_video',
        },
      ]);
    }
    const now = this.#clock.now();
    const until = change.available && change.minutes ? now + change.minutes * 60_000 : null;
    await this.#store.setAvailableNow(practitionerId, change.available ? now : null, until);
    this.#logger.info('consultation hours changed', { practitionerId, available: change.available });
    if (!change.available) return undefined;
    return availableNowView(
      { ...practitioner, availableNowSince: now, ...(until !== null ? { availableNowUntil: until } : {}) },
      this.#notifier.links.waitingRoom(practitionerId),
    );
  }

  /** Who takes walk-in video consultations right now, longest-waiting first. */
  async availableNow(): Promise<AvailableNowPractitioner[]> {
    const now = this.#clock.now();
    return (await this.#store.listPractitioners())
      .filter(
        (p) =>
          p.active &&
          p.video &&
          p.availableNowSince !== undefined &&
          (p.availableNowUntil === undefined || p.availableNowUntil > now),
      )
      .sort(
        (a, b) => (a.availableNowSince as number) - (b.availableNowSince as number) || (a.id < b.id ? -1 : 1),
      )
      .map((p) => availableNowView(p, this.#notifier.links.waitingRoom(p.id)));
  }

  // ---- staff lists ----

  async listAppointments(filter: {
    practitionerId?: string;
    from: string;
    to: string;
  }): Promise<StaffAppointmentView[]> {
    const q = parseInput(
      z.object({
        practitionerId: z.string().min(1).optional(),
        from: z.iso.datetime({ offset: true }),
        to: z.iso.datetime({ offset: true }),
      }),
      filter,
      'appointment list',
    );
    const [appointments, practitioners, services] = await Promise.all([
      this.#store.listAppointments({
        ...(q.practitionerId ? { practitionerId: q.practitionerId } : {}),
        from: Date.parse(q.from),
        to: Date.parse(q.to),
      }),
      this.#store.listPractitioners(),
      this.#store.listServices(),
    ]);
    const p = new Map(practitioners.map((x) => [x.id, x]));
    const s = new Map(services.map((x) => [x.id, x]));
    return appointments.map((a) =>
      staffAppointmentView(
        a,
        p.get(a.practitionerId) as PractitionerRecord,
        s.get(a.serviceId) as ServiceRecord,
      ),
    );
  }

  // ---- background work ----

  /** Settles holds whose time ran out: confirmed if the payment arrived, otherwise released. Returns how many. */
  async releaseExpiredHolds(): Promise<number> {
    let settled = 0;
    for (const hold of await this.#store.expiredHolds(this.#clock.now())) {
      const after =
        this.#payment && hold.paymentId ? await this.#settlePayment(hold).catch(() => hold) : hold;
      if (after.status === 'held') {
        await this.#store.transition(hold.id, ['held'], 'expired', this.#clock.now(), {
          cancelReason: 'hold_expired',
        });
      }
      settled += 1;
    }
    return settled;
  }

  /**
   * Sends the reminder of each confirmed appointment on its day, from `reminderFrom` local time in the
   * patient's zone. Appointments booked on the day itself already have a fresh confirmation and get none.
   */
  async sendDueReminders(): Promise<number> {
    const now = this.#clock.now();
    let sent = 0;
    for (const appointment of await this.#store.dueReminders(now, now + 2 * DAY_MS)) {
      const ctx = await this.#contextFor(appointment);
      const zone = appointment.patientTimeZone ?? ctx.practitioner.schedule.timeZone;
      const today = localDate(now, zone);
      if (localDate(appointment.start, zone) !== today) continue;
      if (localMinuteOfDay(now, zone) < this.#reminderFrom) continue;
      if (localDate(appointment.createdAt, zone) === today) continue;
      if (!this.#mailer) {
        this.#logger.info('booking email not sent: no mailer configured', {
          kind: 'reminder',
          appointmentId: appointment.id,
        });
        continue;
      }
      // Queued once per sequence (a second server's job finds it queued); a failed send is retried by drain().
      if (!(await this.#store.queueReminder(appointment, now))) continue;
      sent += (await this.#drainFor(appointment.id)).sent;
    }
    return sent;
  }

  /** One round of background work: expired holds, due reminders, and the emails due in the outbox. */
  async runDueWork(): Promise<{ holds: number; reminders: number; outbox: DrainResult }> {
    const holds = await this.releaseExpiredHolds();
    const reminders = await this.sendDueReminders();
    const outbox = await this.#outbox.drain();
    return { holds, reminders, outbox };
  }

  /** Runs `runDueWork` every `intervalMs` (default one minute) until the returned function is called. */
  startBackgroundWork(intervalMs = 60_000): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.runDueWork()
        .catch((error) => this.#logger.error('booking background work failed', { error }))
        .finally(() => {
          running = false;
        });
    }, intervalMs);
    timer.unref?.();
    this.#timers.add(timer);
    return () => {
      clearInterval(timer);
      this.#timers.delete(timer);
    };
  }

  /** Stops the background work started here and closes the SMTP connection this service opened (the database belongs to the host). */
  close(): void {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers.clear();
    this.#closeMailer?.();
  }

  // ---- helpers ----

  /** The email a change should queue, or none when no mailer is configured (nothing would ever send it). */
  #email(request: EmailRequest): EmailRequest | undefined {
    return this.#mailer ? request : undefined;
  }

  /** Sends what a change just queued. The change is committed: a failure here only leaves it queued. */
  async #deliver(appointmentId: string, kind: NotificationKind): Promise<void> {
    if (!this.#mailer) {
      this.#logger.info('booking email not sent: no mailer configured', { kind, appointmentId });
      return;
    }
    await this.#drainFor(appointmentId);
  }

  async #drainFor(appointmentId: string): Promise<DrainResult> {
    return this.#outbox.drain({ appointmentId }).catch((error: unknown) => {
      this.#logger.error('booking outbox could not be drained; the emails stay queued', {
        appointmentId,
        error,
      });
      return { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    });
  }

  #signing() {
    return {
      secret: this.#options.signingSecret,
      now: this.#clock.now(),
      ...(this.#options.issuer ? { issuer: this.#options.issuer } : {}),
    };
  }

  #noPractitioner() {
    return new NotFoundError('No such practitioner.', { reason: 'practitioner_not_found' });
  }

  async #practitioner(id: string): Promise<PractitionerRecord> {
    const p = (await this.#store.listPractitioners()).find((x) => x.id === id);
    if (!p) throw this.#noPractitioner();
    return p;
  }

  async #service(id: string): Promise<ServiceRecord> {
    const s = (await this.#store.listServices()).find((x) => x.id === id && x.active);
    if (!s) throw new NotFoundError('No such service.', { reason: 'service_not_found' });
    return s;
  }

  async #appointment(id: string): Promise<AppointmentRecord> {
    const parsed = z.uuid().safeParse(id);
    const a = parsed.success ? await this.#store.getAppointment(id) : undefined;
    if (!a) throw new NotFoundError('No such appointment.', { reason: 'appointment_not_found' });
    return a;
  }

  async #context(
    a: AppointmentRecord,
  ): Promise<{ practitioner: PractitionerRecord; service: ServiceRecord }> {
    const [practitioners, services] = await Promise.all([
      this.#store.listPractitioners(),
      this.#store.listServices(),
    ]);
    return {
      practitioner: practitioners.find((p) => p.id === a.practitionerId) as PractitionerRecord,
      service: services.find((s) => s.id === a.serviceId) as ServiceRecord,
    };
  }

  async #contextFor(a: AppointmentRecord): Promise<AppointmentContext> {
    return { appointment: a, ...(await this.#context(a)), clinic: this.#options.clinic };
  }
}

/** Validates the options, applies the booking migrations (unless `migrate: false`) and returns the service. */
export async function createBookingService(options: BookingServiceOptions): Promise<BookingService> {
  parseConfig(bookingOptionsSchema, options, 'booking service');
  if (options.migrate !== false) await migrate(options.database, bookingMigrations);
  return new BookingService(options);
}
