import nodemailer from 'nodemailer';
import { TransportError } from '../../../errors/remote-errors';
import type { IcsMethod } from '../../ics';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). Default false: STARTTLS when the server offers it. */
  secure?: boolean;
  /** Refuse to send unless STARTTLS succeeds. Default false; turn it on for any relay off the machine. */
  requireTls?: boolean;
  auth?: { user: string; pass: string };
  /** Per-connection timeouts in ms. Default 15 s. */
  timeoutMs?: number;
}

export interface EmailAddress {
  name?: string;
  address: string;
}

export interface OutgoingEmail {
  to: EmailAddress;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar invite, sent as a text/calendar alternative with its iTIP method (RFC 6047). */
  calendar?: { method: IcsMethod; content: string };
}

/** Sends booking emails. The default speaks SMTP through nodemailer; tests point it at the sandbox sink. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

/** A mailer over SMTP from `from` (the clinic's address, e.g. `Klinik Sehat <janji@klinik.example>`). */
export function smtpMailer(smtp: SmtpOptions, from: EmailAddress): Mailer {
  const timeout = smtp.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure ?? false,
    requireTLS: smtp.requireTls ?? false,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(email) {
      try {
        const info = await transport.sendMail({
          from: from.name ? { name: from.name, address: from.address } : from.address,
          to: email.to.name ? { name: email.to.name, address: email.to.address } : email.to.address,
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(email.calendar
            ? {
                icalEvent: {
                  method: email.calendar.method,
                  filename: email.calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
                  content: email.calendar.content,
                },
              }
            : {}),
        });
        return { messageId: String(info.messageId ?? '') };
      } catch (error) {
        // nodemailer's messages can quote the server's reply; they are kept as the cause, not shown.
        throw new TransportError(
          'smtp',
          'network',
          `The mail server did not accept the message.`,
          undefined,
          {
            cause: error,
          },
        );
      }
    },
    close: () => transport.close(),
  };
}
