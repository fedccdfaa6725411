import type { OverrideDraft } from '../api/wire';

export interface SehatSignDetail {
  /** One coded reason per interruptive finding, in the order the findings are shown. */
  overrides: OverrideDraft[];
}

/**
 * `<sehat-drug-alerts>` is about to let the prescription be signed: every interruptive finding has a
 * reason. Cancelable: call `preventDefault()` to veto (for example, until a pharmacist approves); the
 * overrides are then neither recorded nor emitted. A listener may set `coSignedBy` on hard-stop entries of
 * `detail.overrides`: the entries as the listeners leave them are recorded.
 */
export class SehatSignEvent extends CustomEvent<SehatSignDetail> {
  constructor(detail: SehatSignDetail) {
    super('sehat-sign', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-sign': SehatSignEvent;
  }
}
