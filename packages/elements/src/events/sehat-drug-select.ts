import type { ProductSummary } from '../api/wire';

export interface SehatDrugSelectDetail {
  product: ProductSummary;
  /** `prescribe` for a new order, `current` for "obat yang sedang dikonsumsi". */
  purpose: 'prescribe' | 'current';
}

/** `<sehat-drug-search>`: the user chose a product (Enter or click). */
export class SehatDrugSelectEvent extends CustomEvent<SehatDrugSelectDetail> {
  constructor(detail: SehatDrugSelectDetail) {
    super('sehat-drug-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-drug-select': SehatDrugSelectEvent;
  }
}
