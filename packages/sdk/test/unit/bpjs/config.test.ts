import { describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import { BPJS_BASE_URLS, resolveOptions } from '../../../src/bpjs/config';
import { isConfigurationError } from '../../../src/errors/guards';
import { TEST_OPTIONS } from './support/no-network';

describe('BPJS client configuration', () => {
  it('defaults to the development gateway, with i-Care on ihs_dev and Antrean on its own service', () => {
    const { baseUrls: _, ...options } = TEST_OPTIONS;
    const resolved = resolveOptions(options);
    expect(resolved.urls).toEqual(BPJS_BASE_URLS.development);
    expect(resolved.pcare.appCode).toBe('095');
    expect(resolved.timestampOffsetSeconds).toBe(0);
    expect(resolved.timeoutMs).toBe(30_000);
    expect(resolveOptions({ ...options, environment: 'production' }).urls.icare).toBe(
      'https://apijkn.bpjs-kesehatan.go.id/wsihs',
    );
  });

  it('trims stray whitespace and trailing slashes off base URLs', () => {
    const resolved = resolveOptions({
      ...TEST_OPTIONS,
      baseUrls: { pcare: '  http://127.0.0.1:9/pcare-rest/ ' },
    });
    expect(resolved.urls.pcare).toBe('http://127.0.0.1:9/pcare-rest');
  });

  it('names every bad option at construction, without echoing secrets', () => {
    let error: unknown;
    try {
      new BpjsClient({
        ...TEST_OPTIONS,
        consSecret: ' ',
        pcare: { ...TEST_OPTIONS.pcare, appCode: '95' },
        timestampOffsetSeconds: 1.5,
        baseUrls: { pcare: 'ftp://x' },
      });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    if (!isConfigurationError(error)) return;
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      ['baseUrls.pcare', 'consSecret', 'pcare.appCode', 'timestampOffsetSeconds'].sort(),
    );
    expect(error.message).not.toContain(TEST_OPTIONS.pcare.password);
  });

  it('asks for the Antrean user key only when Antrean is used', () => {
    const { antrean: _, ...options } = TEST_OPTIONS;
    const client = new BpjsClient(options);
    expect(client.pcare).toBeDefined();
    expect(() => client.antrean).toThrow(expect.objectContaining({ code: 'CONFIGURATION_INVALID' }));
  });
});
