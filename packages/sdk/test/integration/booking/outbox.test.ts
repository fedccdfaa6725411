import { createServer } from 'node:net';
import { type SmtpSink, startSmtpSink } from '@sehatkit/sandbox/smtp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BookingService } from '../../../src/booking/server/index';
import type { manualClock } from '../../../src/logging/clock';
import type { Database } from '../../../src/storage/database';
import { testDatabases } from '../../support/databases';
import { at, type capturingLogger, iso, openClinic, patient, SECRET } from './support/clinic';

const MIN = 60_000;

/** A port on loopback where nothing listens: every SMTP connection is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(testDatabases())('booking email outbox on $name', (database) => {
  let db: Database;
  let sink: SmtpSink;
  let booking: BookingService;
  let clock: ReturnType<typeof manualClock>;
  let logger: ReturnType<typeof capturingLogger>;
  let day = 0;

  // Each booking takes the next weekday of the week after so the slots never collide; each patient has their own address.
  const book = (email: string, time = '08:00') => {
    const date = `2025-01-${13 + (day++ % 5)}`;
    return booking.book({
      serviceId: 'umum',
      practitionerId: 'dr-ayu',
      start: iso(at(date, time)),
      patient: { ...patient, email },
      consent: true,
      locale: 'id',
    });
  };
  const received = (email: string) => sink.messages().filter((m) => m.to.includes(email));
  const openSecond = () =>
    openClinic(db, {
      mail: { smtp: { host: sink.host, port: sink.port } },
      outbox: { maxAttempts: 3, retryAfterMs: MIN, maxRetryAfterMs: 10 * MIN },
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    db = await database.open();
    ({ booking, clock, logger } = await openSecond());
  });
  afterAll(async () => {
    booking.close();
    await sink.close();
    await db.close();
  });

  it('queues the confirmation with the booking and delivers it at once', async () => {
    const result = await book('ani@example.test');
    const email = await sink.waitFor((m) => m.to.includes('ani@example.test'));
    expect(email.subject).toMatch(/^Janji temu dikonfirmasi/);
    expect(await booking.outbox.forAppointment(result.appointment.id)).toEqual([
      expect.objectContaining({ kind: 'confirmation', sequence: 0, state: 'sent', attempts: 1 }),
    ]);
    expect(await booking.outbox.pending()).toEqual([]);
  });

  it('retries a send the server deferred (451), waiting twice as long each time, and delivers it once', async () => {
    sink.faults.deferMessages = true;
    try {
      const result = await book('bayu@example.test');
      expect(result.status).toBe('confirmed');
      const [first] = await booking.outbox.forAppointment(result.appointment.id);
      expect(first).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: iso(clock.now() + MIN) });
      expect(first?.lastError).toContain('451');
      // Not due yet: nothing is tried.
      expect(await booking.outbox.drain()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
      clock.advance(MIN);
      expect(await booking.outbox.drain()).toMatchObject({ retrying: 1 });
      const [second] = await booking.outbox.forAppointment(result.appointment.id);
      expect(second).toMatchObject({
        state: 'pending',
        attempts: 2,
        nextAttemptAt: iso(clock.now() + 2 * MIN),
      });
      clock.advance(2 * MIN - 1);
      expect(await booking.outbox.drain()).toMatchObject({ retrying: 0, sent: 0 });
      sink.faults.deferMessages = false;
      clock.advance(1);
      expect(await booking.outbox.drain()).toMatchObject({ sent: 1 });
      clock.advance(60 * MIN);
      expect(await booking.outbox.drain()).toMatchObject({ sent: 0 });
      expect(received('bayu@example.test')).toHaveLength(1);
      expect(await booking.outbox.forAppointment(result.appointment.id)).toEqual([
        expect.objectContaining({ state: 'sent', attempts: 3 }),
      ]);
    } finally {
      sink.faults.deferMessages = false;
    }
  });

  it('gives up after the last attempt, logs it without NIK, card number or secret, and sends on a staff retry', async () => {
    sink.faults.deferMessages = true;
    let id = '';
    try {
      const result = await book('citra@example.test');
      clock.advance(MIN);
      await booking.outbox.drain();
      clock.advance(2 * MIN);
      expect(await booking.outbox.drain()).toMatchObject({ failed: 1 });
      const failed = await booking.outbox.failed();
      expect(failed).toEqual([
        expect.objectContaining({ appointmentId: result.appointment.id, state: 'failed', attempts: 3 }),
      ]);
      id = failed[0]?.id ?? '';
      clock.advance(24 * 60 * MIN);
      expect(await booking.outbox.drain()).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    } finally {
      sink.faults.deferMessages = false;
    }
    const line = logger.lines.find((l) => l.message === 'booking email failed for good');
    expect(line).toMatchObject({ level: 'error', fields: { kind: 'confirmation', attempt: 3 } });
    const text = logger.text();
    expect(text).not.toContain(patient.nik);
    expect(text).not.toContain(patient.bpjsCardNumber);
    expect(text).not.toContain(SECRET);
    expect(received('citra@example.test')).toHaveLength(0);
    expect(await booking.outbox.retry(id)).toBe(true);
    expect(await booking.outbox.retry(id)).toBe(false);
    expect(await booking.outbox.drain()).toMatchObject({ sent: 1 });
    expect(received('citra@example.test')).toHaveLength(1);
  });

  it('treats a refusal (SMTP 554) as final at once', async () => {
    sink.faults.rejectMessages = true;
    try {
      const result = await book('dewi@example.test');
      expect(await booking.outbox.forAppointment(result.appointment.id)).toEqual([
        expect.objectContaining({ state: 'failed', attempts: 1, lastError: expect.stringContaining('554') }),
      ]);
    } finally {
      sink.faults.rejectMessages = false;
    }
  });

  it('keeps the email when the mail server is down, for another server instance to deliver later', async () => {
    const down = await openClinic(db, {
      mail: { smtp: { host: '127.0.0.1', port: await closedPort(), timeoutMs: 2000 } },
    });
    down.clock.set(clock.now());
    const before = (await booking.outbox.pending()).length;
    await expect(
      down.booking.book({
        serviceId: 'umum',
        practitionerId: 'dr-ayu',
        start: iso(at('2025-01-20', '08:00')),
        patient: { ...patient, email: 'eka@example.test' },
        consent: true,
        locale: 'id',
      }),
    ).resolves.toMatchObject({ status: 'confirmed' });
    down.booking.close();
    // A booking that loses the slot queues nothing: the email only exists with its appointment.
    await expect(
      booking.book({
        serviceId: 'umum',
        practitionerId: 'dr-ayu',
        start: iso(at('2025-01-20', '08:00')),
        patient: { ...patient, email: 'fajar@example.test' },
        consent: true,
        locale: 'id',
      }),
    ).rejects.toMatchObject({ reason: 'slot_taken' });
    expect(await booking.outbox.pending()).toHaveLength(before + 1);
    clock.advance(MIN);
    expect(await booking.outbox.drain()).toMatchObject({ sent: 1 });
    expect(received('eka@example.test')).toHaveLength(1);
    expect(received('fajar@example.test')).toHaveLength(0);
  });

  it('never sends an email twice when two servers drain at the same moment', async () => {
    const other = await openSecond();
    other.clock.set(clock.now());
    const addresses = ['gita@example.test', 'hadi@example.test', 'indah@example.test', 'joko@example.test'];
    sink.faults.deferMessages = true;
    try {
      for (const [i, email] of addresses.entries())
        await book(email, ['08:30', '09:00', '09:30', '08:30'][i]);
    } finally {
      sink.faults.deferMessages = false;
    }
    expect(await booking.outbox.pending()).toHaveLength(4);
    clock.advance(MIN);
    other.clock.set(clock.now());
    const results = await Promise.all([
      booking.outbox.drain(),
      other.booking.outbox.drain(),
      booking.outbox.drain(),
      other.booking.outbox.drain(),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(4);
    expect(addresses.map((a) => received(a).length)).toEqual([1, 1, 1, 1]);
    clock.advance(60 * MIN);
    other.clock.set(clock.now());
    await Promise.all([booking.outbox.drain(), other.booking.outbox.drain()]);
    expect(addresses.map((a) => received(a).length)).toEqual([1, 1, 1, 1]);
    other.booking.close();
  });

  it('skips a queued confirmation a cancellation superseded, and sends only the cancellation', async () => {
    sink.faults.deferMessages = true;
    let id = '';
    try {
      id = (await book('kartika@example.test', '09:00')).appointment.id;
      await booking.cancel(id, 'Berhalangan');
    } finally {
      sink.faults.deferMessages = false;
    }
    clock.advance(MIN);
    expect(await booking.outbox.drain({ appointmentId: id })).toMatchObject({ sent: 1, skipped: 1 });
    const mails = received('kartika@example.test');
    expect(mails.map((m) => m.subject.split(':')[0])).toEqual(['Janji temu dibatalkan']);
    expect(mails[0]?.text).toContain('Alasan: Berhalangan');
    expect((await booking.outbox.forAppointment(id)).map((e) => [e.kind, e.state])).toEqual([
      ['confirmation', 'skipped'],
      ['cancellation', 'sent'],
    ]);
  });

  it('drains on the background interval, which close() stops', async () => {
    const worker = await openSecond();
    worker.clock.set(clock.now());
    sink.faults.deferMessages = true;
    try {
      await book('lestari@example.test', '09:30');
    } finally {
      sink.faults.deferMessages = false;
    }
    worker.clock.advance(MIN);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      worker.booking.startBackgroundWork(30_000);
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(30_000);
      await sink.waitFor((m) => m.to.includes('lestari@example.test'));
      worker.booking.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
