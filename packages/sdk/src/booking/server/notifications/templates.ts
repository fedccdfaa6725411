import { ConfigurationError } from '../../../errors/configuration-error';
import type { FieldIssue } from '../../../errors/field-issue';
import type { BookingLocale } from '../../api-types';
import { templateProblems } from './render';

export type NotificationKind =
  | 'confirmation'
  | 'reschedule'
  | 'cancellation'
  | 'reminder'
  /** The payment arrived after the hold lapsed and the time went to someone else: the money went back. */
  | 'payment_refunded';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'confirmation',
  'reschedule',
  'cancellation',
  'reminder',
  'payment_refunded',
];

export interface EmailTemplate {
  subject: string;
  /** Plain text; the HTML part is made from it (escaped, links made clickable) unless `html` is given. */
  text: string;
  html?: string;
}

export type TemplateSet = Record<NotificationKind, Record<BookingLocale, EmailTemplate>>;

/** A clinic's own wording: any kind, locale or part left out keeps the default. */
export type TemplateOverrides = Partial<
  Record<NotificationKind, Partial<Record<BookingLocale, Partial<EmailTemplate>>>>
>;

const details = {
  id: `Layanan: {{serviceName}}
Dokter: {{practitionerName}}
Waktu: {{date}}, {{time}}–{{endTime}} {{timeZone}}
{{#clinicAddress}}Alamat: {{clinicAddress}}
{{/clinicAddress}}`,
  en: `Service: {{serviceName}}
Practitioner: {{practitionerName}}
Time: {{date}}, {{time}}–{{endTime}} {{timeZone}}
{{#clinicAddress}}Address: {{clinicAddress}}
{{/clinicAddress}}`,
};

const video = {
  id: `{{#videoLink}}
Ini konsultasi video. Tautan berikut bisa dibuka mulai satu jam sebelum sampai satu jam sesudah janji temu:
{{videoLink}}
{{/videoLink}}`,
  en: `{{#videoLink}}
This is a video consultation. The link below opens one hour before and closes one hour after the appointment:
{{videoLink}}
{{/videoLink}}`,
};

const signature = {
  id: `
Salam,
{{clinicName}}{{#clinicPhone}}
{{clinicPhone}}{{/clinicPhone}}`,
  en: `
Kind regards,
{{clinicName}}{{#clinicPhone}}
{{clinicPhone}}{{/clinicPhone}}`,
};

const manage = {
  id: '{{#manageLink}}\nUntuk membatalkan atau mengubah jadwal: {{manageLink}}\n{{/manageLink}}',
  en: '{{#manageLink}}\nTo cancel or reschedule: {{manageLink}}\n{{/manageLink}}',
};

