import { ConfigurationError } from '../errors/configuration-error';
import { AntreanFktpClient } from './antrean/antrean-client';
import { BpjsClock } from './bpjs-clock';
import { type BpjsClientOptions, resolveOptions } from './config';
import { IcareClient } from './icare';
import { PcareClient } from './pcare/pcare-client';
import type { BpjsService } from './remote-failure';
import { type BpjsAnswer, type BpjsCall, BpjsTransport } from './transport';

const missingAntrean = () =>
  new ConfigurationError('BPJS client', [
    { path: 'antrean.userKey', message: 'is required to use Antrean FKTP (the "user key Antrol")' },
  ]);

/**
 * The BPJS Kesehatan FKTP services behind one set of credentials: pCare v4, i-Care and Antrean FKTP.
 * Server-side only: it holds the consumer secret and the pCare password.
 */
export class BpjsClient {
  readonly pcare: PcareClient;
  readonly icare: IcareClient;
  readonly #antrean: AntreanFktpClient | undefined;
  readonly #transports: Partial<Record<BpjsService, BpjsTransport>>;
  readonly #clock: BpjsClock;

  constructor(options: BpjsClientOptions) {
    const resolved = resolveOptions(options);
    // One clock for the three services: they all answer from BPJS's servers.
    const clock = new BpjsClock(resolved.clock, resolved.timestampOffsetSeconds, resolved.logger);
    this.#clock = clock;
    const pcare = new BpjsTransport('pcare', resolved, clock);
    const icare = new BpjsTransport('icare', resolved, clock);
    const antrean = resolved.antrean ? new BpjsTransport('antrean', resolved, clock) : undefined;
    this.#transports = { pcare, icare, ...(antrean ? { antrean } : {}) };
    this.pcare = new PcareClient(pcare);
    this.icare = new IcareClient(icare);
    this.#antrean = antrean ? new AntreanFktpClient(antrean, clock) : undefined;
  }

  /** Seconds currently added to the host clock for X-timestamp (follows BPJS with `timestampOffsetSeconds: 'auto'`). */
  get clockOffsetSeconds(): number {
    return this.#clock.offsetSeconds;
  }

  /** Antrean FKTP towards BPJS. Throws a ConfigurationError when `antrean.userKey` was not configured. */
  get antrean(): AntreanFktpClient {
    if (!this.#antrean) throw missingAntrean();
    return this.#antrean;
  }

  /**
   * Any path of a service, signed and decrypted like the wrapped ones, for endpoints SehatKit does not wrap
   * (pCare's skrining, a path BPJS adds later). The answer is wire data; the body is sent as given, unvalidated.
   */
  request(
    service: BpjsService,
    call: { method: BpjsCall['method']; path: string; body?: unknown },
  ): Promise<BpjsAnswer> {
    const transport = this.#transports[service];
    if (!transport) return Promise.reject(missingAntrean());
    const path = call.path.replace(/^\/+/, '');
    // Long digit runs are identifiers (card numbers, NIKs, visit numbers): kept out of messages.
    const template = path.replace(/\d{6,}/g, '{id}');
    return transport.send({
      method: call.method,
      route: { template, path },
      ...(call.body !== undefined ? { body: call.body } : {}),
    });
  }
}

export function createBpjsClient(options: BpjsClientOptions): BpjsClient {
  return new BpjsClient(options);
}
