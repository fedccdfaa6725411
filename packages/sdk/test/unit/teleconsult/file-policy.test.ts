import { describe, expect, it } from 'vitest';
import { checkFileOffer, contentMatchesType, DEFAULT_FILE_POLICY } from '../../../src/teleconsult/index';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('file policy', () => {
  it('allows a PDF under the limit and refuses large, empty or unlisted files', () => {
    expect(checkFileOffer({ type: 'application/pdf', size: 1024 }, DEFAULT_FILE_POLICY)).toBeUndefined();
    expect(checkFileOffer({ type: 'IMAGE/PNG', size: 1024 }, DEFAULT_FILE_POLICY)).toBeUndefined();
    expect(checkFileOffer({ type: 'application/pdf', size: 10 * 1024 * 1024 + 1 }, DEFAULT_FILE_POLICY)).toBe(
      'too_large',
    );
    expect(checkFileOffer({ type: 'application/x-msdownload', size: 10 }, DEFAULT_FILE_POLICY)).toBe(
      'type_not_allowed',
    );
    expect(checkFileOffer({ type: '', size: 10 }, DEFAULT_FILE_POLICY)).toBe('type_not_allowed');
    expect(checkFileOffer({ type: 'text/plain', size: 0 }, DEFAULT_FILE_POLICY)).toBe('empty');
  });

  it('recognises the allowed types by their first bytes', () => {
    expect(contentMatchesType('application/pdf', text('%PDF-1.7\n'))).toBe(true);
    expect(contentMatchesType('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(contentMatchesType('image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      true,
    );
    expect(contentMatchesType('image/webp', text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe(true);
    expect(contentMatchesType('text/plain', text('Hasil lab: Hb 13,5 g/dL — normal'))).toBe(true);
  });

  it('refuses an executable posing as a photo or a document', () => {
    const mz = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03);
    expect(contentMatchesType('image/jpeg', mz)).toBe(false);
    expect(contentMatchesType('application/pdf', mz)).toBe(false);
    expect(contentMatchesType('text/plain', mz)).toBe(false);
    expect(contentMatchesType('image/webp', text('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBe(false);
  });

  it('accepts text whose head cuts a multi-byte character in two, but not invalid UTF-8', () => {
    // "a—": 61 e2 80 94; the head of a file may stop after e2 80.
    expect(contentMatchesType('text/plain', bytes(0x61, 0xe2, 0x80))).toBe(true);
    expect(contentMatchesType('text/plain', bytes(0x61, 0xe2, 0x80, 0x94))).toBe(true);
    expect(contentMatchesType('text/plain', bytes(0x41, 0xff, 0x41))).toBe(false);
    expect(contentMatchesType('text/plain', bytes(0x41, 0x80, 0x41))).toBe(false);
  });
});
