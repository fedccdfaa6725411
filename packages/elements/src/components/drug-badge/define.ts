import { SehatDrugBadge } from './drug-badge';

SehatDrugBadge.define('sehat-drug-badge');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-drug-badge': SehatDrugBadge;
  }
}
