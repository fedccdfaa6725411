import type { PropertyDeclarations } from 'lit';
import { EndpointClient } from '../api/endpoint-client';
import type { EndpointError } from '../api/endpoint-error';
import { SehatErrorEvent } from '../events/sehat-error';
import { commonTerms } from '../translations/index';
import { LocalizeController } from './localize';
import { SehatElement } from './sehat-element';

/** An element that talks to the host's server handler: `endpoint`, `credentials` and localised failures. */
export class EndpointElement extends SehatElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    credentials: {},
    requestHeaders: { attribute: false },
  };

  /** Where the host mounted the server handler, e.g. `/api/sehat`. */
  endpoint = '';

  /**
   * Whether the host's cookies go with requests: `same-origin` (default), `include` for a handler on
   * another origin that allows credentials, or `omit`.
   */
  credentials: RequestCredentials = 'same-origin';

  /** Extra headers for every request, e.g. `{ Authorization: 'Bearer …' }` from the host's own login. */
  requestHeaders: Record<string, string> | undefined;

  protected readonly localize = new LocalizeController(this);

  /**
   * `await element.updateComplete` also waits for a language that is still loading and the render in
   * it, so a page (or a test) never acts on text that is about to change from Indonesian to English.
   * @internal Lit's hook behind `updateComplete`, not part of the element's API.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.localize.loading) {
      await this.localize.loaded();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #client: { key: string; client: EndpointClient } | undefined;

  /** A client for the current `endpoint`, `credentials`, headers and language. */
  protected client(): EndpointClient {
    const lang = this.localize.lang();
    const key = JSON.stringify([this.endpoint, this.credentials, this.requestHeaders ?? null, lang]);
    if (this.#client?.key !== key) {
      this.#client = {
        key,
        client: new EndpointClient({
          endpoint: this.endpoint,
          credentials: this.credentials,
          lang,
          ...(this.requestHeaders ? { headers: this.requestHeaders } : {}),
        }),
      };
    }
    return this.#client.client;
  }

  /** The localised text for a failed request. */
  protected errorText(error: EndpointError): string {
    const terms = this.localize.terms(commonTerms);
    if (error.httpStatus === 0 && error.reason === 'network') return terms.unreachable;
    return terms.error(error.code, error.source, error.retryAfterSeconds);
  }

  /** Announces a failure the element shows as `message` to the host. */
  protected emitError(error: EndpointError, message: string): void {
    this.emit(
      new SehatErrorEvent({
        code: error.code,
        source: error.source,
        reason: error.reason,
        status: error.httpStatus,
        message,
        requestId: error.requestId,
      }),
    );
  }
}
