/**
 * `@sehatkit/elements`: the element classes (importing them registers nothing), their events, the
 * headless controllers and the server-handler client. Register tags with `@sehatkit/elements/define`,
 * one element's `components/<name>/define`, or the autoloader.
 */
export { EndpointClient, type EndpointOptions } from './api/endpoint-client';
export { EndpointError, isEndpointError, type ProblemBody } from './api/endpoint-error';
export type * from './api/wire';
export { SehatBooking } from './components/booking/booking';
export {
  BookingController,
  type BookingControllerOptions,
  type BookingNotice,
  type BookingState,
  type BookingStep,
} from './components/booking/booking-controller';
export * from './components/booking/booking-events';
export { type BookingTerms, bookingTerms } from './components/booking/booking-terms';
export { SehatBpjsVerify } from './components/bpjs-verify/bpjs-verify';
export { SehatConsultHours } from './components/consult-hours/consult-hours';
export * from './components/consult-hours/consult-hours-events';
export { type ConsultHoursTerms, consultHoursTerms } from './components/consult-hours/consult-hours-terms';
export { SehatDrugAlerts } from './components/drug-alerts/drug-alerts';
export { SehatDrugBadge } from './components/drug-badge/drug-badge';
export { SehatDrugSearch } from './components/drug-search/drug-search';
export * from './components/video-room/events';
export { type VideoRoomTerms, videoRoomTerms } from './components/video-room/terms';
export { SehatVideoRoom } from './components/video-room/video-room';
export {
  type Happening as VideoRoomHappening,
  type Phase as VideoRoomPhase,
  type VideoErrorCode,
  VideoRoomController,
  type VideoRoomState,
} from './components/video-room/video-room-controller';
export * from './controllers/index';
export * from './events/index';
export { SehatElement } from './internal/sehat-element';
export { VERSION } from './internal/version';
export * from './translations/index';
