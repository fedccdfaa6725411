import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../src/logging/clock';
import { IdentityCache } from '../../../src/satusehat/sync/identity-cache';

describe('IdentityCache', () => {
  it('asks once for concurrent lookups of the same person and remembers the answer', async () => {
    const cache = new IdentityCache(manualClock(0), 60_000, 10);
    let asked = 0;
    const lookup = async () => {
      asked += 1;
      return 'P02478375538';
    };
    const all = await Promise.all([
      cache.resolve('k', lookup),
      cache.resolve('k', lookup),
      cache.resolve('k', lookup),
    ]);
    expect(all).toEqual(['P02478375538', 'P02478375538', 'P02478375538']);
    await cache.resolve('k', lookup);
    expect(asked).toBe(1);
  });

  it('forgets an answer after its time to live', async () => {
    const clock = manualClock(0);
    const cache = new IdentityCache(clock, 1000, 10);
    let asked = 0;
    const lookup = async () => String(++asked);
    await cache.resolve('k', lookup);
    clock.advance(1001);
    expect(await cache.resolve('k', lookup)).toBe('2');
  });

  it('evicts the least recently used entry when full', async () => {
    const cache = new IdentityCache(manualClock(0), 60_000, 2);
    let asked = 0;
    const lookup = async () => String(++asked);
    await cache.resolve('a', lookup);
    await cache.resolve('b', lookup);
    await cache.resolve('a', lookup); // a is now the most recent
    await cache.resolve('c', lookup); // evicts b
    expect(await cache.resolve('a', lookup)).toBe('1');
    expect(await cache.resolve('b', lookup)).toBe('4');
  });

  it('does not remember a failed lookup', async () => {
    const cache = new IdentityCache(manualClock(0), 60_000, 10);
    await expect(cache.resolve('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.resolve('k', async () => 'ok')).toBe('ok');
  });

  it('remembers nothing when its time to live is zero', async () => {
    const cache = new IdentityCache(manualClock(0), 0, 10);
    let asked = 0;
    await cache.resolve('k', async () => String(++asked));
    await cache.resolve('k', async () => String(++asked));
    expect(asked).toBe(2);
  });
});
