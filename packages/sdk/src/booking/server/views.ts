import type {
  AppointmentView,
  AvailableNowPractitioner,
  BookingCatalog,
  CatalogPractitioner,
  CatalogService,
  PatientDetails,
} from '../api-types';
import type { ClinicProfile } from './notifications/compose';
import type { AppointmentRecord, PractitionerRecord, ServiceRecord } from './records';

const iso = (instant: number) => new Date(instant).toISOString();

/** What a patient may see of an appointment: no patient data, nothing of anyone else's. */
export function appointmentView(
  a: AppointmentRecord,
  practitioner: PractitionerRecord,
  service: ServiceRecord,
): AppointmentView {
  return {
    id: a.id,
    status: a.status,
    serviceId: a.serviceId,
    serviceName: service.name,
    practitionerId: a.practitionerId,
    practitionerName: practitioner.title ? `${practitioner.name}, ${practitioner.title}` : practitioner.name,
    start: iso(a.start),
    end: iso(a.end),
    timeZone: practitioner.schedule.timeZone,
    mode: service.mode,
    priceIdr: a.priceIdr,
    sequence: a.sequence,
    ...(a.status === 'held' && a.holdExpiresAt !== undefined ? { holdExpiresAt: iso(a.holdExpiresAt) } : {}),
  };
}

/** The staff view adds the patient's details and the cancellation reason. */
export interface StaffAppointmentView extends AppointmentView {
  patient: PatientDetails;
  locale: 'id' | 'en';
  cancelReason?: string;
  createdAt: string;
}

export function staffAppointmentView(
  a: AppointmentRecord,
  practitioner: PractitionerRecord,
  service: ServiceRecord,
): StaffAppointmentView {
  return {
    ...appointmentView(a, practitioner, service),
    patient: a.patient,
    locale: a.locale,
    ...(a.cancelReason ? { cancelReason: a.cancelReason } : {}),
    createdAt: iso(a.createdAt),
  };
}

export function catalogView(
  clinic: ClinicProfile,
  services: readonly ServiceRecord[],
  practitioners: readonly PractitionerRecord[],
): BookingCatalog {
  const active = practitioners.filter((p) => p.active);
  const offered = services.filter((s) => s.active);
  const catalogServices: CatalogService[] = offered.map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    mode: s.mode,
    durationMinutes: s.rules.durationMinutes,
    priceIdr: s.priceIdr,
    capacity: s.rules.capacity ?? 1,
    practitionerIds: active.filter((p) => p.serviceIds.includes(s.id)).map((p) => p.id),
  }));
  const ids = new Set(offered.map((s) => s.id));
  const catalogPractitioners: CatalogPractitioner[] = active.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.title ? { title: p.title } : {}),
    ...(p.specialty ? { specialty: p.specialty } : {}),
    timeZone: p.schedule.timeZone,
    serviceIds: p.serviceIds.filter((id) => ids.has(id)),
    video: p.video,
  }));
  return {
    clinic: { name: clinic.name, timeZone: clinic.timeZone },
    services: catalogServices,
    practitioners: catalogPractitioners,
  };
}

export function availableNowView(p: PractitionerRecord, waitingRoomUrl: string): AvailableNowPractitioner {
  return {
    id: p.id,
    name: p.name,
    ...(p.title ? { title: p.title } : {}),
    ...(p.specialty ? { specialty: p.specialty } : {}),
    since: iso(p.availableNowSince as number),
    ...(p.availableNowUntil !== undefined ? { until: iso(p.availableNowUntil) } : {}),
    waitingRoomUrl,
  };
}
