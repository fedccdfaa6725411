import type { JoinResult, MediaState, RoomNotice, RoomView } from '@sehatkit/sdk/teleconsult';
import { TELECONSULT_PATHS } from '@sehatkit/sdk/teleconsult';
import type { EndpointClient } from '../../api/endpoint-client';
import { EndpointError } from '../../api/endpoint-error';
import { readEventStream } from './event-stream';

export interface MintedGuest {
  token: string;
  validUntil: string;
}

/**
 * The teleconsultation routes of the host's server handler, for one participant. The join token goes in
 * every body; after a booking link is exchanged, the join token the server returns replaces it.
 */
export class RoomApi {
  #token: string;
  readonly #client: () => EndpointClient;
  readonly #url: (path: string) => string;
  readonly #credentials: RequestCredentials;
  readonly #headers: Record<string, string>;

  constructor(options: {
    token: string;
    client: () => EndpointClient;
    url: (path: string) => string;
    credentials: RequestCredentials;
    headers: Record<string, string>;
  }) {
    this.#token = options.token;
    this.#client = options.client;
    this.#url = options.url;
    this.#credentials = options.credentials;
    this.#headers = options.headers;
  }

  get token(): string {
    return this.#token;
  }

  #post<T>(path: string, body: Record<string, unknown> = {}): Promise<T> {
    return this.#client().post<T>(path, { ...body, token: this.#token });
  }

  async join(displayName?: string): Promise<JoinResult> {
    const result = await this.#post<JoinResult>(TELECONSULT_PATHS.join, displayName ? { displayName } : {});
    if (result.token) this.#token = result.token;
    return result;
  }

  enter = () => this.#post<{ epoch: number }>(TELECONSULT_PATHS.enter);
  ice = () => this.#post<JoinResult['ice']>(TELECONSULT_PATHS.ice);
  admit = (participantId: string) => this.#post<void>(TELECONSULT_PATHS.admit, { participantId });
  deny = (participantId: string, reason?: string) =>
    this.#post<void>(TELECONSULT_PATHS.deny, { participantId, ...(reason ? { reason } : {}) });
  announce = (text: string) => this.#post<void>(TELECONSULT_PATHS.announce, { text });
  chat = (text: string, to?: string) =>
    this.#post<void>(TELECONSULT_PATHS.chat, { text, ...(to ? { to } : {}) });
  end = () => this.#post<void>(TELECONSULT_PATHS.end);
  inviteGuest = (displayName: string) => this.#post<MintedGuest>(TELECONSULT_PATHS.guests, { displayName });

  /** Leaves; `keepalive` lets the request finish while the page unloads. */
  leave(reason: 'left' | 'disconnected' = 'left'): Promise<void> {
    return fetch(this.#url(TELECONSULT_PATHS.leave), {
      method: 'POST',
      keepalive: true,
      credentials: this.#credentials,
      headers: { ...this.#headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: this.#token, reason }),
    }).then(() => undefined);
  }

  /**
   * Follows the room's event stream, reconnecting with backoff while the participant is still in the room.
   * Resolves when the server closes it for good (left, denied, ended) or `signal` aborts.
   */
  async follow(
    handlers: {
      state(view: RoomView): void;
      notice(notice: RoomNotice): void;
      connection(up: boolean): void;
    },
    signal: AbortSignal,
  ): Promise<void> {
    let failures = 0;
    let finished = false;
    while (!signal.aborted && !finished) {
      try {
        const response = await fetch(this.#url(TELECONSULT_PATHS.events), {
          method: 'POST',
          credentials: this.#credentials,
          headers: { ...this.#headers, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
          body: JSON.stringify({ token: this.#token }),
          signal,
        });
        if (!response.ok || !response.body) {
          const problem = await response.json().catch(() => ({}));
          throw EndpointError.fromProblem(response.status, problem, response.headers.get('Retry-After'));
        }
        failures = 0;
        handlers.connection(true);
        await readEventStream(response.body, ({ event, data }) => {
          const parsed = JSON.parse(data);
          if (event === 'state') {
            handlers.state(parsed as RoomView);
            const view = parsed as RoomView;
            finished = view.room.status === 'ended' || ['left', 'denied', 'ended'].includes(view.you.state);
          } else if (event === 'notice') handlers.notice(parsed as RoomNotice);
        });
      } catch (error) {
        if (signal.aborted) return;
        // A refusal (403: token expired, denied, room ended) will not get better by retrying.
        if (error instanceof EndpointError && error.httpStatus >= 400 && error.httpStatus < 500) throw error;
      }
      if (finished || signal.aborted) return;
      handlers.connection(false);
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** failures, 5000)));
    }
  }
}

/** Media state as the other browsers see it in the call. */
export const initialMedia = (): MediaState => ({ microphone: true, camera: true, screen: false });
