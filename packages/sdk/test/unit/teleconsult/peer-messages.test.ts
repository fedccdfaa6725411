import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeerMessage } from '../../../src/teleconsult/index';

describe('peer messages', () => {
  const media = { microphone: true, camera: false, screen: false };

  it('accepts well-formed messages and copies a chunk out of a typed array', () => {
    expect(parsePeerMessage({ t: 'media', media })).toEqual({ t: 'media', media });
    expect(parsePeerMessage({ t: 'hello', participantId: 'p1', epoch: 2, media })).toEqual({
      t: 'hello',
      participantId: 'p1',
      epoch: 2,
      media,
    });
    const view = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);
    const chunk = parsePeerMessage({ t: 'file-chunk', id: 'f1', index: 0, data: view });
    expect(chunk?.t === 'file-chunk' && [...new Uint8Array(chunk.data)]).toEqual([1, 2, 3]);
    expect(parsePeerMessage({ t: 'bye', reason: 'ended' })).toEqual({ t: 'bye', reason: 'ended' });
  });

  it('drops malformed or oversized messages', () => {
    expect(parsePeerMessage({ t: 'media', media: { microphone: 'yes' } })).toBeUndefined();
    expect(parsePeerMessage({ t: 'chat', id: 'c', text: ' ', at: 'now' })).toBeUndefined();
    expect(parsePeerMessage({ t: 'chat', id: 'c', text: 'x'.repeat(2001), at: 'now' })).toBeUndefined();
    expect(
      parsePeerMessage({
        t: 'file-offer',
        id: 'f',
        name: 'a.pdf',
        type: 'application/pdf',
        size: -1,
        sha256: 'x',
      }),
    ).toBeUndefined();
    expect(parsePeerMessage({ t: 'file-chunk', id: 'f', index: 0, data: 'AAAA' })).toBeUndefined();
    expect(parsePeerMessage({ t: 'bye', reason: 'crashed' })).toBeUndefined();
    expect(parsePeerMessage({ t: 'eval', code: 'alert(1)' })).toBeUndefined();
  });

  it('never throws on anything the other browser could send', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parsePeerMessage(value);
        parsePeerMessage({ t: 'file-offer', ...(typeof value === 'object' ? value : { v: value }) });
      }),
    );
  });
});
