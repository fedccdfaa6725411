import { describe, expect, it } from 'vitest';
import { randomUuid, sequentialUuids, UUID_PATTERN } from '../../src/index';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('UUID sources', () => {
  it('draws distinct random version 4 UUIDs, across many refills of the random pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5_000; i += 1) {
      const uuid = randomUuid();
      expect(uuid).toMatch(V4);
      seen.add(uuid);
    }
    expect(seen.size).toBe(5_000);
  });

  it('uses every hex digit in every random position (no stuck bits beyond version and variant)', () => {
    const digitsAt = Array.from({ length: 36 }, () => new Set<string>());
    for (let i = 0; i < 2_000; i += 1) {
      [...randomUuid()].forEach((c, at) => {
        digitsAt[at]?.add(c);
      });
    }
    digitsAt.forEach((digits, at) => {
      if ([8, 13, 18, 23].includes(at)) expect([...digits]).toEqual(['-']);
      else if (at === 14) expect([...digits]).toEqual(['4']);
      else if (at === 19) expect([...digits].sort()).toEqual(['8', '9', 'a', 'b']);
      else expect(digits.size).toBe(16);
    });
  });

  it('repeats a seeded sequence exactly, each a valid UUID', () => {
    const a = sequentialUuids(7);
    const b = sequentialUuids(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first[0]).toBe('00000007-0000-4000-8000-000000000001');
    for (const uuid of first) expect(UUID_PATTERN.test(uuid)).toBe(true);
  });
});
