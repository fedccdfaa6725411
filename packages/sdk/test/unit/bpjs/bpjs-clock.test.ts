import { describe, expect, it } from 'vitest';
import { BpjsClock } from '../../../src/bpjs/bpjs-clock';
import { manualClock } from '../../../src/logging/clock';
import { silentLogger } from '../../../src/logging/logger';

const HOST = Date.UTC(2026, 10, 22, 1, 0, 0);
// What a server whose clock reads `serverMs` puts in its Date header: whole seconds.
const dateHeader = (serverMs: number) => new Date(serverMs).toUTCString();

describe('BpjsClock', () => {
  it('adds a fixed offset and never moves it', () => {
    const clock = new BpjsClock(manualClock(HOST), 90, silentLogger);
    expect(clock.now()).toBe(HOST + 90_000);
    clock.observe(HOST, HOST + 40, dateHeader(HOST - 600_000));
    expect(clock.offsetSeconds).toBe(90);
  });

  it('follows the median of recent answers in auto mode, so one odd Date header does not move it', () => {
    const clock = new BpjsClock(manualClock(HOST), 'auto', silentLogger);
    expect(clock.offsetSeconds).toBe(0);
    clock.observe(HOST, HOST + 50, dateHeader(HOST + 300_000));
    expect(clock.offsetSeconds).toBe(300);
    clock.observe(HOST, HOST + 50, dateHeader(HOST + 300_000));
    clock.observe(HOST, HOST + 50, dateHeader(HOST - 3_600_000)); // a proxy's stale header
    expect(clock.offsetSeconds).toBe(300);
    expect(clock.now()).toBe(HOST + 300_000);
  });

  it('treats a second or so as the noise of whole-second headers and travel time', () => {
    const clock = new BpjsClock(manualClock(HOST), 'auto', silentLogger);
    clock.observe(HOST, HOST + 900, dateHeader(HOST + 1_000));
    expect(clock.offsetSeconds).toBe(0);
  });

  it('learns nothing from a missing or unreadable header, or from an exchange that took too long', () => {
    const clock = new BpjsClock(manualClock(HOST), 'auto', silentLogger);
    clock.observe(HOST, HOST + 10, null);
    clock.observe(HOST, HOST + 10, 'yesterday');
    clock.observe(HOST, HOST + 30_000, dateHeader(HOST + 600_000));
    expect(clock.offsetSeconds).toBe(0);
  });

  it('warns once when the answers disagree with a fixed offset by half a minute or more', () => {
    const warnings: unknown[] = [];
    const clock = new BpjsClock(manualClock(HOST), 0, {
      ...silentLogger,
      warn: (m, f) => warnings.push([m, f]),
    });
    clock.observe(HOST, HOST + 20, dateHeader(HOST + 20_000));
    expect(warnings).toHaveLength(0);
    clock.observe(HOST, HOST + 20, dateHeader(HOST + 45_000));
    clock.observe(HOST, HOST + 20, dateHeader(HOST + 45_000));
    clock.observe(HOST, HOST + 20, dateHeader(HOST + 45_000));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject(['bpjs clock disagrees', { observedOffsetSeconds: 45 }]);
  });
});