export const DEFAULT_TEMPLATES: TemplateSet = {
  confirmation: {
    id: {
      subject: 'Janji temu dikonfirmasi: {{serviceName}}, {{date}} pukul {{time}} {{timeZone}}',
      text: `Halo {{patientName}},

Janji temu Anda di {{clinicName}} sudah dikonfirmasi.

${details.id}${video.id}
Undangan kalender terlampir.${manage.id}${signature.id}`,
    },
    en: {
      subject: 'Appointment confirmed: {{serviceName}}, {{date}} at {{time}} {{timeZone}}',
      text: `Hello {{patientName}},

Your appointment at {{clinicName}} is confirmed.

${details.en}${video.en}
A calendar invitation is attached.${manage.en}${signature.en}`,
    },
  },
  reschedule: {
    id: {
      subject: 'Jadwal diubah: {{serviceName}}, kini {{date}} pukul {{time}} {{timeZone}}',
      text: `Halo {{patientName}},

Jadwal janji temu Anda di {{clinicName}} telah diubah. Waktu yang baru:

${details.id}${video.id}
Undangan kalender terlampir dan menggantikan yang sebelumnya.${manage.id}${signature.id}`,
    },
    en: {
      subject: 'Rescheduled: {{serviceName}}, now {{date}} at {{time}} {{timeZone}}',
      text: `Hello {{patientName}},

Your appointment at {{clinicName}} has been moved. The new time:

${details.en}${video.en}
The attached calendar invitation replaces the previous one.${manage.en}${signature.en}`,
    },
  },
  cancellation: {
    id: {
      subject: 'Janji temu dibatalkan: {{serviceName}}, {{date}} pukul {{time}} {{timeZone}}',
      text: `Halo {{patientName}},

Janji temu Anda di {{clinicName}} telah dibatalkan.

${details.id}{{#reason}}Alasan: {{reason}}
{{/reason}}
Silakan buat janji baru kapan saja.${signature.id}`,
    },
    en: {
      subject: 'Appointment cancelled: {{serviceName}}, {{date}} at {{time}} {{timeZone}}',
      text: `Hello {{patientName}},

Your appointment at {{clinicName}} has been cancelled.

${details.en}{{#reason}}Reason: {{reason}}
{{/reason}}
You are welcome to book again at any time.${signature.en}`,
    },
  },
  reminder: {
    id: {
      subject: 'Pengingat: janji temu hari ini pukul {{time}} {{timeZone}}',
      text: `Halo {{patientName}},

Mengingatkan janji temu Anda hari ini di {{clinicName}}.

${details.id}${video.id}${manage.id}${signature.id}`,
    },
    en: {
      subject: 'Reminder: your appointment today at {{time}} {{timeZone}}',
      text: `Hello {{patientName}},

A reminder of your appointment today at {{clinicName}}.

${details.en}${video.en}${manage.en}${signature.en}`,
    },
  },
  payment_refunded: {
    id: {
      subject: 'Pembayaran dikembalikan: waktu {{date}} pukul {{time}} {{timeZone}} sudah terisi',
      text: `Halo {{patientName}},

Pembayaran Anda untuk janji temu di {{clinicName}} baru kami terima setelah batas waktu pembayaran berakhir, dan waktu tersebut sudah dipesan pasien lain. Karena itu janji temu ini tidak dapat kami konfirmasi.

${details.id}
Pembayaran Anda{{#amount}} sebesar {{amount}}{{/amount}} sudah kami kembalikan melalui penyedia pembayaran. Lama dana sampai kembali bergantung pada bank atau dompet digital Anda.

Mohon maaf atas ketidaknyamanannya. Silakan pilih waktu lain kapan saja.${signature.id}`,
    },
    en: {
      subject: 'Payment refunded: {{date}} at {{time}} {{timeZone}} was already taken',
      text: `Hello {{patientName}},

Your payment for an appointment at {{clinicName}} reached us after the payment window had closed, and the time had been booked by another patient meanwhile. We therefore could not confirm this appointment.

${details.en}
Your payment{{#amount}} of {{amount}}{{/amount}} has been returned through the payment provider. How soon it shows up depends on your bank or e-wallet.

We are sorry for the inconvenience. You are welcome to choose another time at any time.${signature.en}`,
    },
  },
};

/** The defaults with a clinic's overrides laid over them; refuses unknown placeholders at start. */
export function resolveTemplates(overrides: TemplateOverrides = {}): TemplateSet {
  const issues: FieldIssue[] = [];
  const out = {} as TemplateSet;
  for (const kind of NOTIFICATION_KINDS) {
    out[kind] = {} as Record<BookingLocale, EmailTemplate>;
    for (const locale of ['id', 'en'] as const) {
      const merged: EmailTemplate = { ...DEFAULT_TEMPLATES[kind][locale], ...overrides[kind]?.[locale] };
      for (const part of ['subject', 'text', 'html'] as const) {
        const value = merged[part];
        if (value === undefined) continue;
        for (const message of templateProblems(value)) {
          issues.push({ path: `templates.${kind}.${locale}.${part}`, message, code: 'invalid_template' });
        }
      }
      out[kind][locale] = merged;
    }
  }
  if (issues.length > 0) throw new ConfigurationError('booking email templates', issues);
  return out;
}
