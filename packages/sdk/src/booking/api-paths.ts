/**
 * The booking routes of the server handler, relative to its base path. Public routes answer anyone (rate
 * limited); staff routes pass the host's `authorize` hook with the action `booking.manage`.
 */
export const BOOKING_PATHS = {
  /** GET: services and practitioners. */
  catalog: '/booking/catalog',
  /** GET `?serviceId&practitionerId&from&to` (ISO instants, at most 62 days). */
  slots: '/booking/slots',
  /** POST a BookingRequest (public); GET `?from&to&practitionerId` lists them with patient details (staff). */
  appointments: '/booking/appointments',
  /** GET: the state of one appointment, settling its payment first when it is held. */
  appointment: (id: string) => `/booking/appointments/${encodeURIComponent(id)}`,
  /** GET: the .ics of a confirmed appointment. */
  calendar: (id: string) => `/booking/appointments/${encodeURIComponent(id)}/calendar.ics`,
  /** POST: a payment gateway's change notice (its body is not trusted; the gateway is asked). */
  paymentNotice: (id: string) => `/booking/appointments/${encodeURIComponent(id)}/payment-notice`,
  /** POST `{ token, reason? }` from the email's manage link. */
  cancelWithLink: '/booking/manage/cancel',
  /** POST `{ token, start }` from the email's manage link. */
  rescheduleWithLink: '/booking/manage/reschedule',
  /** POST `{ token }`: checks a video access link (window, cancelled, superseded). */
  access: '/booking/access',
  /** GET: practitioners taking walk-in video consultations now. */
  availableNow: '/booking/available-now',
  /** Staff POST `{ reason? }`. */
  staffCancel: (id: string) => `/booking/appointments/${encodeURIComponent(id)}/cancel`,
  /** Staff POST `{ start }`. */
  staffReschedule: (id: string) => `/booking/appointments/${encodeURIComponent(id)}/reschedule`,
  /** Staff PUT a schedule (weekly, dates, exceptions). */
  schedule: (practitionerId: string) =>
    `/booking/practitioners/${encodeURIComponent(practitionerId)}/schedule`,
  /** Staff POST `{ blocks: [...] }`. */
  busy: (practitionerId: string) => `/booking/practitioners/${encodeURIComponent(practitionerId)}/busy`,
  /** Staff PUT `{ available, minutes? }`. */
  practitionerAvailableNow: (practitionerId: string) =>
    `/booking/practitioners/${encodeURIComponent(practitionerId)}/available-now`,
} as const;
