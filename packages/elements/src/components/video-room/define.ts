import { SehatVideoRoom } from './video-room';

SehatVideoRoom.define('sehat-video-room');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-video-room': SehatVideoRoom;
  }
}
