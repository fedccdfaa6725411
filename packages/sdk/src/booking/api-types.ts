/**
 * The JSON the server handler's booking routes speak, shared by the routes and `<sehat-booking>`.
 * Instants travel as ISO 8601 UTC strings; calendar dates as `yyyy-mm-dd`.
 */

export type BookingLocale = 'id' | 'en';

/** A text in both languages SehatKit speaks. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** Where the consultation happens. */
export type ServiceMode = 'in_person' | 'video';

export interface CatalogService {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  mode: ServiceMode;
  durationMinutes: number;
  /** Rupiah; 0 means paid at the clinic or free, so booking needs no payment step. */
  priceIdr: number;
  capacity: number;
  practitionerIds: string[];
}

export interface CatalogPractitioner {
  id: string;
  name: string;
  /** Degree and specialty as shown (`dr., Sp.A`). */
  title?: string;
  specialty?: LocalizedText;
  timeZone: string;
  serviceIds: string[];
  /** Offers video consultations. */
  video: boolean;
}

export interface BookingCatalog {
  clinic: { name: string; timeZone: string };
  services: CatalogService[];
  practitioners: CatalogPractitioner[];
}

export interface SlotView {
  start: string;
  end: string;
  practitionerId: string;
  remaining: number;
}

export interface SlotsResponse {
  serviceId: string;
  from: string;
  to: string;
  slots: SlotView[];
}

/** How the visit is paid: privately ("umum") or through BPJS Kesehatan (JKN). */
export type Payer = 'general' | 'bpjs';

export interface PatientDetails {
  name: string;
  /** `yyyy-mm-dd`. */
  birthDate: string;
  phone: string;
  email: string;
  /** 16-digit NIK, optional. */
  nik?: string;
  payer: Payer;
  /** 13-digit BPJS card number, required when `payer` is `bpjs`. */
  bpjsCardNumber?: string;
}

export interface BookingRequest {
  serviceId: string;
  practitionerId: string;
  /** The slot's start as returned by the slots route. */
  start: string;
  patient: PatientDetails;
  /** The patient agreed to the processing of their data for this appointment. */
  consent: true;
  locale: BookingLocale;
  /** The zone the patient reads times in, for their emails. Default: the practitioner's. */
  timeZone?: string;
}

/** `refunded`: paid after the hold lapsed and the time went to someone else; the payment was returned. */
export type AppointmentStatus = 'held' | 'confirmed' | 'cancelled' | 'expired' | 'refunded';

/** An appointment as the patient may see it: no identifiers beyond their own booking's. */
export interface AppointmentView {
  id: string;
  status: AppointmentStatus;
  serviceId: string;
  serviceName: LocalizedText;
  practitionerId: string;
  practitionerName: string;
  start: string;
  end: string;
  /** The practitioner's zone. */
  timeZone: string;
  mode: ServiceMode;
  priceIdr: number;
  /** Grows on every reschedule or cancellation (the .ics SEQUENCE). */
  sequence: number;
  /** Until when a payment hold keeps the slot. */
  holdExpiresAt?: string;
}

export type BookingResult =
  | { status: 'confirmed'; appointment: AppointmentView; ics: string }
  | {
      status: 'payment_required';
      appointment: AppointmentView;
      payment: { url: string; expiresAt: string };
    };

/** A practitioner taking walk-in video consultations right now. */
export interface AvailableNowPractitioner {
  id: string;
  name: string;
  title?: string;
  specialty?: LocalizedText;
  since: string;
  until?: string;
  /** Where a patient goes to wait for this practitioner. */
  waitingRoomUrl: string;
}

export interface AvailableNowResponse {
  practitioners: AvailableNowPractitioner[];
}
