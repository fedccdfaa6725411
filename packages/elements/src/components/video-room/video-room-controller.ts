import type {
  Arrival,
  ConnectionQuality,
  FilePolicy,
  JoinResult,
  LeaveReason,
  MediaState,
  ParticipantRole,
  PeerMessage,
  RoomNotice,
  RoomView,
} from '@sehatkit/sdk/teleconsult';
import { CHAT_MAX_LENGTH, checkFileOffer, classifyQuality } from '@sehatkit/sdk/teleconsult';
import { EndpointError } from '../../api/endpoint-error';
import { Controller } from '../../controllers/controller';
import { asEndpointError } from '../../controllers/failure';
import { CallMesh, type LinkState, type LinkStats, loadPeerJs } from './call-mesh';
import { FileReceiver, type SharedFile, sendFile } from './file-transfer';
import { type DeviceChoice, type LocalMedia, listDevices, openLocalMedia, stopStream } from './local-media';
import type { RoomApi } from './room-api';

export type Phase =
  | 'setup'
  | 'joining'
  | 'waiting'
  | 'lobby'
  | 'call'
  | 'ended'
  | 'left'
  | 'denied'
  | 'failed';

/** Codes of `sehat-video-error`; server refusals keep the server's code and reason. */
export type VideoErrorCode =
  | 'permission_denied'
  | 'no_device'
  | 'device_busy'
  | 'insecure_context'
  | 'unsupported'
  | 'unsupported_browser'
  | 'signaling_refused'
  | 'signaling_failed'
  | 'screenshare_failed'
  | 'file_refused'
  | 'playback_blocked'
  | 'request_failed';

export interface RemoteTile {
  peerId: string;
  participantId: string;
  displayName: string;
  role: ParticipantRole;
  stream?: MediaStream;
  media: MediaState;
  link: LinkState;
  quality?: ConnectionQuality;
}

export interface ChatLine {
  id: string;
  from: string;
  self: boolean;
  text: string;
  at: string;
}

export interface VideoRoomState {
  phase: Phase;
  view?: RoomView;
  local?: LocalMedia;
  devices: { microphones: MediaDeviceInfo[]; cameras: MediaDeviceInfo[] };
  choice: DeviceChoice;
  media: MediaState;
  remotes: RemoteTile[];
  chat: ChatLine[];
  files: SharedFile[];
  /** `restored` for a few seconds after a recovery, so the page can say so. */
  connection: 'online' | 'reconnecting' | 'restored';
  failure?: { code: string; reason?: string; error?: EndpointError };
  guestToken?: string;
  policy?: FilePolicy;
  /** Server clock minus this browser's, from the last view. */
  clockOffsetMs: number;
}

/** What happened, for the element to turn into DOM events. */
export type Happening =
  | { type: 'knock'; participantId: string; displayName: string; role: ParticipantRole; arrival: Arrival }
  | { type: 'admitted'; participantId: string; self: boolean }
  | { type: 'joined'; participantId: string; displayName: string; self: boolean }
  | { type: 'left'; participantId: string; reason: LeaveReason; self: boolean }
  | { type: 'media'; participantId: string; kind: keyof MediaState; enabled: boolean; self: boolean }
  | { type: 'quality'; participantId?: string; quality: ConnectionQuality | 'reconnecting' }
  | { type: 'error'; code: VideoErrorCode | string; reason?: string; error?: EndpointError }
  | { type: 'ended'; roomId: string; endedBy?: string; durationSeconds?: number }
  | { type: 'file'; file: SharedFile };

