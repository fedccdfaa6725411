import { SehatConsultHours } from './consult-hours';

SehatConsultHours.define('sehat-consult-hours');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-consult-hours': SehatConsultHours;
  }
}
