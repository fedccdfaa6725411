import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, type CalendarInvite, foldLine } from '../../../src/booking/index';

const invite: CalendarInvite = {
  method: 'REQUEST',
  uid: '0b6f3d8e-1c1a-4c7e-9a55-0c3b1f0e2a11@klinik-sehat.test',
  sequence: 0,
  stamp: Date.parse('2025-01-02T03:04:05Z'),
  start: Date.parse('2025-01-06T01:00:00Z'),
  end: Date.parse('2025-01-06T01:20:00Z'),
  summary: 'Konsultasi video; dr. Ayu, Sp.A',
  description: 'Baris satu\nBaris dua, dengan koma; dan titik koma \\ garis miring',
  location: 'https://klinik-sehat.test/konsultasi?token=abc',
  url: 'https://klinik-sehat.test/konsultasi?token=abc',
  organizer: { email: 'janji@klinik-sehat.test', name: 'Klinik Sehat: Cabang Menteng' },
  attendee: { email: 'siti@example.test', name: 'Siti Rahayu' },
  alarmMinutesBefore: 60,
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('buildIcs', () => {
  it('writes an invite that ical.js reads back with the same times, UID, SEQUENCE and text', () => {
    const { calendar, vevent, event } = parse(buildIcs(invite));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(invite.uid);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toUnixTime() * 1000).toBe(invite.start);
    expect(event.endDate.toUnixTime() * 1000).toBe(invite.end);
    expect(event.summary).toBe(invite.summary);
    expect(event.description).toBe(invite.description);
    expect(event.location).toBe(invite.location);
    expect(vevent.getFirstPropertyValue('url')).toBe(invite.url);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:janji@klinik-sehat.test');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Klinik Sehat: Cabang Menteng');
    const trigger = vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-3600);
  });

  it('marks a cancellation with METHOD:CANCEL, STATUS:CANCELLED and the next SEQUENCE', () => {
    const { calendar, vevent, event } = parse(buildIcs({ ...invite, method: 'CANCEL', sequence: 2 }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(2);
    expect(vevent.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('uses CRLF, folds long lines at 75 octets without splitting a character, and reads back unfolded', () => {
    const long = `Catatan: ${'pemeriksaan lanjutan ⚕️ '.repeat(12)}`;
    const text = buildIcs({ ...invite, description: long });
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(text).event.description).toBe(long);
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });

  it('cannot be made to carry an extra property through a line break in a UID, URL or address', () => {
    const text = buildIcs({
      ...invite,
      uid: 'x@y\r\nATTENDEE:mailto:evil@example.test',
      url: 'https://a.test/\nMETHOD:CANCEL',
      attendee: { email: 'a@b.test\r\nX-EVIL:1' },
    });
    expect(text).not.toMatch(/\r\nX-EVIL/);
    expect(text.match(/\r\nMETHOD:/g)).toHaveLength(1);
    expect(text.match(/\r\nATTENDEE/g)).toHaveLength(1);
  });
});
