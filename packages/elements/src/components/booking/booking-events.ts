import type { AppointmentView, BookingRequest, SlotView } from '@sehatkit/sdk/booking';

export interface SehatSlotSelectDetail {
  serviceId: string;
  slot: SlotView;
}

/** `<sehat-booking>`: the patient picked a time (not booked yet). */
export class SehatSlotSelectEvent extends CustomEvent<SehatSlotSelectDetail> {
  constructor(detail: SehatSlotSelectDetail) {
    super('sehat-slot-select', { detail, bubbles: true, composed: true });
  }
}

export interface SehatBookingSubmitDetail {
  /** What is about to be sent to the server handler, patient details included. */
  request: BookingRequest;
}

/**
 * `<sehat-booking>` is about to send the booking. Cancelable: `preventDefault()` stops it, e.g. to book
 * through the host's own backend or to ask for something first.
 */
export class SehatBookingSubmitEvent extends CustomEvent<SehatBookingSubmitDetail> {
  constructor(detail: SehatBookingSubmitDetail) {
    super('sehat-booking-submit', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface SehatBookingConfirmedDetail {
  appointment: AppointmentView;
  /** The iCalendar text ("add to calendar"), when the booking response carried it. */
  ics: string | undefined;
}

/** `<sehat-booking>`: the appointment is confirmed (at once, or after payment). */
export class SehatBookingConfirmedEvent extends CustomEvent<SehatBookingConfirmedDetail> {
  constructor(detail: SehatBookingConfirmedDetail) {
    super('sehat-booking-confirmed', { detail, bubbles: true, composed: true });
  }
}

export interface SehatBookingFailedDetail {
  /** The error family's code, e.g. `CONFLICT` or `VALIDATION_FAILED`. */
  code: string;
  /** `slot_taken` when someone else booked the time meanwhile (the element then refreshes the slots). */
  reason: string | undefined;
  message: string;
}

/** `<sehat-booking>`: the booking was refused or could not be sent; the element shows why. */
export class SehatBookingFailedEvent extends CustomEvent<SehatBookingFailedDetail> {
  constructor(detail: SehatBookingFailedDetail) {
    super('sehat-booking-failed', { detail, bubbles: true, composed: true });
  }
}

export interface SehatPaymentRequiredDetail {
  appointment: AppointmentView;
  /** The payment page, and until when the slot is held. */
  payment: { url: string; expiresAt: string };
}

/**
 * `<sehat-booking>`: the slot is held until the patient pays. Cancelable: `preventDefault()` keeps the
 * element from showing its "pay now" link, for hosts that open the payment page their own way.
 */
export class SehatPaymentRequiredEvent extends CustomEvent<SehatPaymentRequiredDetail> {
  constructor(detail: SehatPaymentRequiredDetail) {
    super('sehat-payment-required', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-slot-select': SehatSlotSelectEvent;
    'sehat-booking-submit': SehatBookingSubmitEvent;
    'sehat-booking-confirmed': SehatBookingConfirmedEvent;
    'sehat-booking-failed': SehatBookingFailedEvent;
    'sehat-payment-required': SehatPaymentRequiredEvent;
  }
}
