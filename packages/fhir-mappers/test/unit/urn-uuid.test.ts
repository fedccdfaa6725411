import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UUID_PATTERN } from '../../src/index';
import { isUrnUuid } from '../../src/validation/urn-uuid';

const byPattern = (text: string) => text.startsWith('urn:uuid:') && UUID_PATTERN.test(text.slice(9));

/** A UUID with one character replaced by any other, to probe every position. */
const nearMiss = fc
  .tuple(fc.uuid(), fc.nat({ max: 35 }), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }))
  .map(([uuid, at, c]) => `urn:uuid:${uuid.slice(0, at)}${c}${uuid.slice(at + 1)}`);

describe('isUrnUuid', () => {
  it('agrees with UUID_PATTERN after the urn:uuid: prefix on UUIDs, near misses and any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uuid().map((u) => `urn:uuid:${u}`),
          fc.uuid().map((u) => `urn:uuid:${u.toUpperCase()}`),
          nearMiss,
          fc.uuid().map((u) => `urn:uuid:${u}\n`),
          fc.uuid().map((u) => `urn:uuid ${u}`),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          expect(isUrnUuid(text)).toBe(byPattern(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
