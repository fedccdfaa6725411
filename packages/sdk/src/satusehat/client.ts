import { createHttpClient } from '../http/http-client';
import { systemClock } from '../logging/clock';
import { redactingLogger, silentLogger } from '../logging/logger';
import { Redactor } from '../logging/redact';
import { TokenProvider } from './auth/token-provider';
import { MemoryTokenStore } from './auth/token-store';
import { ConsentClient } from './consent/consent-client';
import type { SatuSehatEndpoints } from './endpoints';
import { FhirClient } from './fhir/fhir-client';
import { SatuSehatLookups } from './fhir/lookups';
import { KfaClient } from './kfa/kfa-client';
import { KycClient } from './kyc/kyc-client';
import { MasterdataClient } from './masterdata/masterdata-client';
import { resolveOptions, type SatuSehatClientOptions } from './options';
import { VisitSync } from './sync/visit-sync';
import { SatuSehatTransport } from './transport/satusehat-transport';

/**
 * The SATUSEHAT client: one per facility (organization id) and server process. Construct it once; it keeps
 * the access token and the NIK → IHS cache. Server-side only: it holds the client secret.
 *
 * ```ts
 * const satusehat = new SatuSehatClient({ organizationId, clientId, clientSecret });
 * const patient = await satusehat.lookups.patientByNik('9271060312000001');
 * ```
 */
export class SatuSehatClient {
  /** Generic FHIR R4: read, search (follows paging), create, update, patch, transaction. */
  readonly fhir: FhirClient;
  /** Patient/practitioner by NIK, the facility's organization and locations, an encounter by visit number. */
  readonly lookups: SatuSehatLookups;
  /** A clinic visit to SATUSEHAT in one transaction, without duplicates on resend. */
  readonly visits: VisitSync;
  /** KFA v2 product search and detail. */
  readonly kfa: KfaClient;
  /** Master Wilayah region codes. */
  readonly masterdata: MasterdataClient;
  /** Patient consent (OPTIN/OPTOUT). */
  readonly consent: ConsentClient;
  /** Patient identity verification (needs `kyc.serverPublicKey`). */
  readonly kyc: KycClient;
  /** The facility this client acts for. */
  readonly organizationId: string;
  /** The API base URLs in use. */
  readonly endpoints: Readonly<SatuSehatEndpoints>;

  constructor(options: SatuSehatClientOptions) {
    const o = resolveOptions(options);
    const redactor = new Redactor().addSecret(o.clientSecret);
    // Without a logger there is nothing to redact, and no reason to pay for it on every request.
    const logger = o.logger ? redactingLogger(o.logger, redactor) : silentLogger;
    const clock = o.clock ?? systemClock;
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: o.resolvedEndpoints.fhir,
      ...(o.fetch ? { fetch: o.fetch } : {}),
      logger,
      redactor,
      timeoutMs: o.timeoutMs,
      retry: {
        limit: o.retry.limit,
        methods: ['GET', 'HEAD'],
        statusCodes: [429, 503],
        backoffLimitMs: o.retry.backoffLimitMs,
        maxRetryAfterMs: o.retry.maxRetryAfterMs,
      },
    });
    const tokens = new TokenProvider({
      http,
      authUrl: o.resolvedEndpoints.auth,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      store: o.tokenStore ?? new MemoryTokenStore(),
      clock,
      logger,
      redactor,
      refreshMarginMs: o.tokenRefreshMarginMs,
    });
    const transport = new SatuSehatTransport({
      http,
      tokens,
      endpoints: o.resolvedEndpoints,
      clock,
      logger,
      redactor,
    });
    this.organizationId = o.organizationId;
    this.endpoints = Object.freeze({ ...o.resolvedEndpoints });
    this.fhir = new FhirClient(transport);
    this.lookups = new SatuSehatLookups(this.fhir, o.organizationId);
    this.kfa = new KfaClient(transport);
    this.masterdata = new MasterdataClient(transport);
    this.consent = new ConsentClient(transport);
    this.kyc = new KycClient(transport, o.kyc?.serverPublicKey);
    this.visits = new VisitSync({
      fhir: this.fhir,
      lookups: this.lookups,
      organizationId: o.organizationId,
      clock,
      logger,
      identityCacheTtlMs: o.identityCacheTtlMs,
      identityCacheSize: o.identityCacheSize,
    });
  }
}
