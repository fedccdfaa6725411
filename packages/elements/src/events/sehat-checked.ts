import type { DrugIssue, Tier } from '../api/wire';

export interface SehatCheckedDetail {
  issues: DrugIssue[];
  /** The most urgent tier among the issues, or undefined when there are none. */
  highestTier: Tier | undefined;
}

/** A drug element received the findings of a prescription check. */
export class SehatCheckedEvent extends CustomEvent<SehatCheckedDetail> {
  constructor(detail: SehatCheckedDetail) {
    super('sehat-checked', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-checked': SehatCheckedEvent;
  }
}
