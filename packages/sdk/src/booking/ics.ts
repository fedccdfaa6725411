/**
 * iCalendar text for one appointment (RFC 5545), with the iTIP method that tells a calendar what to do
 * with it (RFC 5546: REQUEST adds or updates, CANCEL removes, PUBLISH is a plain "add to calendar" file).
 * The UID stays the same for the life of an appointment and SEQUENCE grows on every change, which is how
 * calendars recognise a reschedule as an update instead of a second event (RFC 5545 §3.8.7.4).
 */

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsPerson {
  email: string;
  name?: string;
}

export interface CalendarInvite {
  method: IcsMethod;
  /** Stable for the appointment, e.g. `<appointment id>@<clinic domain>`. */
  uid: string;
  /** 0 when booked, +1 on every reschedule or cancellation. */
  sequence: number;
  /** When this version was written (DTSTAMP), epoch ms. */
  stamp: number;
  start: number;
  end: number;
  summary: string;
  description?: string;
  /** The clinic's address, or the video link for a video consultation. */
  location?: string;
  /** The video consultation link, so calendars show it as the meeting link. */
  url?: string;
  organizer?: IcsPerson;
  attendee?: IcsPerson;
  /** A reminder this many minutes before the start. */
  alarmMinutesBefore?: number;
  /** PRODID product name. Default `SehatKit`. */
  product?: string;
}

/** `20250106T013000Z` (RFC 5545 §3.3.5, form 2: UTC). */
export function icsUtc(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Parameter values with characters that need it are quoted; quotes themselves are not allowed (§3.2). */
function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\r\n]/g, ' ');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
      // Continuation lines start with one space, which counts toward their 75 octets.
      limit = 74;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Values that are not TEXT (UID, URI, address) must still never break a line: that would inject properties. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, '');
}

function person(role: 'ORGANIZER' | 'ATTENDEE', p: IcsPerson, extra = ''): string {
  const cn = p.name ? `;CN=${paramValue(p.name)}` : '';
  return `${role}${cn}${extra}:mailto:${oneLine(p.email)}`;
}

/** The whole VCALENDAR object, CRLF line endings, folded. */
export function buildIcs(invite: CalendarInvite): string {
  const cancelled = invite.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:-//${invite.product ?? 'SehatKit'}//Booking//EN`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.method}`,
    'BEGIN:VEVENT',
    `UID:${oneLine(invite.uid)}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${icsUtc(invite.stamp)}`,
    `DTSTART:${icsUtc(invite.start)}`,
    `DTEND:${icsUtc(invite.end)}`,
    `SUMMARY:${escapeText(invite.summary)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
  ];
  if (invite.description) lines.push(`DESCRIPTION:${escapeText(invite.description)}`);
  if (invite.location) lines.push(`LOCATION:${escapeText(invite.location)}`);
  if (invite.url) lines.push(`URL:${oneLine(invite.url)}`);
  if (invite.organizer) lines.push(person('ORGANIZER', invite.organizer));
  if (invite.attendee) {
    const status = cancelled ? ';PARTSTAT=DECLINED' : ';PARTSTAT=ACCEPTED';
    lines.push(person('ATTENDEE', invite.attendee, `;ROLE=REQ-PARTICIPANT${status}`));
  }
  if (invite.alarmMinutesBefore !== undefined && !cancelled) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(invite.summary)}`,
      `TRIGGER:-PT${Math.max(0, Math.round(invite.alarmMinutesBefore))}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