const STATS_EVERY_MS = 2000;
const ICE_REFRESH_AHEAD_MS = 5 * 60_000;
const RESTORED_FOR_MS = 4000;
let sequence = 0;
const localId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36)}`;

/**
 * The video room without markup: device check, joining and waiting, admission, the PeerJS call, chat and
 * files. `<sehat-video-room>` renders it; a host with its own UI can drive it directly.
 */
export class VideoRoomController extends Controller<VideoRoomState> {
  readonly #api: () => RoomApi;
  readonly #emit: (happening: Happening) => void;
  #joined: JoinResult | undefined;
  #mesh: CallMesh | undefined;
  #starting: Promise<void> | undefined;
  #stream: AbortController | undefined;
  #files: FileReceiver | undefined;
  #camera: MediaStreamTrack | undefined;
  #screen: MediaStreamTrack | undefined;
  #statsTimer: ReturnType<typeof setInterval> | undefined;
  #iceTimer: ReturnType<typeof setTimeout> | undefined;
  #restoredTimer: ReturnType<typeof setTimeout> | undefined;
  #down = { stream: false, signaling: false };
  #joinedPeers = new Set<string>();
  /** What the mesh told us per peer id: stream, link state, media state, quality. */
  #peerState = new Map<string, Partial<RemoteTile>>();
  /** Ours, from entering the call; undefined until then. */
  #epoch: number | undefined;

  constructor(options: { api: () => RoomApi; emit: (happening: Happening) => void }) {
    super({
      phase: 'setup',
      devices: { microphones: [], cameras: [] },
      choice: {},
      media: { microphone: true, camera: true, screen: false },
      remotes: [],
      chat: [],
      files: [],
      connection: 'online',
      clockOffsetMs: 0,
    });
    this.#api = options.api;
    this.#emit = options.emit;
  }

  /** Opens (or reopens, with another device) the camera and microphone for the preview. */
  async preview(choice: DeviceChoice = this.state.choice): Promise<void> {
    const previous = this.state.local;
    const local = await openLocalMedia(choice);
    if (previous && previous !== local) stopStream(previous.stream);
    this.#camera = local.stream.getVideoTracks()[0];
    this.update({
      local,
      choice,
      devices: await listDevices(),
      media: { microphone: local.hasMicrophone, camera: local.hasCamera, screen: false },
    });
    for (const [kind, problem] of Object.entries(local.problems)) {
      if (problem) this.#emit({ type: 'error', code: problem, reason: kind });
    }
  }

  /** Takes a seat in the room: the waiting room for patients and guests, the waiting list for hosts. */
  async join(displayName?: string): Promise<void> {
    if (this.state.phase !== 'setup' && this.state.phase !== 'failed') return;
    if (!this.state.local) await this.preview();
    this.update({ phase: 'joining', failure: undefined });
    try {
      this.#joined = await this.#api().join(displayName);
    } catch (error) {
      this.#fail(asEndpointError(error));
      return;
    }
    // Admission can come any moment now; have PeerJS ready by then.
    void loadPeerJs().catch(() => undefined);
    this.#files = new FileReceiver(this.#joined.files, (file) => this.#fileChanged(file));
    this.update({ policy: this.#joined.files });
    this.#follow();
    this.#onView(this.#joined.view);
  }

  #follow(): void {
    const stream = new AbortController();
    this.#stream = stream;
    this.#api()
      .follow(
        {
          state: (view) => this.#onView(view),
          notice: (notice) => this.#onNotice(notice),
          connection: (up) => this.#setDown('stream', !up),
        },
        stream.signal,
      )
      .catch((error: unknown) => {
        if (!this.#finished()) this.#fail(asEndpointError(error));
      });
  }

  #finished(): boolean {
    return ['ended', 'left', 'denied', 'failed'].includes(this.state.phase);
  }

  #onView(view: RoomView): void {
    if (this.#finished()) return;
    this.update({ view, clockOffsetMs: Date.parse(view.serverTime) - Date.now() });
    const you = view.you;
    const final = view.room.status === 'ended' ? 'ended' : you.state;
    if (final === 'ended' || final === 'denied' || final === 'left') {
      this.#finish(final);
      return;
    }
    if (you.role === 'host') {
      if (this.state.phase === 'joining') this.update({ phase: 'lobby' });
      // Whoever knocked before this host's stream was connected (or while it was down) is announced from the
      // waiting list, once, as if the knock had just arrived.
      for (const p of view.participants) {
        if (p.state !== 'waiting') this.#knocked.delete(p.id);
        else if (p.id !== you.id && p.arrival) {
          this.#announceKnock({
            participantId: p.id,
            displayName: p.displayName,
            role: p.role,
            arrival: p.arrival,
          });
        }
      }
      // The host opens the call at once, alone: whoever is admitted then only has to dial in.
      void this.startCall();
    } else if (you.state === 'waiting') {
      if (this.state.phase === 'joining') this.update({ phase: 'waiting' });
    } else {
      void this.startCall();
    }
    this.#syncMesh();
  }

  #onNotice(notice: RoomNotice): void {
    const you = this.state.view?.you;
    switch (notice.type) {
      case 'knock':
        this.#announceKnock(notice);
        break;
      case 'admitted':
        this.#knocked.delete(notice.participantId);
        this.#emit({
          type: 'admitted',
          participantId: notice.participantId,
          self: notice.participantId === you?.id,
        });
        break;
      case 'left':
        this.#knocked.delete(notice.participantId);
        this.#emit({ ...notice, self: notice.participantId === you?.id });
        break;
      case 'ended':
        this.#emit({
          type: 'ended',
          roomId: this.state.view?.room.id ?? '',
          ...(notice.endedBy ? { endedBy: notice.endedBy } : {}),
          ...(notice.durationSeconds !== undefined ? { durationSeconds: notice.durationSeconds } : {}),
        });
        break;
      default:
    }
  }

  readonly #knocked = new Set<string>();

  /** One `knock` per participant and visit to the waiting room, whether it came as a notice or in a view. */
  #announceKnock(knock: Omit<Extract<Happening, { type: 'knock' }>, 'type'>): void {
    if (this.#knocked.has(knock.participantId)) return;
    this.#knocked.add(knock.participantId);
    this.#emit({ ...knock, type: 'knock' });
  }

  /** Connects the call (loading PeerJS) and tells the server this browser is in it. */
  startCall(): Promise<void> {
    this.#starting ??= this.#startCall().catch((error: unknown) => {
      this.#starting = undefined;
      if (error instanceof EndpointError) this.#fail(error);
      else this.#fail(undefined, 'signaling_failed');
    });
    return this.#starting;
  }

  async #startCall(): Promise<void> {
    const joined = this.#joined;
    const local = this.state.local;
    if (!joined || !local) return;
    // User Timing marks, so a page (or the benchmark) can measure call set-up from the browser's own clock.
    performance.mark('sehat-video:call-start');
    // Joining the PeerServer and telling the room we are in run side by side: the others wait for our call
    // (we entered later), and the PeerServer would hold a call for us until we connect anyway.
    const [started, entered] = await Promise.allSettled([
      CallMesh.start(
        {
          peerId: joined.peer.id,
          credential: joined.peer.credential,
          signaling: joined.signaling,
          ice: joined.ice,
          localStream: local.stream,
        },
        {
          stream: (peerId, stream) => this.#remoteStream(peerId, stream),
          link: (peerId, link) => {
            this.#patchRemote(peerId, { link });
            this.#refreshConnection();
          },
          message: (peerId, message) => void this.#message(peerId, message),
          channel: (_peerId, send) => send(this.#hello()),
          signaling: (up) => this.#setDown('signaling', !up),
          fatal: (code) => this.#fail(undefined, code),
        },
      ),
      this.#api().enter(),
    ]);
    if (started.status === 'fulfilled' && (entered.status === 'rejected' || this.#finished())) {
      started.value.close();
    }
    if (started.status === 'rejected') throw started.reason;
    if (entered.status === 'rejected') throw entered.reason;
    if (this.#finished()) return;
    this.#mesh = started.value;
    this.#epoch = entered.value.epoch;
    performance.mark('sehat-video:entered');
    const you = this.state.view?.you;
    this.update({ phase: 'call' });
    if (you) this.#emit({ type: 'joined', participantId: you.id, displayName: you.displayName, self: true });
    this.#statsTimer = setInterval(() => void this.#sampleStats(), STATS_EVERY_MS);
    this.#scheduleIceRefresh(joined.ice.expiresAt);
    this.#syncMesh();
  }

  /** TURN credentials expire; fetch new ones a few minutes before, so a redial after that still relays. */
  #scheduleIceRefresh(expiresAt: string | undefined): void {
    clearTimeout(this.#iceTimer);
    if (!expiresAt) return;
    const due = Math.max(10_000, Date.parse(expiresAt) - Date.now() - ICE_REFRESH_AHEAD_MS);
    this.#iceTimer = setTimeout(async () => {
      const ice = await this.#api()
        .ice()
        .catch(() => undefined);
      if (ice && this.#mesh) this.#mesh.updateIce(ice);
      if (!this.#finished()) this.#scheduleIceRefresh(ice?.expiresAt ?? expiresAt);
    }, due);
  }

  #hello(): PeerMessage {
    return {
      t: 'hello',
      participantId: this.state.view?.you.id ?? '',
      epoch: this.state.view?.you.epoch ?? 0,
      media: this.state.media,
    };
  }

  #syncMesh(): void {
    const view = this.state.view;
    // Before our own entry the others do not know we are here yet; calling them would be premature.
    if (!this.#mesh || !view || this.#epoch === undefined) return;
    const others = view.participants.filter((p) => p.id !== view.you.id && p.state === 'in_call' && p.peerId);
    this.#mesh.sync(
      others.map((p) => ({ peerId: p.peerId as string, epoch: p.epoch })),
      this.#epoch,
    );
    this.#rebuildTiles();
  }

  /**
   * Tiles come from the server's view (who is in the call) joined with what the mesh reported per peer. The
   * two arrive in either order: a refreshed page's call can bring its video before the view lists it.
   */
  #rebuildTiles(): void {
    const view = this.state.view;
    const others = view
      ? view.participants.filter((p) => p.id !== view.you.id && p.state === 'in_call' && p.peerId)
      : [];
    const remotes: RemoteTile[] = others.map((p) => ({
      media: { microphone: true, camera: true, screen: false },
      link: 'connecting',
      ...this.#peerState.get(p.peerId as string),
      peerId: p.peerId as string,
      participantId: p.id,
      displayName: p.displayName,
      role: p.role,
    }));
    this.update({ remotes });
    for (const r of remotes) {
      const key = r.stream ? `${r.peerId}/${r.stream.id}` : undefined;
      if (key && !this.#joinedPeers.has(key)) {
        this.#joinedPeers.add(key);
        this.#emit({
          type: 'joined',
          participantId: r.participantId,
          displayName: r.displayName,
          self: false,
        });
      }
    }
  }

  #remoteStream(peerId: string, stream: MediaStream): void {
    performance.mark('sehat-video:remote-stream', { detail: { peerId } });
    this.#patchRemote(peerId, { stream, link: 'connected' });
    this.#refreshConnection();
  }

  #patchRemote(peerId: string, patch: Partial<RemoteTile>): void {
    this.#peerState.set(peerId, { ...this.#peerState.get(peerId), ...patch });
    this.#rebuildTiles();
  }

  async #message(peerId: string, message: PeerMessage): Promise<void> {
    const tile = this.state.remotes.find((r) => r.peerId === peerId);
    switch (message.t) {
      case 'hello':
      case 'media': {
        const before = this.#peerState.get(peerId)?.media ?? {
          microphone: true,
          camera: true,
          screen: false,
        };
        const participantId =
          tile?.participantId ?? this.state.view?.participants.find((p) => p.peerId === peerId)?.id ?? '';
        for (const kind of ['microphone', 'camera', 'screen'] as const) {
          if (before[kind] !== message.media[kind]) {
            this.#emit({ type: 'media', participantId, kind, enabled: message.media[kind], self: false });
          }
        }
        this.#patchRemote(peerId, { media: message.media });
        return;
      }
      case 'chat':
        this.update({
          chat: [
            ...this.state.chat,
            {
              id: message.id,
              from: tile?.displayName ?? '',
              self: false,
              text: message.text,
              at: message.at,
            },
          ],
        });
        return;
      case 'bye':
        // The server's view follows; this only makes the other side's departure visible at once.
        this.#patchRemote(peerId, { link: 'reconnecting' });
        return;
      default: {
        const reply = await this.#files?.handle(peerId, message);
        if (reply) this.#mesh?.channel(peerId)?.send(reply);
      }
    }
  }

  #fileChanged(file: SharedFile): void {
    const files = this.state.files.filter(
      (f) => !(f.id === file.id && f.direction === file.direction && f.from === file.from),
    );
    this.update({ files: [...files, file] });
    if (file.direction === 'in' && file.status === 'done') this.#emit({ type: 'file', file });
  }

  #setDown(part: 'stream' | 'signaling', down: boolean): void {
    this.#down[part] = down;
    this.#refreshConnection();
  }

  #refreshConnection(): void {
    const down =
      this.#down.stream || this.#down.signaling || this.state.remotes.some((r) => r.link === 'reconnecting');
    if (down && this.state.connection !== 'reconnecting') {
      clearTimeout(this.#restoredTimer);
      this.update({ connection: 'reconnecting' });
      this.#emit({ type: 'quality', quality: 'reconnecting' });
    } else if (!down && this.state.connection === 'reconnecting') {
      this.update({ connection: 'restored' });
      this.#emit({ type: 'quality', quality: 'good' });
      this.#restoredTimer = setTimeout(() => this.update({ connection: 'online' }), RESTORED_FOR_MS);
    }
  }

  async #sampleStats(): Promise<void> {
    const stats = await this.#mesh?.stats();
    if (!stats) return;
    for (const [peerId, sample] of stats) {
      const tile = this.state.remotes.find((r) => r.peerId === peerId);
      if (!tile?.stream) continue;
      const quality = classifyQuality(sample);
      if (quality !== tile.quality) {
        this.#patchRemote(peerId, { quality });
        this.#emit({ type: 'quality', participantId: tile.participantId, quality });
      }
    }
  }

  /** Per-connection figures (round trip, loss, candidate types, frames decoded), keyed by participant id. */
  async connectionStats(): Promise<Record<string, LinkStats>> {
    const stats = (await this.#mesh?.stats()) ?? new Map<string, LinkStats>();
    const out: Record<string, LinkStats> = {};
    for (const [peerId, sample] of stats) {
      const tile = this.state.remotes.find((r) => r.peerId === peerId);
      if (tile) out[tile.participantId] = sample;
    }
    return out;
  }

  #setMedia(kind: keyof MediaState, enabled: boolean): void {
    this.update({ media: { ...this.state.media, [kind]: enabled } });
    this.#mesh?.broadcast({ t: 'media', media: this.state.media });
    this.#emit({ type: 'media', participantId: this.state.view?.you.id ?? '', kind, enabled, self: true });
  }

  toggleMicrophone(force?: boolean): boolean {
    const local = this.state.local;
    if (!local?.hasMicrophone) {
      this.#emit({ type: 'error', code: local?.problems.microphone ?? 'no_device', reason: 'microphone' });
      return false;
    }
    const enabled = force ?? !this.state.media.microphone;
    for (const track of local.stream.getAudioTracks()) track.enabled = enabled;
    this.#setMedia('microphone', enabled);
    return enabled;
  }

  toggleCamera(force?: boolean): boolean {
    const local = this.state.local;
    if (!local?.hasCamera || !this.#camera) {
      this.#emit({ type: 'error', code: local?.problems.camera ?? 'no_device', reason: 'camera' });
      return false;
    }
    const enabled = force ?? !this.state.media.camera;
    this.#camera.enabled = enabled;
    this.#setMedia('camera', enabled);
    return enabled;
  }

  /** Shares the screen in place of the camera (the same sender, `replaceTrack`), or goes back. */
  async toggleScreenshare(force?: boolean): Promise<boolean> {
    const on = force ?? !this.state.media.screen;
    if (on === this.state.media.screen) return on;
    if (!this.#mesh) return false;
    if (on) {
      try {
        const capture = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
        this.#screen = capture.getVideoTracks()[0];
      } catch {
        this.#emit({ type: 'error', code: 'screenshare_failed' });
        return false;
      }
      const screen = this.#screen as MediaStreamTrack;
      // The browser's own "stop sharing" button ends the track.
      screen.addEventListener('ended', () => void this.toggleScreenshare(false));
      await this.#mesh.replaceVideoTrack(screen);
    } else {
      const screen = this.#screen;
      this.#screen = undefined;
      if (this.#camera) await this.#mesh.replaceVideoTrack(this.#camera);
      screen?.stop();
    }
    this.#setMedia('screen', on);
    return on;
  }

  sendChat(text: string): void {
    const trimmed = text.trim().slice(0, CHAT_MAX_LENGTH);
    if (!trimmed || !this.#mesh) return;
    const line = { id: localId('c'), text: trimmed, at: new Date().toISOString() };
    this.#mesh.broadcast({ t: 'chat', ...line });
    this.update({
      chat: [...this.state.chat, { ...line, from: this.state.view?.you.displayName ?? '', self: true }],
    });
  }

  /** Sends a file to everyone in the call; refused before sending when it breaks the room's policy. */
  async sendFile(file: File): Promise<SharedFile> {
    const policy = this.state.policy;
    const entry: SharedFile = {
      id: localId('f'),
      name: file.name,
      type: file.type,
      size: file.size,
      direction: 'out',
      done: 0,
      status: 'sending',
    };
    const refusal: SharedFile['refusal'] = policy ? checkFileOffer(file, policy) : 'failed';
    if (refusal || !this.#mesh) {
      const refused: SharedFile = { ...entry, status: 'refused', refusal: refusal ?? 'failed' };
      this.#fileChanged(refused);
      this.#emit({ type: 'error', code: 'file_refused', reason: refused.refusal });
      return refused;
    }
    this.#fileChanged(entry);
    const mesh = this.#mesh;
    try {
      await Promise.all(
        mesh.peers().map((peerId) => {
          const channel = mesh.channel(peerId);
          return channel
            ? sendFile(channel, file, entry.id, (done) => this.#fileChanged({ ...entry, done }))
            : undefined;
        }),
      );
      const sent = { ...entry, done: file.size, status: 'done' as const };
      this.#fileChanged(sent);
      return sent;
    } catch {
      const failed = { ...entry, status: 'refused' as const, refusal: 'failed' as const };
      this.#fileChanged(failed);
      return failed;
    }
  }

  admit = (participantId: string) => this.#request(() => this.#api().admit(participantId));

  deny = (participantId: string, reason?: string) =>
    this.#request(() => this.#api().deny(participantId, reason));
  announce = (text: string) => this.#request(() => this.#api().announce(text));
  waitingChat = (text: string, to?: string) => this.#request(() => this.#api().chat(text, to));

  async inviteGuest(displayName: string): Promise<string | undefined> {
    let token: string | undefined;
    await this.#request(async () => {
      token = (await this.#api().inviteGuest(displayName)).token;
    });
    if (token) this.update({ guestToken: token });
    return token;
  }

  async #request(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      const failure = asEndpointError(error);
      this.#emit({
        type: 'error',
        code: failure.code,
        ...(failure.reason ? { reason: failure.reason } : {}),
        error: failure,
      });
      throw failure;
    }
  }

  /** Leaves the call; the others are told by the server and by a `bye` on the data channel. */
  async leave(): Promise<void> {
    if (this.#finished()) return;
    this.#mesh?.broadcast({ t: 'bye', reason: 'left' });
    const you = this.state.view?.you;
    this.#finish('left');
    await this.#api()
      .leave('left')
      .catch(() => undefined);
    if (you) this.#emit({ type: 'left', participantId: you.id, reason: 'left', self: true });
  }

  /** Ends the consultation for everyone (hosts only). */
  async end(): Promise<void> {
    if (this.#finished()) return;
    // Only once the server has ended the room: a refused attempt (a guest, a patient) must not tell the
    // others this browser is gone while it stays in the call.
    await this.#request(() => this.#api().end());
    this.#mesh?.broadcast({ t: 'bye', reason: 'ended' });
  }

  #fail(error: EndpointError | undefined, code?: string): void {
    this.update({
      phase: 'failed',
      failure: {
        code: error?.code ?? code ?? 'request_failed',
        ...(error?.reason ? { reason: error.reason } : {}),
        ...(error ? { error } : {}),
      },
    });
    this.#emit({
      type: 'error',
      code: error?.code ?? code ?? 'request_failed',
      ...(error?.reason ? { reason: error.reason } : {}),
      ...(error ? { error } : {}),
    });
    this.#release();
  }

  #finish(phase: 'ended' | 'left' | 'denied'): void {
    if (this.#finished()) return;
    this.update({ phase });
    this.#release();
  }

  /** Frees the call, the devices and every received file. */
  #release(): void {
    this.#stream?.abort();
    this.#stream = undefined;
    clearInterval(this.#statsTimer);
    clearTimeout(this.#restoredTimer);
    clearTimeout(this.#iceTimer);
    this.#mesh?.close();
    this.#mesh = undefined;
    this.#starting = undefined;
    this.#epoch = undefined;
    this.#screen?.stop();
    stopStream(this.state.local?.stream);
    this.#camera?.stop();
    this.#files?.clear();
    this.#peerState.clear();
    this.update({ remotes: [], files: [], local: undefined });
  }

  /** Element removed from the page: free everything, but keep the seat (a refresh comes back to it). */
  disconnect(): void {
    if (!this.#finished()) this.#release();
  }
}
