/**
 * @sehatkit/sdk/satusehat: the SATUSEHAT client (server-side; it holds the client secret).
 * Facts and citations: ../shared/specs/satusehat.md; usage: packages/sdk/docs/satusehat.md.
 */
export type { CachedToken, TokenStore } from './auth/token-store';
export { MemoryTokenStore } from './auth/token-store';
export { SatuSehatClient } from './client';
export { type ConsentAction, ConsentClient, type ConsentUpdate } from './consent/consent-client';
export {
  endpointsForHost,
  SATUSEHAT_HOSTS,
  type SatuSehatApi,
  type SatuSehatEndpoints,
  type SatuSehatEnvironment,
} from './endpoints';
export { FhirClient } from './fhir/fhir-client';
export { localIdentifierSystem, NIK_SYSTEM } from './fhir/identifier-systems';
export { SatuSehatLookups } from './fhir/lookups';
export type {
  JsonPatchOperation,
  ResourceOf,
  ResourceType,
  SearchOptions,
  SearchParams,
  SearchResult,
} from './fhir/types';
export { KfaClient } from './kfa/kfa-client';
export type { KfaIdentifier, KfaProduct, KfaSearchPage, KfaSearchQuery } from './kfa/kfa-types';
export {
  decryptMessage,
  encryptMessage,
  generateExchangeKeyPair,
  importRecipientKey,
} from './kyc/hybrid-crypto';
export {
  type ChallengeCode,
  type ChallengeCodeRequest,
  KycClient,
  type KycSession,
  type KycUrlRequest,
} from './kyc/kyc-client';
export { MasterdataClient, type Region } from './masterdata/masterdata-client';
export type { SatuSehatClientOptions } from './options';
export { VisitSync } from './sync/visit-sync';
export type {
  PersonIdentity,
  SyncedResource,
  SyncVisitRecord,
  VisitSyncOptions,
  VisitSyncResult,
} from './sync/visit-sync-types';
