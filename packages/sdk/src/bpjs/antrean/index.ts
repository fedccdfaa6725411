export {
  type AntreanAddInput,
  type AntreanCallInput,
  type AntreanCancelInput,
  type AntreanDoctor,
  AntreanFktpClient,
  type AntreanPoli,
} from './antrean-client';
export { createAntreanHandler } from './handler';
export { ANTREAN_MESSAGES } from './handler-messages';
export type {
  AntreanCaller,
  AntreanHandlerOptions,
  AntreanRefusal,
  AntreanStatus,
  AntreanStatusQuery,
  CancelRequest,
  NewPatientNeeded,
  NewPatientRequest,
  QueueTicket,
  RemainingQuery,
  RemainingStatus,
  TakeQueueRequest,
} from './handler-types';
