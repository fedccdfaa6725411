import { SehatDrugAlerts } from './drug-alerts';

SehatDrugAlerts.define('sehat-drug-alerts');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-drug-alerts': SehatDrugAlerts;
  }
}
