/** Why a camera or microphone is not available; each has its own explanation on screen. */
export type MediaProblem =
  | 'permission_denied'
  | 'no_device'
  | 'device_busy'
  | 'insecure_context'
  | 'unsupported';

export interface LocalMedia {
  /** Always one audio and one video track, so the call carries both even when a device is missing. */
  stream: MediaStream;
  hasMicrophone: boolean;
  hasCamera: boolean;
  problems: { microphone?: MediaProblem; camera?: MediaProblem };
}

export interface DeviceChoice {
  microphoneId?: string;
  cameraId?: string;
}

/** Maps getUserMedia's DOMException names (Media Capture and Streams §9.2) to what the patient can do. */
export function mediaProblem(error: unknown): MediaProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return typeof isSecureContext === 'boolean' && !isSecureContext
      ? 'insecure_context'
      : 'permission_denied';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_device';
  if (name === 'NotReadableError' || name === 'AbortError') return 'device_busy';
  return 'unsupported';
}

/**
 * Opens camera and microphone, one at a time when both together fail, so a missing camera does not cost the
 * microphone. What is missing is replaced by a silent or black track: the peer connection then has an audio
 * and a video sender from the start, which screen sharing and a device granted later replace.
 */
export async function openLocalMedia(choice: DeviceChoice = {}): Promise<LocalMedia> {
  const problems: LocalMedia['problems'] = {};
  if (!navigator.mediaDevices?.getUserMedia) {
    const problem: MediaProblem = isSecureContext ? 'unsupported' : 'insecure_context';
    return placeholderOnly({ microphone: problem, camera: problem });
  }
  const audio = choice.microphoneId ? { deviceId: { exact: choice.microphoneId } } : true;
  // 960×720 (4:3) is a mode nearly every webcam has; it frames a face well and costs less than 720p wide.
  const size = { width: { ideal: 960 }, height: { ideal: 720 } };
  const video = choice.cameraId ? { deviceId: { exact: choice.cameraId }, ...size } : size;
  let tracks: MediaStreamTrack[] = [];
  try {
    tracks = (await navigator.mediaDevices.getUserMedia({ audio, video })).getTracks();
  } catch {
    for (const [kind, constraints] of [
      ['microphone', { audio }],
      ['camera', { video }],
    ] as const) {
      try {
        tracks.push(...(await navigator.mediaDevices.getUserMedia(constraints)).getTracks());
      } catch (error) {
        problems[kind] = mediaProblem(error);
      }
    }
  }
  const mic = tracks.find((t) => t.kind === 'audio');
  const camera = tracks.find((t) => t.kind === 'video');
  return {
    stream: new MediaStream([mic ?? silentTrack(), camera ?? blackTrack()]),
    hasMicrophone: mic !== undefined,
    hasCamera: camera !== undefined,
    problems,
  };
}

function placeholderOnly(problems: LocalMedia['problems']): LocalMedia {
  return {
    stream: new MediaStream([silentTrack(), blackTrack()]),
    hasMicrophone: false,
    hasCamera: false,
    problems,
  };
}

/** Cameras and microphones, with labels once permission was given. */
export async function listDevices(): Promise<{ microphones: MediaDeviceInfo[]; cameras: MediaDeviceInfo[] }> {
  const all = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return {
    microphones: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
    cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
  };
}

export function silentTrack(): MediaStreamTrack {
  const context = new AudioContext();
  const track = context.createMediaStreamDestination().stream.getAudioTracks()[0] as MediaStreamTrack;
  track.addEventListener('ended', () => void context.close());
  return track;
}

export function blackTrack(): MediaStreamTrack {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#000';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  return canvas.captureStream(1).getVideoTracks()[0] as MediaStreamTrack;
}

export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
