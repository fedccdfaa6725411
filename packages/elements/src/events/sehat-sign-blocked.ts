export interface SehatSignBlockedDetail {
  /** Ids of the interruptive findings that still have no override reason. */
  unresolved: string[];
}

/** `<sehat-drug-alerts>` refused to sign because interruptive findings still need a reason. */
export class SehatSignBlockedEvent extends CustomEvent<SehatSignBlockedDetail> {
  constructor(detail: SehatSignBlockedDetail) {
    super('sehat-sign-blocked', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-sign-blocked': SehatSignBlockedEvent;
  }
}
