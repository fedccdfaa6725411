import type { AvailableNowPractitioner } from '@sehatkit/sdk/booking';

export interface SehatConsultJoinDetail {
  practitioner: AvailableNowPractitioner;
  /** Where the element is about to take the patient. */
  waitingRoomUrl: string;
}

/**
 * `<sehat-consult-hours>`: the patient chose a practitioner's waiting room. Cancelable: `preventDefault()`
 * keeps the page where it is, e.g. to open `<sehat-video-room>` in place instead of following the link.
 */
export class SehatConsultJoinEvent extends CustomEvent<SehatConsultJoinDetail> {
  constructor(detail: SehatConsultJoinDetail) {
    super('sehat-consult-join', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-consult-join': SehatConsultJoinEvent;
  }
}
