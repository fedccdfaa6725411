/**
 * `@sehatkit/sdk/teleconsult/server`: rooms and the waiting room on `@sehatkit/sdk/storage`, signed join
 * tokens, the PeerServer that lets only admitted participants signal, and TURN REST credentials with the
 * coturn configuration that accepts them. Node only.
 */
export { type AccessWindow, bookingAccessWindow } from './access-window';
export { arrivalFor } from './arrival';
export { type CoturnConfigOptions, coturnConfig } from './coturn-config';
export { type IceSettings, iceConfiguration } from './ice';
export type { CreateRoomInput, MintTokenInput } from './inputs';
export type { JoinClaims, TokenRefusal } from './join-token';
export { teleconsultMigrations } from './migrations';
export type { BookingAccess, TeleconsultOptions } from './options';
export { createPeerServer, type PeerServerOptions, type RunningPeerServer } from './peer-server';
export type { MessageRecord, ParticipantRecord, RoomRecord } from './records';
export {
  type AnyRoomListener,
  memoryRoomEventBus,
  type RoomEventBus,
  type RoomListener,
} from './room-events';
export {
  type Actor,
  createTeleconsult,
  type MintedToken,
  type Session,
  TeleconsultService,
} from './teleconsult-service';
export { type TurnCredential, type TurnCredentialInput, turnCredentials } from './turn-credentials';
