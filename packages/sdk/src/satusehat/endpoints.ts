/**
 * Where each SATUSEHAT API lives. The hosts and path prefixes are the documented ones
 * (satusehat.md §1.1–1.2: [DOC rest-api-kfa], [DOC rest-api-kyc], [DOC rest-api-wilayah]).
 */
export const SATUSEHAT_HOSTS = {
  sandbox: 'https://api-satusehat-stg.dto.kemkes.go.id',
  production: 'https://api-satusehat.kemkes.go.id',
} as const;

export type SatuSehatEnvironment = keyof typeof SATUSEHAT_HOSTS;

/** Full base URL of each API, version path included, without a trailing slash. */
export interface SatuSehatEndpoints {
  /** OAuth2, e.g. `…/oauth2/v1`; the token is `POST {auth}/accesstoken`. */
  auth: string;
  /** FHIR R4, e.g. `…/fhir-r4/v1`; transaction Bundles are posted to this URL itself. */
  fhir: string;
  /** Consent, e.g. `…/consent/v1`. */
  consent: string;
  /** KYC, e.g. `…/kyc/v1`. */
  kyc: string;
  /** KFA v2, e.g. `…/kfa-v2`. */
  kfa: string;
  /** Master Wilayah v1, e.g. `…/masterdata/v1`. */
  masterdata: string;
}

export type SatuSehatApi = Exclude<keyof SatuSehatEndpoints, 'auth'>;

export function endpointsForHost(host: string): SatuSehatEndpoints {
  const base = host.replace(/\/+$/, '');
  return {
    auth: `${base}/oauth2/v1`,
    fhir: `${base}/fhir-r4/v1`,
    consent: `${base}/consent/v1`,
    kyc: `${base}/kyc/v1`,
    kfa: `${base}/kfa-v2`,
    masterdata: `${base}/masterdata/v1`,
  };
}
