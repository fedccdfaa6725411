import type { SehatErrorCode, SehatErrorSource } from '@sehatkit/sdk';

export interface SehatErrorDetail {
  /** The error family's stable code, e.g. `FORBIDDEN`, `TRANSPORT_FAILED`. */
  code: SehatErrorCode;
  /** Which system failed: `bpjs`, `satusehat`, `sehatkit` (the handler or the network to it)… */
  source: SehatErrorSource;
  reason: string | undefined;
  /** HTTP status from the server handler; 0 when it could not be reached. */
  status: number;
  /** The localised text the element shows. */
  message: string;
  requestId: string | undefined;
}

/** A request of the element failed; the element already shows `message`. Hosts log or report it. */
export class SehatErrorEvent extends CustomEvent<SehatErrorDetail> {
  constructor(detail: SehatErrorDetail) {
    super('sehat-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-error': SehatErrorEvent;
  }
}
