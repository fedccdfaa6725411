import type {
  IceConfiguration,
  PeerMessage,
  QualitySample,
  SignalingLocation,
} from '@sehatkit/sdk/teleconsult';
import { lossBetween, parsePeerMessage } from '@sehatkit/sdk/teleconsult';
import type { DataConnection, MediaConnection, Peer, PeerError } from 'peerjs';

/** Someone the server says is in the call. */
export interface RemoteInCall {
  peerId: string;
  /** Grows each time they (re-)enter the call; a higher epoch means their old connections are dead. */
  epoch: number;
}

export type LinkState = 'connecting' | 'connected' | 'reconnecting';

export interface MeshHandlers {
  stream(peerId: string, stream: MediaStream): void;
  link(peerId: string, state: LinkState): void;
  message(peerId: string, message: PeerMessage): void;
  /** A data channel to `peerId` opened: the place to say hello with `send`. */
  channel(peerId: string, send: (message: PeerMessage) => void): void;
  signaling(up: boolean): void;
  fatal(code: 'unsupported_browser' | 'signaling_refused', message: string): void;
}

export interface MeshOptions {
  peerId: string;
  credential: string;
  signaling: SignalingLocation;
  ice: IceConfiguration;
  localStream: MediaStream;
}

export interface LinkStats extends QualitySample {
  /** ICE candidate types of the pair in use: `host`, `srflx`, `prflx` or `relay`. */
  localCandidate?: string;
  remoteCandidate?: string;
  framesDecoded?: number;
}

interface Link {
  peerId: string;
  /** Their epoch this link belongs to; undefined until the server's view or their call says. */
  epoch: number | undefined;
  media?: MediaConnection;
  data?: DataConnection;
  stream?: MediaStream;
  attempts: number;
  timer?: ReturnType<typeof setTimeout>;
  lastInbound?: { packetsReceived: number; packetsLost: number };
}

// Backoffs and watchdogs, in milliseconds.
const OPEN_TIMEOUT = 15_000;
const ANSWER_TIMEOUT = 10_000;
const MAX_REDIAL_DELAY = 8_000;
const RECONNECT_WATCHDOG = 6_000;

const redialDelay = (attempts: number) => Math.min(400 * 2 ** attempts, MAX_REDIAL_DELAY);

let peerJs: Promise<typeof import('./peerjs')> | undefined;

/** Starts fetching PeerJS (its own chunk) ahead of the call, e.g. while the patient waits to be admitted. */
export function loadPeerJs(): Promise<typeof import('./peerjs')> {
  peerJs ??= import('./peerjs');
  return peerJs;
}

/**
 * The call as a full mesh of PeerJS connections, one media and one data connection per pair. Of each pair
 * the one who entered the call later (the higher epoch) dials, so two browsers never call each other at
 * once and a newcomer or a refreshed page connects without waiting for the others to notice it. It also covers what PeerJS
 * leaves to its users: the `stream` event firing once per track (peerjs #609, #764), a closed call not
 * reaching the other side (#780, #636: the server's room state and our own `bye` say who left), signalling
 * drops where `reconnect()` does nothing (#1289: the peer is rebuilt with the same id and credential), and
 * screen sharing without renegotiation (`replaceTrack`, #672).
 */
export class CallMesh {
  readonly #options: MeshOptions;
  readonly #handlers: MeshHandlers;
  readonly #links = new Map<string, Link>();
  readonly #PeerClass: typeof Peer;
  #wanted = new Map<string, RemoteInCall>();
  #epoch = 0;
  #peer!: Peer;
  #closed = false;
  #signalingAttempts = 0;
  #signalingTimer: ReturnType<typeof setTimeout> | undefined;
  #refusals = 0;

  private constructor(PeerClass: typeof Peer, options: MeshOptions, handlers: MeshHandlers) {
    this.#PeerClass = PeerClass;
    this.#options = options;
    this.#handlers = handlers;
  }

  /** Loads PeerJS (only now: a page without a call never downloads it) and connects to the PeerServer. */
  static async start(options: MeshOptions, handlers: MeshHandlers): Promise<CallMesh> {
    const { Peer: PeerClass } = await loadPeerJs();
    const mesh = new CallMesh(PeerClass, options, handlers);
    await mesh.#connect();
    return mesh;
  }

