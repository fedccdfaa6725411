import type {
  AppointmentStatus,
  BookingLocale,
  LocalizedText,
  PatientDetails,
  ServiceMode,
} from '../api-types';
import type { PractitionerSchedule, SlotRules } from '../types';

/** A practitioner as stored. */
export interface PractitionerRecord {
  id: string;
  name: string;
  title?: string;
  specialty?: LocalizedText;
  email?: string;
  video: boolean;
  schedule: PractitionerSchedule;
  active: boolean;
  serviceIds: string[];
  /** Walk-in video consultations: "available now" since / until (epoch ms). */
  availableNowSince?: number;
  availableNowUntil?: number;
}

/** A service as stored. */
export interface ServiceRecord {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  mode: ServiceMode;
  rules: SlotRules;
  priceIdr: number;
  active: boolean;
}

/** An appointment (or a payment hold) as stored; instants in epoch ms. */
export interface AppointmentRecord {
  id: string;
  practitionerId: string;
  serviceId: string;
  status: AppointmentStatus;
  start: number;
  end: number;
  blockedStart: number;
  blockedEnd: number;
  sessionKey: string;
  seat: number;
  capacity: number;
  priceIdr: number;
  holdExpiresAt?: number;
  paymentId?: string;
  patient: PatientDetails;
  locale: BookingLocale;
  patientTimeZone?: string;
  sequence: number;
  cancelReason?: string;
  createdAt: number;
}

/** External busy time (another calendar, a meeting) as stored. */
export interface BusyBlockRecord {
  id: string;
  practitionerId: string;
  start: number;
  end: number;
  source: string;
  externalId?: string;
}

/**
 * The key that lets several patients share one group-session start while the exclusion constraint keeps
 * everything else apart: same practitioner, same service, same start.
 */
export function sessionKey(practitionerId: string, serviceId: string, start: number): string {
  return `${practitionerId}|${serviceId}|${new Date(start).toISOString()}`;
}
