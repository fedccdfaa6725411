import { randomUUID } from 'node:crypto';
import { manualClock } from '../../../src/logging/clock';
import type { Database } from '../../../src/storage/database';
import {
  createTeleconsult,
  type TeleconsultOptions,
  type TeleconsultService,
} from '../../../src/teleconsult/server/index';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef-xyz';
export const TURN_SECRET = 'test-turn-secret-0123456789abcdefghijklmnop';

/** 2026-03-02 09:00 WIB, the appointment most tests book. */
export const APPOINTMENT = Date.parse('2026-03-02T09:00:00+07:00');
export const MINUTE = 60_000;

export async function teleconsultFor(
  db: Database,
  overrides: Partial<TeleconsultOptions> = {},
): Promise<{ service: TeleconsultService; clock: ReturnType<typeof manualClock> }> {
  const clock = manualClock(APPOINTMENT - 5 * MINUTE);
  const service = await createTeleconsult({
    database: db,
    signingSecret: SIGNING_SECRET,
    signaling: { url: 'http://127.0.0.1:9/signal' },
    clock,
    ...overrides,
  });
  return { service, clock };
}

export function bookingRoom(service: TeleconsultService, bookingId = `bk-${randomUUID()}`) {
  return service.createRoom({
    kind: 'booking',
    bookingId,
    scheduledStart: new Date(APPOINTMENT).toISOString(),
    scheduledEnd: new Date(APPOINTMENT + 20 * MINUTE).toISOString(),
    title: 'Konsultasi dr. Ani',
  });
}
