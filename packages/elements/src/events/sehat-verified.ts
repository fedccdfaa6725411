import type { IdentifierKind } from '@sehatkit/sdk/format';
import type { MemberView } from '../api/wire';

export interface SehatVerifiedDetail {
  /** What was looked up: a 13-digit card number or a 16-digit NIK. */
  by: IdentifierKind;
  member: MemberView;
}

/** `<sehat-bpjs-verify>` found the member; `member.active` says whether JKN covers them today. */
export class SehatVerifiedEvent extends CustomEvent<SehatVerifiedDetail> {
  constructor(detail: SehatVerifiedDetail) {
    super('sehat-verified', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-verified': SehatVerifiedEvent;
  }
}
