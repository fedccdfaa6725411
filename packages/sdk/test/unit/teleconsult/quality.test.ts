import { describe, expect, it } from 'vitest';
import { classifyQuality, lossBetween } from '../../../src/teleconsult/index';

describe('connection quality', () => {
  it('grades round trip and loss', () => {
    expect(classifyQuality({ rttMs: 40, packetLoss: 0 })).toBe('good');
    expect(classifyQuality({ rttMs: 350, packetLoss: 0 })).toBe('fair');
    expect(classifyQuality({ rttMs: 40, packetLoss: 0.03 })).toBe('fair');
    expect(classifyQuality({ rttMs: 700 })).toBe('poor');
    expect(classifyQuality({ packetLoss: 0.1 })).toBe('poor');
    expect(classifyQuality({})).toBe('good');
  });

  it('computes loss between two cumulative readings', () => {
    expect(lossBetween(undefined, { packetsReceived: 90, packetsLost: 10 })).toBeCloseTo(0.1);
    expect(
      lossBetween({ packetsReceived: 90, packetsLost: 10 }, { packetsReceived: 190, packetsLost: 10 }),
    ).toBe(0);
    expect(
      lossBetween({ packetsReceived: 90, packetsLost: 10 }, { packetsReceived: 90, packetsLost: 10 }),
    ).toBe(undefined);
  });
});
