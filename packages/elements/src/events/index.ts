export {
  type SehatBookingConfirmedDetail,
  SehatBookingConfirmedEvent,
  type SehatBookingFailedDetail,
  SehatBookingFailedEvent,
  type SehatBookingSubmitDetail,
  SehatBookingSubmitEvent,
  type SehatPaymentRequiredDetail,
  SehatPaymentRequiredEvent,
  type SehatSlotSelectDetail,
  SehatSlotSelectEvent,
} from '../components/booking/booking-events';
export {
  type SehatConsultJoinDetail,
  SehatConsultJoinEvent,
} from '../components/consult-hours/consult-hours-events';
export { type SehatCheckedDetail, SehatCheckedEvent } from './sehat-checked';
export { type SehatDrugSelectDetail, SehatDrugSelectEvent } from './sehat-drug-select';
export { type SehatErrorDetail, SehatErrorEvent } from './sehat-error';
export { type SehatOverrideDetail, SehatOverrideEvent } from './sehat-override';
export { type SehatSignDetail, SehatSignEvent } from './sehat-sign';
export { type SehatSignBlockedDetail, SehatSignBlockedEvent } from './sehat-sign-blocked';
export { type SehatVerifiedDetail, SehatVerifiedEvent } from './sehat-verified';
