import { SehatBooking } from './booking';

SehatBooking.define('sehat-booking');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-booking': SehatBooking;
  }
}
