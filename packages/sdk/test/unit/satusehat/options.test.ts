import { describe, expect, it } from 'vitest';
import type { ConfigurationError } from '../../../src/errors/configuration-error';
import { isConfigurationError } from '../../../src/errors/guards';
import { SatuSehatClient } from '../../../src/satusehat/client';
import type { SatuSehatClientOptions } from '../../../src/satusehat/options';

const base: SatuSehatClientOptions = {
  organizationId: '10000004',
  clientId: 'client-id-123',
  clientSecret: 'super-secret-value-123',
};

function configError(options: unknown): ConfigurationError {
  try {
    new SatuSehatClient(options as SatuSehatClientOptions);
  } catch (error) {
    if (isConfigurationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('SatuSehatClient options', () => {
  it('defaults to the sandbox host with the documented API paths', () => {
    const client = new SatuSehatClient(base);
    expect(client.endpoints).toEqual({
      auth: 'https://api-satusehat-stg.dto.kemkes.go.id/oauth2/v1',
      fhir: 'https://api-satusehat-stg.dto.kemkes.go.id/fhir-r4/v1',
      consent: 'https://api-satusehat-stg.dto.kemkes.go.id/consent/v1',
      kyc: 'https://api-satusehat-stg.dto.kemkes.go.id/kyc/v1',
      kfa: 'https://api-satusehat-stg.dto.kemkes.go.id/kfa-v2',
      masterdata: 'https://api-satusehat-stg.dto.kemkes.go.id/masterdata/v1',
    });
  });

  it('switches host for production, for a custom base URL and per API', () => {
    expect(new SatuSehatClient({ ...base, environment: 'production' }).endpoints.fhir).toBe(
      'https://api-satusehat.kemkes.go.id/fhir-r4/v1',
    );
    const custom = new SatuSehatClient({
      ...base,
      baseUrl: 'http://127.0.0.1:9000/',
      endpoints: { kfa: 'https://kfa.example.test/kfa-v2/' },
    });
    expect(custom.endpoints.fhir).toBe('http://127.0.0.1:9000/fhir-r4/v1');
    expect(custom.endpoints.kfa).toBe('https://kfa.example.test/kfa-v2');
  });

  it('names every bad option at construction', () => {
    const error = configError({
      ...base,
      environment: 'staging',
      clientSecret: '',
      organizationId: 'org with spaces',
      baseUrl: 'ftp://example.test',
      timeoutMs: 5,
    });
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      ['baseUrl', 'clientSecret', 'environment', 'organizationId', 'timeoutMs'].sort(),
    );
  });

  it('catches a misspelt option instead of ignoring it', () => {
    const error = configError({ ...base, clientSecrt: 'x' });
    expect(error.message).toContain('clientSecrt');
  });

  it('refuses injected parts without the right shape', () => {
    const error = configError({ ...base, fetch: 'nope', logger: {}, tokenStore: { get() {} }, clock: 1 });
    expect(error.issues.map((i) => i.path).sort()).toEqual(['clock', 'fetch', 'logger', 'tokenStore']);
  });

  it('never puts the secret into the configuration error', () => {
    const error = configError({ ...base, organizationId: '', kyc: { serverPublicKey: 'not a pem' } });
    expect(error.message).not.toContain(base.clientSecret);
    expect(error.issues.map((i) => i.path)).toContain('kyc.serverPublicKey');
  });
});
