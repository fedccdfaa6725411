import { isDecryptionError } from '../errors/guards';
import { DecryptionError, TransportError } from '../errors/remote-errors';
import { createHttpClient, type HttpClient, type HttpMethod } from '../http/http-client';
import { readJson, retryAfterMs } from '../http/response-body';
import { type Logger, redactingLogger } from '../logging/logger';
import { Redactor } from '../logging/redact';
import type { BpjsClock } from './bpjs-clock';
import type { ResolvedBpjsOptions } from './config';
import type { ResponseSecret } from './decrypt';
import { type BpjsEnvelope, openEnvelope, readEnvelope } from './envelope';
import { type BpjsService, failureFor, SERVICE_LABEL } from './remote-failure';
import type { Route } from './route';
import { bpjsAuthorization, bpjsTimestamp, signedHeaders } from './signature';

export interface BpjsCall {
  method: Exclude<HttpMethod, 'HEAD' | 'PATCH'>;
  route: Route;
  /** Serialised as JSON text whatever the content type says (spec §1.2, §6.3 item 9). */
  body?: unknown;
}

/** A successful answer: decrypted data, or `empty` for code 204 (no data found). */
export type BpjsAnswer =
  | { kind: 'data'; code: number; message: string; data: unknown }
  | { kind: 'empty'; code: number; message: string };

/** The codes that mean success per service (spec §2.3, §8): pCare 201 is CREATED, Antrean 201 is a refusal. */
const SUCCESS: Record<BpjsService, readonly number[]> = {
  pcare: [200, 201],
  icare: [200, 201],
  antrean: [200, 1],
};

/** Content types as the TrustMark catalogue asks, quirks included (spec §1.2, §5(a), §4). */
function contentType(service: BpjsService, method: BpjsCall['method']): string {
  if (service === 'icare') return 'Application/json';
  if (method === 'GET') return 'application/json; charset=utf-8';
  if (service === 'antrean') return 'Application/x-www-form-urlencoded';
  return method === 'DELETE' ? 'application/json' : 'text/plain';
}

/**
 * One BPJS web service: signs every request afresh, sends it, and opens the answer with the timestamp
 * that request carried. Retries (GET only) resend the same signed headers a few seconds later, so the
 * key that opens the answer is still the one that was sent.
 */
export class BpjsTransport {
  readonly service: BpjsService;
  readonly #options: ResolvedBpjsOptions;
  readonly #http: HttpClient;
  readonly #log: Logger;
  readonly #redactor: Redactor;
  readonly #userKey: string;
  readonly #authorization: string | undefined;

  readonly #clock: BpjsClock;

  constructor(service: BpjsService, options: ResolvedBpjsOptions, clock: BpjsClock) {
    this.service = service;
    this.#options = options;
    this.#clock = clock;
    this.#redactor = bpjsRedactor(options);
    this.#log = redactingLogger(options.logger, this.#redactor);
    this.#userKey = userKeyFor(service, options);
    const auth = bpjsAuthorization(options.pcare.username, options.pcare.password, options.pcare.appCode);
    this.#authorization =
      service === 'antrean' && options.antrean?.sendAuthorization === false ? undefined : auth;
    this.#redactor.addSecret(auth.slice('Basic '.length));
    this.#http = createHttpClient({
      source: 'bpjs',
      baseUrl: options.urls[service],
      logger: this.#log,
      redactor: this.#redactor,
      timeoutMs: options.timeoutMs,
      retry: { limit: options.retry.limit, methods: ['GET'], maxRetryAfterMs: 10_000 },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  async send(call: BpjsCall): Promise<BpjsAnswer> {
    const operation = `${call.method} ${call.route.template}`;
    const { consId, consSecret } = this.#options;
    // One timestamp per request, used for the header AND for the response key (spec §6.3 items 1–2).
    const timestamp = bpjsTimestamp(this.#clock);
    const headers = await signedHeaders({
      consId,
      consSecret,
      timestamp,
      userKey: this.#userKey,
      ...(this.#authorization ? { authorization: this.#authorization } : {}),
    });
    headers['Content-Type'] = contentType(this.service, call.method);
    headers.Accept = 'application/json';

    const sentAt = this.#clock.hostNow();
    const response = await this.#http.send({
      method: call.method,
      path: call.route.path,
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
    });
    this.#clock.observe(sentAt, this.#clock.hostNow(), response.headers.get('date'));
    this.#log.debug('bpjs call', {
      service: this.service,
      operation,
      status: response.status,
      durationMs: response.durationMs,
    });

    let body: unknown;
    try {
      body = readJson(response, 'bpjs');
    } catch (error) {
      if ([401, 403, 429].includes(response.status)) body = undefined;
      else throw error;
    }
    const envelope = readEnvelope(body);
    if (!envelope && response.status >= 200 && response.status < 300) {
      throw new TransportError(
        'bpjs',
        'unexpected_body',
        `${SERVICE_LABEL[this.service]} answered ${operation} without a metaData envelope`,
        response.status,
      );
    }
    const code = envelope?.code ?? response.status;
    const message = envelope?.message ?? '';
    const secret = { consId, consSecret, timestamp };

    if (SUCCESS[this.service].includes(code) || code === 204) {
      const data = envelope ? await this.#open(envelope, secret, operation) : null;
      if (code === 204 || data === null) return { kind: 'empty', code, message };
      return { kind: 'data', code, message, data };
    }
    // Error payloads are opened on a best-effort basis: the envelope's code already says what happened.
    const payload = envelope ? await openEnvelope(envelope, secret).catch(() => null) : null;
    const error = failureFor({
      service: this.service,
      operation,
      httpStatus: response.status,
      code,
      message,
      payload,
      retryAfterMs: retryAfterMs(response.headers, this.#options.clock.now()),
      redactor: this.#redactor,
    });
    this.#log.warn('bpjs call failed', { service: this.service, operation, code, error: error.message });
    throw error;
  }

  /** Opens the payload, naming the operation in a decryption failure so logs say which call broke. */
  async #open(envelope: BpjsEnvelope, secret: ResponseSecret, operation: string): Promise<unknown> {
    try {
      return await openEnvelope(envelope, secret);
    } catch (error) {
      if (!isDecryptionError(error)) throw error;
      const failure = new DecryptionError(
        'bpjs',
        `${SERVICE_LABEL[this.service]} ${operation}: ${error.message}`,
        {
          cause: error,
        },
      );
      this.#log.warn('bpjs call failed', { service: this.service, operation, error: failure.message });
      throw failure;
    }
  }
}

function userKeyFor(service: BpjsService, options: ResolvedBpjsOptions): string {
  if (service === 'pcare') return options.pcare.userKey;
  if (service === 'icare') return options.icare?.userKey ?? options.pcare.userKey;
  if (!options.antrean) {
    // Caught at construction of the Antrean client; kept here so the type stays honest.
    throw new TypeError('antrean.userKey is not configured');
  }
  return options.antrean.userKey;
}

/** Every secret of the configuration is registered, so no log line or error message can carry it. */
export function bpjsRedactor(options: ResolvedBpjsOptions): Redactor {
  return new Redactor()
    .addSecret(options.consSecret)
    .addSecret(options.pcare.password)
    .addSecret(options.pcare.userKey)
    .addSecret(options.antrean?.userKey)
    .addSecret(options.icare?.userKey);
}
