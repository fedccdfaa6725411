import type { OverrideRecord } from '../api/wire';

export interface SehatOverrideDetail {
  /** The override records as the server handler stored them. */
  records: OverrideRecord[];
}

/** `<sehat-drug-alerts>` recorded the reasons for proceeding despite interruptive findings. */
export class SehatOverrideEvent extends CustomEvent<SehatOverrideDetail> {
  constructor(detail: SehatOverrideDetail) {
    super('sehat-override', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-override': SehatOverrideEvent;
  }
}
