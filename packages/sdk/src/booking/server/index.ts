/**
 * `@sehatkit/sdk/booking/server`: the server half of booking. A store on `@sehatkit/sdk/storage` that
 * cannot double-book, holds and payment, emails with calendar invites over SMTP, signed links for video
 * consultations and email self-service, and the "available now" state of consultation hours.
 */
export {
  ACCESS_MARGIN_MS,
  type AccessClaims,
  accessWindow,
  DEFAULT_ISSUER,
  type LinkSigningOptions,
  MANAGE_AUDIENCE,
  type ManageClaims,
  signAccessToken,
  signManageToken,
  VIDEO_AUDIENCE,
  verifyAccessToken,
  verifyManageToken,
} from './access-link';
export { bookingMigrations, NO_OVERLAP_CONSTRAINT, ONE_SEAT_INDEX } from './migrations';
export {
  type AppointmentContext,
  appointmentIcs,
  type ClinicProfile,
  calendarUid,
  composeEmail,
} from './notifications/compose';
export {
  type EmailAddress,
  type Mailer,
  type OutgoingEmail,
  type SmtpOptions,
  smtpMailer,
} from './notifications/mailer';
export { PLACEHOLDERS, type Placeholder, renderTemplate } from './notifications/render';
export {
  DEFAULT_TEMPLATES,
  type EmailTemplate,
  NOTIFICATION_KINDS,
  type NotificationKind,
  resolveTemplates,
  type TemplateOverrides,
  type TemplateSet,
} from './notifications/templates';
export { type BookingLinks, type BookingServiceOptions, fillLink } from './options';
export {
  BookingOutbox,
  type DrainResult,
  type OutboxEntry,
  type OutboxOptions,
  retryDelay,
} from './outbox/outbox';
export type { EmailRequest, OutboxState } from './outbox/outbox-store';
export { type CheckoutApiOptions, checkoutApiProvider } from './payment/checkout-api-provider';
export type {
  Checkout,
  CheckoutRequest,
  PaymentProvider,
  PaymentState,
  PaymentStatus,
  Refund,
  RefundRequest,
} from './payment/provider';
export type { AppointmentRecord, BusyBlockRecord, PractitionerRecord, ServiceRecord } from './records';
export {
  type BusyBlockInput,
  bookingRequestSchema,
  busyBlockSchema,
  type PractitionerInput,
  patientSchema,
  practitionerSchema,
  type ServiceInput,
  scheduleSchema,
  serviceSchema,
  slotRulesSchema,
} from './schema';
export { type AccessCheck, BookingService, createBookingService, type SlotSearch } from './service';
export { BookingStore, type NewAppointment } from './store';
export type { StaffAppointmentView } from './views';
