import type { VideoRoomTerms } from './terms';

const mb = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const en: VideoRoomTerms = {
  roomLabel: 'Video consultation room',
  setupTitle: 'Check your camera and microphone',
  setupHelp: 'Make sure your face is visible and your voice is clear before you go in.',
  yourName: 'Your name',
  microphone: 'Microphone',
  camera: 'Camera',
  preview: 'Your camera preview',
  join: 'Enter the waiting room',
  joining: 'Connecting…',
  mediaProblem(kind, problem) {
    switch (problem) {
      case 'permission_denied':
        return `Access to the ${kind} was blocked. Click the lock icon in the address bar, allow the ${kind}, then reload the page.`;
      case 'no_device':
        return `No ${kind} was found. You can still go in; the doctor ${kind === 'camera' ? 'will not see you' : 'will not hear you'}.`;
      case 'device_busy':
        return `The ${kind} is in use by another application. Close it, then choose the device again.`;
      case 'insecure_context':
        return 'This page must be opened over https for the camera and microphone to work.';
      default:
        return `This browser cannot use a ${kind}. Use a recent Chrome, Edge, Firefox or Safari.`;
    }
  },
  waitingTitle: 'You are in the waiting room',
  position: (n) => (n === 1 ? 'You are next.' : `Your place in the queue: ${n}.`),
  waitingHelp: 'The doctor will let you in. Please keep this page open.',
  announcements: 'Announcements',
  waitingChat: 'Message the clinic',
  messageLabel: 'Write a message',
  send: 'Send',
  waitingList: 'Waiting room',
  nobodyWaiting: 'Nobody is waiting yet.',
  arrival: (a) => ({ on_time: 'On time', late: 'Late', walk_in: 'Walk-in' })[a],
  admit: 'Let in',
  deny: 'Turn away',
  announce: 'Announce',
  announcementLabel: 'Announcement to the waiting room',
  inCall: 'In the call',
  you: 'You',
  timer: 'Consultation time',
  microphoneOn: 'Mute microphone',
  microphoneOff: 'Unmute microphone',
  cameraOn: 'Turn camera off',
  cameraOff: 'Turn camera on',
  shareScreen: 'Share screen',
  stopSharing: 'Stop sharing',
  pictureInPicture: 'Picture in picture',
  fullScreen: 'Full screen',
  chat: 'Chat',
  files: 'Files',
  sendFile: 'Send a file',
  fileHelp: (max, types) => `${types}, up to ${mb(max)} MB. Files are not kept after the call.`,
  fileRefused: (reason) =>
    ({
      too_large: 'The file is too large.',
      type_not_allowed: 'This kind of file is not allowed.',
      empty: 'The file is empty.',
      content_mismatch: 'The file does not contain what its type says.',
      failed: 'The file could not be sent.',
    })[reason],
  download: 'Download',
  addGuest: 'Add a guest',
  guestName: 'Guest name (family member, interpreter)',
  guestLink: 'Link for the guest',
  copy: 'Copy',
  leave: 'Leave',
  endForAll: 'End for everyone',
  muted: (name) => `${name} is muted`,
  cameraOffFor: (name) => `${name} turned their camera off`,
  sharingScreen: (name) => `${name} is sharing their screen`,
  quality: (q) => ({ good: 'Good connection', fair: 'Unsteady connection', poor: 'Poor connection' })[q],
  reconnecting: 'Connection lost. Reconnecting…',
  restored: 'Reconnected.',
  connecting: 'Connecting…',
  endedTitle: 'The consultation has ended',
  endedHelp: 'Thank you. The clinic will send you the next steps.',
  leftTitle: 'You left the consultation',
  deniedTitle: 'The doctor cannot see you right now',
  left: (name, reason) => (reason === 'disconnected' ? `${name} lost the connection` : `${name} left`),
  failure(code, reason) {
    switch (reason ?? code) {
      case 'token_missing':
      case 'token_invalid':
      case 'not_joined':
        return 'This consultation link is not valid. Ask the clinic for a new one.';
      case 'token_expired':
      case 'booking_window_closed':
      case 'too_late':
        return 'This consultation link has expired.';
      case 'token_not_yet_valid':
      case 'booking_not_open_yet':
      case 'too_early':
        return 'The consultation room is not open yet. Please come back closer to your appointment.';
      case 'room_ended':
        return 'This consultation has ended.';
      case 'denied':
        return 'The doctor cannot see you right now.';
      case 'cancelled':
      case 'superseded':
        return 'This appointment was cancelled or moved. Use the link in the latest email.';
      case 'not_host':
        return 'Only the doctor can do this.';
      case 'guest_limit':
        return 'No more guests can join.';
      case 'unsupported_browser':
        return 'This browser cannot make video calls.';
      case 'signaling_refused':
      case 'signaling_failed':
        return 'Could not reach the clinic’s video service.';
      case 'screenshare_failed':
        return 'The screen could not be shared.';
      case 'playback_blocked':
        return en.playbackBlocked;
      default:
        return 'Something went wrong. Please try again.';
    }
  },
  retry: 'Try again',
  playbackBlocked: 'The browser is holding back the call’s sound and video. Tap the button to start them.',
  startPlayback: 'Tap to start the sound/video',
};