  get localStream(): MediaStream {
    return this.#options.localStream;
  }

  /**
   * New ICE servers (fresh TURN credentials) for every connection made from now on: PeerJS builds each
   * RTCPeerConnection from the peer's options, and a rebuilt peer starts from `#options`.
   */
  updateIce(ice: IceConfiguration): void {
    this.#options.ice = ice;
    const config = this.#peer.options.config as RTCConfiguration;
    config.iceServers = ice.iceServers;
    config.iceTransportPolicy = ice.iceTransportPolicy;
  }

  #connect(): Promise<void> {
    const { signaling, ice, peerId, credential } = this.#options;
    performance.mark('sehat-video:peer-connect');
    const peer = new this.#PeerClass(peerId, {
      host: signaling.host,
      port: signaling.port,
      path: signaling.path,
      secure: signaling.secure,
      key: signaling.key,
      token: credential,
      // Never PeerJS's defaults (Google STUN and the shared public PeerJS TURN): only what the clinic serves.
      config: { iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy },
      debug: 0,
    });
    this.#peer = peer;
    peer.on('call', (call) => this.#incomingCall(call));
    peer.on('connection', (conn) => this.#incomingData(conn));
    peer.on('disconnected', () => {
      if (peer === this.#peer) this.#signalingLost();
    });
    peer.on('error', (error) => {
      if (peer === this.#peer) this.#peerError(error);
    });
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('PeerServer did not open')), OPEN_TIMEOUT);
      peer.once('open', () => {
        clearTimeout(timer);
        performance.mark('sehat-video:peer-open');
        resolve();
      });
      peer.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    }).then(() => {
      peer.on('open', () => {
        if (peer === this.#peer) this.#signalingBack();
      });
    });
  }

  /**
   * Brings the connections in line with who the server says is in the call. `epoch` is ours, from entering
   * the call; it goes with every call we make so the other side can tell it from a stale one.
   */
  sync(remotes: RemoteInCall[], epoch: number): void {
    if (this.#closed) return;
    this.#epoch = epoch;
    this.#wanted = new Map(
      remotes.filter((r) => r.peerId !== this.#options.peerId).map((r) => [r.peerId, r]),
    );
    for (const remote of this.#wanted.values()) {
      let link = this.#links.get(remote.peerId);
      if (link && link.epoch !== undefined && remote.epoch > link.epoch) {
        // They re-entered (a refreshed page): whatever we hold towards them belongs to the old page.
        this.#drop(link);
        link = undefined;
      }
      if (link) link.epoch ??= remote.epoch;
      if (!link) {
        link = { peerId: remote.peerId, epoch: remote.epoch, attempts: 0 };
        this.#links.set(remote.peerId, link);
        this.#handlers.link(remote.peerId, 'connecting');
      }
      if (this.#dials(remote.peerId) && !link.media && !link.timer) this.#dial(link);
    }
    for (const link of [...this.#links.values()]) {
      if (!this.#wanted.has(link.peerId)) {
        this.#drop(link);
        this.#links.delete(link.peerId);
      }
    }
  }

  #dials(peerId: string): boolean {
    const theirs = this.#wanted.get(peerId)?.epoch ?? this.#links.get(peerId)?.epoch;
    if (theirs === undefined || theirs === this.#epoch) return this.#options.peerId < peerId;
    return this.#epoch > theirs;
  }

  #dial(link: Link): void {
    if (this.#closed || this.#peer.disconnected) return;
    this.#detach(link);
    performance.mark('sehat-video:dial', { detail: { peerId: link.peerId } });
    const metadata = { epoch: this.#epoch };
    this.#attachMedia(link, this.#peer.call(link.peerId, this.#options.localStream, { metadata }));
    this.#attachData(
      link,
      this.#peer.connect(link.peerId, { reliable: true, serialization: 'binary', metadata }),
    );
    link.timer = setTimeout(() => {
      link.timer = undefined;
      if (!link.stream) this.#redial(link);
    }, ANSWER_TIMEOUT);
  }

  #redial(link: Link): void {
    if (this.#closed || !this.#wanted.has(link.peerId) || this.#links.get(link.peerId) !== link) return;
    this.#detach(link);
    this.#handlers.link(link.peerId, 'reconnecting');
    if (!this.#dials(link.peerId)) return; // the other side dials; it sees the same failure
    clearTimeout(link.timer);
    link.timer = setTimeout(
      () => {
        link.timer = undefined;
        this.#dial(link);
      },
      redialDelay(link.attempts++),
    );
  }

  #incomingCall(call: MediaConnection): void {
    if (this.#closed || !call.peer.startsWith(this.#options.peerId.split('-')[0] as string)) {
      call.close();
      return;
    }
    const epoch = typeof call.metadata?.epoch === 'number' ? (call.metadata.epoch as number) : undefined;
    const known = this.#wanted.get(call.peer)?.epoch;
    if (epoch !== undefined && known !== undefined && epoch < known) {
      call.close(); // from a page they have since reloaded
      return;
    }
    let link = this.#links.get(call.peer);
    if (!link) {
      link = { peerId: call.peer, epoch, attempts: 0 };
      this.#links.set(call.peer, link);
    }
    // The call may come before the server's view of their new epoch: it belongs to that epoch.
    link.epoch = epoch;
    // A new call from the same peer replaces the old one: they refreshed or redialled.
    const old = link.media;
    link.media = undefined;
    old?.close();
    performance.mark('sehat-video:answer', { detail: { peerId: call.peer } });
    call.answer(this.#options.localStream);
    this.#attachMedia(link, call);
  }

  #incomingData(conn: DataConnection): void {
    if (this.#closed) {
      conn.close();
      return;
    }
    const link = this.#links.get(conn.peer);
    if (!link) {
      // The media call usually arrives first; a data connection without one waits for it.
      this.#links.set(conn.peer, { peerId: conn.peer, epoch: undefined, attempts: 0 });
    }
    const target = this.#links.get(conn.peer) as Link;
    const old = target.data;
    target.data = undefined;
    old?.close();
    this.#attachData(target, conn);
  }

  #attachMedia(link: Link, media: MediaConnection): void {
    link.media = media;
    media.on('stream', (stream) => {
      // PeerJS emits `stream` once per remote track, with the same stream (peerjs #609).
      if (link.media !== media || link.stream?.id === stream.id) return;
      link.stream = stream;
      link.attempts = 0;
      clearTimeout(link.timer);
      link.timer = undefined;
      this.#handlers.stream(link.peerId, stream);
      this.#handlers.link(link.peerId, 'connected');
    });
    media.on('iceStateChanged', (state) => {
      if (link.media !== media) return;
      if (state === 'disconnected') this.#handlers.link(link.peerId, 'reconnecting');
      else if ((state === 'connected' || state === 'completed') && link.stream) {
        this.#handlers.link(link.peerId, 'connected');
      }
    });
    const lost = () => {
      if (link.media !== media) return;
      link.media = undefined;
      link.stream = undefined;
      this.#redial(link);
    };
    media.on('close', lost);
    media.on('error', lost);
  }

  #attachData(link: Link, conn: DataConnection): void {
    link.data = conn;
    conn.on('open', () => {
      if (link.data === conn) this.#handlers.channel(link.peerId, (message) => void conn.send(message));
    });
    conn.on('data', (raw) => {
      if (link.data !== conn) return;
      const message = parsePeerMessage(raw);
      if (message) this.#handlers.message(link.peerId, message);
    });
    conn.on('close', () => {
      if (link.data === conn) link.data = undefined;
    });
  }

  #detach(link: Link): void {
    const { media, data } = link;
    link.media = undefined;
    link.data = undefined;
    link.stream = undefined;
    media?.close();
    data?.close();
  }

  #drop(link: Link): void {
    clearTimeout(link.timer);
    link.timer = undefined;
    this.#detach(link);
  }

  #signalingLost(): void {
    if (this.#closed) return;
    this.#handlers.signaling(false);
    clearTimeout(this.#signalingTimer);
    this.#signalingTimer = setTimeout(() => {
      if (this.#closed || this.#peer.open) return;
      const attempt = this.#signalingAttempts++;
      if (this.#peer.destroyed || attempt >= 2) {
        // reconnect() sometimes never opens again (peerjs #1289): rebuild the peer with the same id;
        // the PeerServer gives the id back because the credential matches.
        this.#peer.destroy();
        this.#connect().then(
          () => this.#signalingBack(),
          () => this.#signalingLost(),
        );
      } else {
        this.#peer.reconnect();
        this.#signalingTimer = setTimeout(() => {
          if (!this.#peer.open) this.#signalingLost();
        }, RECONNECT_WATCHDOG);
      }
    }, redialDelay(this.#signalingAttempts));
  }

  #signalingBack(): void {
    clearTimeout(this.#signalingTimer);
    this.#signalingAttempts = 0;
    this.#refusals = 0;
    this.#handlers.signaling(true);
    for (const link of this.#links.values()) {
      if (!link.media && !link.timer && this.#dials(link.peerId)) this.#dial(link);
    }
  }

  #peerError(error: PeerError<string>): void {
    if (this.#closed) return;
    switch (error.type) {
      case 'browser-incompatible':
        this.#handlers.fatal('unsupported_browser', error.message);
        return;
      case 'peer-unavailable': {
        // The other browser is not on the PeerServer (yet): try again after a pause.
        const link = [...this.#links.values()].find((l) => error.message.includes(l.peerId));
        if (link) this.#redial(link);
        return;
      }
      case 'server-error':
        // The PeerServer refused us (no longer admitted, room ended); the room's state says why.
        if (++this.#refusals >= 3) this.#handlers.fatal('signaling_refused', error.message);
        else this.#signalingLost();
        return;
      default:
        if (!this.#peer.open) this.#signalingLost();
    }
  }

  /** Sends to everyone in the call whose data channel is open. */
  broadcast(message: PeerMessage): void {
    for (const link of this.#links.values()) if (link.data?.open) void link.data.send(message);
  }

  /** The open data connection to one peer, for file transfer with backpressure. */
  channel(peerId: string): DataConnection | undefined {
    const data = this.#links.get(peerId)?.data;
    return data?.open ? data : undefined;
  }

  peers(): string[] {
    return [...this.#links.keys()];
  }

  /** Swaps the outgoing video (camera <-> screen) on every connection without renegotiating. */
  async replaceVideoTrack(track: MediaStreamTrack): Promise<void> {
    const stream = this.#options.localStream;
    for (const old of stream.getVideoTracks()) stream.removeTrack(old);
    stream.addTrack(track);
    await Promise.all(
      [...this.#links.values()].map(async (link) => {
        const transceiver = link.media?.peerConnection
          ?.getTransceivers()
          .find((t) => t.receiver.track.kind === 'video');
        await transceiver?.sender.replaceTrack(track);
      }),
    );
  }

  /** Round trip, loss and candidate types per connection, from `getStats()`. */
  async stats(): Promise<Map<string, LinkStats>> {
    const out = new Map<string, LinkStats>();
    for (const link of this.#links.values()) {
      const pc = link.media?.peerConnection;
      if (!pc) continue;
      const report = await pc.getStats();
      const entries = new Map<string, Record<string, unknown>>();
      report.forEach((value: Record<string, unknown>) => {
        entries.set(value['id'] as string, value);
      });
      const sample: LinkStats = {};
      let received = 0;
      let lost = 0;
      for (const stat of entries.values()) {
        if (stat['type'] === 'candidate-pair' && stat['nominated'] && stat['state'] === 'succeeded') {
          if (typeof stat['currentRoundTripTime'] === 'number')
            sample.rttMs = stat['currentRoundTripTime'] * 1000;
          sample.localCandidate = entries.get(stat['localCandidateId'] as string)?.[
            'candidateType'
          ] as string;
          sample.remoteCandidate = entries.get(stat['remoteCandidateId'] as string)?.[
            'candidateType'
          ] as string;
        }
        if (stat['type'] === 'inbound-rtp') {
          received += Number(stat['packetsReceived'] ?? 0);
          lost += Number(stat['packetsLost'] ?? 0);
          if (stat['kind'] === 'video') sample.framesDecoded = Number(stat['framesDecoded'] ?? 0);
        }
      }
      const current = { packetsReceived: received, packetsLost: lost };
      const loss = lossBetween(link.lastInbound, current);
      if (loss !== undefined) sample.packetLoss = loss;
      link.lastInbound = current;
      out.set(link.peerId, sample);
    }
    return out;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#signalingTimer);
    for (const link of this.#links.values()) this.#drop(link);
    this.#links.clear();
    this.#peer.destroy();
  }
}
