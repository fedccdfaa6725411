import { describe, expect, it } from 'vitest';
import { bookingAccessWindow } from '../../../src/teleconsult/server/access-window';
import { arrivalFor } from '../../../src/teleconsult/server/arrival';
import { captureTimers } from '../../../src/teleconsult/server/owned-timers';
import { signalingLocation } from '../../../src/teleconsult/server/signaling';

const MIN = 60_000;

describe('room rules', () => {
  it('counts early and up to ten minutes past the start as on time', () => {
    const start = 1_000 * MIN;
    expect(arrivalFor(start, start - 30 * MIN, 10 * MIN)).toBe('on_time');
    expect(arrivalFor(start, start + 10 * MIN, 10 * MIN)).toBe('on_time');
    expect(arrivalFor(start, start + 10 * MIN + 1, 10 * MIN)).toBe('late');
    expect(arrivalFor(undefined, start, 10 * MIN)).toBe('walk_in');
  });

  it('opens a booking room an hour before and closes it an hour after the appointment', () => {
    expect(
      bookingAccessWindow({ kind: 'booking', scheduledStart: 100 * MIN, scheduledEnd: 120 * MIN }),
    ).toEqual({
      from: 40 * MIN,
      until: 180 * MIN,
    });
    expect(bookingAccessWindow({ kind: 'adhoc' })).toBeUndefined();
  });

  it('splits a PeerServer URL into PeerJS options', () => {
    expect(signalingLocation('wss://video.klinik.example/signal', 'k')).toEqual({
      host: 'video.klinik.example',
      port: 443,
      path: '/signal/',
      secure: true,
      key: 'k',
    });
    expect(signalingLocation('http://[::1]:9000/', 'k')).toMatchObject({
      host: '::1',
      port: 9000,
      path: '/',
    });
  });
});

describe('captureTimers', () => {
  it('stops a self-rescheduling loop started inside the setup, and leaves the global alone', async () => {
    const original = globalThis.setTimeout;
    let ticks = 0;
    const captured = captureTimers(() => {
      const loop = () => {
        ticks += 1;
        setTimeout(loop, 5);
      };
      setTimeout(loop, 5);
      return 'started';
    });
    expect(captured.value).toBe('started');
    expect(globalThis.setTimeout).toBe(original);
    await new Promise((r) => setTimeout(r, 40));
    expect(ticks).toBeGreaterThan(1);
    captured.stop();
    const stoppedAt = ticks;
    await new Promise((r) => setTimeout(r, 40));
    expect(ticks).toBe(stoppedAt);
  });
});
