import type { BookingLocale } from '../../api-types';
import { formatDay, formatTime, timeZoneLabel } from '../../display';
import { buildIcs, type IcsMethod } from '../../ics';
import type { AppointmentRecord, PractitionerRecord, ServiceRecord } from '../records';
import type { OutgoingEmail } from './mailer';
import { escapeHtml, type PlaceholderValues, renderTemplate } from './render';
import type { NotificationKind, TemplateSet } from './templates';

/** Who the emails come from and what they say about the clinic. */
export interface ClinicProfile {
  name: string;
  /** The clinic's own zone, used where a practitioner has none. */
  timeZone: string;
  /** Sender and calendar organiser, e.g. `janji@klinik-sehat.example`. */
  email: string;
  address?: string;
  phone?: string;
  /** Right-hand side of every calendar UID (`<appointment id>@<domain>`). Default: the email's domain. */
  domain?: string;
}

export interface AppointmentContext {
  appointment: AppointmentRecord;
  practitioner: PractitionerRecord;
  service: ServiceRecord;
  clinic: ClinicProfile;
}

/** The stable calendar UID of an appointment: the same in every email and in "add to calendar". */
export function calendarUid(appointmentId: string, clinic: ClinicProfile): string {
  const domain = clinic.domain ?? clinic.email.split('@')[1] ?? 'sehatkit.invalid';
  return `${appointmentId}@${domain}`;
}

/** The zone the patient reads times in: the one they booked from, else the practitioner's. */
export function readerZone(ctx: AppointmentContext): string {
  return ctx.appointment.patientTimeZone ?? ctx.practitioner.schedule.timeZone ?? ctx.clinic.timeZone;
}

/** The .ics of an appointment as it stands. */
export function appointmentIcs(
  ctx: AppointmentContext,
  method: IcsMethod,
  options: { now: number; videoLink?: string },
): string {
  const { appointment, practitioner, service, clinic } = ctx;
  const locale = appointment.locale;
  const serviceName = service.name[locale];
  const describe =
    locale === 'id'
      ? `${serviceName} dengan ${practitioner.name}`
      : `${serviceName} with ${practitioner.name}`;
  return buildIcs({
    method,
    uid: calendarUid(appointment.id, clinic),
    sequence: appointment.sequence,
    stamp: options.now,
    start: appointment.start,
    end: appointment.end,
    summary: `${describe} (${clinic.name})`,
    description: options.videoLink
      ? `${describe}\n${locale === 'id' ? 'Tautan konsultasi video' : 'Video consultation link'}: ${options.videoLink}`
      : describe,
    ...(options.videoLink
      ? { location: options.videoLink, url: options.videoLink }
      : clinic.address
        ? { location: clinic.address }
        : {}),
    organizer: { email: clinic.email, name: clinic.name },
    attendee: { email: appointment.patient.email, name: appointment.patient.name },
    ...(method === 'CANCEL' ? {} : { alarmMinutesBefore: 60 }),
  });
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Plain text to safe HTML: escaped, paragraphs and line breaks kept, links clickable. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => {
    const escaped = escapeHtml(p).replace(URL_PATTERN, (url) => `<a href="${url}">${url}</a>`);
    return `<p>${escaped.replace(/\n/g, '<br>')}</p>`;
  });
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.join('\n')}</body></html>`;
}

export function placeholderValues(
  ctx: AppointmentContext,
  links: { videoLink?: string; manageLink?: string; reason?: string; amountIdr?: number },
): PlaceholderValues {
  const { appointment, practitioner, service, clinic } = ctx;
  const locale: BookingLocale = appointment.locale;
  const zone = readerZone(ctx);
  return {
    clinicName: clinic.name,
    clinicAddress: service.mode === 'video' ? '' : (clinic.address ?? ''),
    clinicPhone: clinic.phone ?? '',
    patientName: appointment.patient.name,
    practitionerName: practitioner.title ? `${practitioner.name}, ${practitioner.title}` : practitioner.name,
    serviceName: service.name[locale],
    date: formatDay(appointment.start, zone, locale),
    time: formatTime(appointment.start, zone, locale),
    endTime: formatTime(appointment.end, zone, locale),
    timeZone: timeZoneLabel(zone, locale, appointment.start),
    duration: String(Math.round((appointment.end - appointment.start) / 60_000)),
    videoLink: links.videoLink ?? '',
    manageLink: links.manageLink ?? '',
    reason: links.reason ?? '',
    amount: links.amountIdr === undefined ? '' : rupiah(links.amountIdr, locale),
  };
}

/** `Rp 250.000` in Indonesian, `IDR 250,000` in English. */
function rupiah(amount: number, locale: BookingLocale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount);
}

// A refunded hold never had an invite, so its email carries no calendar part.
const METHOD: Record<NotificationKind, IcsMethod | undefined> = {
  confirmation: 'REQUEST',
  reschedule: 'REQUEST',
  cancellation: 'CANCEL',
  reminder: undefined,
  payment_refunded: undefined,
};

/** One email of `kind` for an appointment, in the patient's language, with its calendar part. */
export function composeEmail(
  kind: NotificationKind,
  ctx: AppointmentContext,
  templates: TemplateSet,
  options: { now: number; videoLink?: string; manageLink?: string; reason?: string; amountIdr?: number },
): OutgoingEmail {
  const template = templates[kind][ctx.appointment.locale];
  const values = placeholderValues(ctx, options);
  const text = renderTemplate(template.text, values)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const method = METHOD[kind];
  return {
    to: { name: ctx.appointment.patient.name, address: ctx.appointment.patient.email },
    subject: renderTemplate(template.subject, values).replace(/\s+/g, ' ').trim(),
    text,
    html: template.html ? renderTemplate(template.html, values, true) : textToHtml(text),
    ...(method
      ? {
          calendar: {
            method,
            content: appointmentIcs(ctx, method, {
              now: options.now,
              ...(options.videoLink ? { videoLink: options.videoLink } : {}),
            }),
          },
        }
      : {}),
  };
}
