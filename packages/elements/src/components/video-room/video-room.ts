import type { ParticipantView } from '@sehatkit/sdk/teleconsult';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
// Lit commits an object binding on every render, and assigning `srcObject`, even the same stream, reloads
// the video (a black flash, and under a strict autoplay policy a stop). `live` skips the unchanged stream.
// Remote videos only: with `live` on the local previews too, the other side's first frame came about
// 2.4 s later in `npm run bench -- teleconsult` (2.7 s against 0.35 s, Chromium's fake camera), cause not
// yet understood, so the local previews keep the plain binding.
import { live } from 'lit/directives/live.js';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { base, tokens } from '../../styles/tokens';
import type { LinkStats } from './call-mesh';
import {
  SehatAdmittedEvent,
  SehatConnectionQualityEvent,
  SehatConsultationEndedEvent,
  SehatFileReceivedEvent,
  SehatJoinedEvent,
  SehatKnockEvent,
  SehatLeftEvent,
  SehatMediaToggleEvent,
  SehatVideoErrorEvent,
} from './events';
import type { SharedFile } from './file-transfer';
import { RemotePlayback } from './playback';
import { RoomApi } from './room-api';
import { type VideoRoomTerms, videoRoomTerms } from './terms';
import { styles } from './video-room.styles';
import { type Happening, type RemoteTile, VideoRoomController } from './video-room-controller';

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

// The join token's payload names the holder; a booking link does not, so the element asks for a name.
function tokenHasName(token: string): boolean {
  try {
    const payload = token.split('.')[1] ?? '';
    return typeof JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))?.name === 'string';
  } catch {
    return false;
  }
}

/**
 * A video consultation: a camera and microphone check, the waiting room (position, announcements, chat
 * with the clinic), the host's waiting list with admit and deny, and the call itself with chat, files,
 * screen sharing, a consultation timer, picture-in-picture and full screen. Signalling goes through the
 * clinic's PeerServer and every request through the host's server handler; PeerJS loads only once a call
 * starts.
 *
 * @summary Waiting room, admission and a PeerJS video call for teleconsultations.
 * @tag sehat-video-room
 *
 * @event {SehatKnockEvent} sehat-knock - A patient or guest entered the waiting room (hosts).
 * @event {SehatAdmittedEvent} sehat-admitted - Someone was let in; `self` when it is this browser.
 * @event {SehatJoinedEvent} sehat-joined - This browser entered the call, or another participant's video arrived.
 * @event {SehatLeftEvent} sehat-left - Someone left, with the reason.
 * @event {SehatMediaToggleEvent} sehat-media-toggle - Microphone, camera or screen share changed, here or on the other side.
 * @event {SehatConnectionQualityEvent} sehat-connection-quality - Quality of a connection changed, or the connection dropped and came back.
 * @event {SehatErrorEvent} sehat-error - A request to the server handler failed or was refused (`detail.reason`: `token_expired`, `not_host`…); the element shows why.
 * @event {SehatVideoErrorEvent} sehat-video-error - A device or call failure (`permission_denied`, `no_device`, `screenshare_failed`, `file_refused`, `playback_blocked` when the browser's autoplay policy holds back the remote sound and video until a tap…); the element shows why.
 * @event {SehatConsultationEndedEvent} sehat-consultation-ended - The host ended the consultation (time to ask for payment or send documents).
 * @event {SehatFileReceivedEvent} sehat-file-received - A shared file arrived complete and checked.
 *
 * @csspart setup - The device check before joining.
 * @csspart preview - The camera preview.
 * @csspart device-problem - Why a camera or microphone is unavailable.
 * @csspart join-button - The button that enters the room.
 * @csspart waiting - The patient's waiting screen.
 * @csspart waiting-list - The host's list of people waiting.
 * @csspart stage - The call: remote and local video.
 * @csspart remote - One remote participant's tile.
 * @csspart remote-video - A remote participant's video.
 * @csspart play-button - Shown when the browser refused to start the call's sound or video on its own (autoplay policy): a tap or key press starts them.
 * @csspart local-video - This browser's own video.
 * @csspart controls - The call's toolbar.
 * @csspart timer - The consultation timer.
 * @csspart status - The connection notice ("reconnecting…").
 * @csspart chat - The chat panel.
 * @csspart files - The file panel.
 * @csspart outcome - The screen after the call (ended, left, refused).
 *
 * @cssproperty --sehat-color-primary - Buttons and accents.
 * @cssproperty --sehat-color-critical - Leave and end buttons, errors.
 * @cssproperty --sehat-video-stage-background - Behind the videos. Default #111.
 * @cssproperty --sehat-radius - Corner radius.
 * @cssproperty --sehat-font-family - Font.
 *
 * @cssstate waiting - In the waiting room.
 * @cssstate in-call - In the call.
 * @cssstate reconnecting - The connection dropped and is being restored.
 */
export class SehatVideoRoom extends EndpointElement {
  static override styles = [tokens, base, styles];
  static override properties: PropertyDeclarations = {
    token: {},
    displayName: { attribute: 'display-name' },
    guestLink: { attribute: 'guest-link' },
    _panel: { state: true },
  };

  /** The join token minted by the clinic's backend, or the video link from a booking email. */
  token = '';

  /** Name to show when the token does not carry one (booking links). Default: asked on the setup screen. */
  displayName = '';

  /**
   * Where a guest's link points; `{token}` is replaced with the guest's token. Default: this page's address
   * with only a `token` query parameter; the host page's own query and fragment (which may carry the host's
   * session or a patient id) are left out.
   */
  guestLink = '';

  declare _panel: 'chat' | 'files' | undefined;

  readonly #controller = new VideoRoomController({
    api: () => this.#roomApi(),
    emit: (happening) => this.#dispatch(happening),
  });
  #api: RoomApi | undefined;
  readonly #playback = new RemotePlayback((blocked) => {
    this.requestUpdate();
    if (blocked) {
      const message = this.#terms().playbackBlocked;
      this.emit(new SehatVideoErrorEvent({ code: 'playback_blocked', message }));
    }
  });
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  /** The headless controller, for hosts that want the state without this markup. */
  get controller(): VideoRoomController {
    return this.#controller;
  }

  #roomApi(): RoomApi {
    if (!this.#api) {
      const client = () => this.client();
      this.#api = new RoomApi({
        token: this.token,
        client,
        url: (path) => `${this.endpoint.replace(/\/+$/, '')}${path}`,
        credentials: this.credentials,
        headers: this.requestHeaders ?? {},
      });
    }
    return this.#api;
  }

  #terms(): VideoRoomTerms {
    return this.localize.terms(videoRoomTerms);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ticker = setInterval(() => {
      if (this.#controller.state.view?.room.callStartedAt) this.requestUpdate();
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
    this.#controller.disconnect();
  }

  protected override firstUpdated(): void {
    void this.#controller.preview();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#playback.watch(this.#remoteVideos());
  }

  #remoteVideos(): NodeListOf<HTMLVideoElement> {
    return this.renderRoot.querySelectorAll<HTMLVideoElement>('video[part="remote-video"]');
  }

  /** The tap on "start the sound/video": a user gesture, which the autoplay policy waits for. */
  async #resumePlayback(): Promise<void> {
    if (await this.#playback.resume(this.#remoteVideos())) {
      // The button goes away; keyboard users continue from the call's toolbar.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('[part="controls"] button:not([disabled])')?.focus();
    }
  }

  // ---- public API ----

  /** Enters the room: the waiting room for patients and guests, the waiting list for hosts. */
  join(): Promise<void> {
    const name =
      this.displayName || this.renderRoot.querySelector<HTMLInputElement>('#name')?.value || undefined;
    return this.#controller.join(name);
  }

  /** Lets a waiting participant in (hosts). */
  admit(participantId: string): Promise<void> {
    return this.#controller.admit(participantId);
  }

  /** Turns a waiting participant away, or removes them from the call (hosts). */
  deny(participantId: string, reason?: string): Promise<void> {
    return this.#controller.deny(participantId, reason);
  }

  /** Mutes or unmutes; the other side sees it. Returns whether the microphone is now on. */
  toggleMicrophone(force?: boolean): boolean {
    return this.#controller.toggleMicrophone(force);
  }

  /** Turns the camera off or on; the other side sees it. Returns whether the camera is now on. */
  toggleCamera(force?: boolean): boolean {
    return this.#controller.toggleCamera(force);
  }

  /** Shares the screen in place of the camera, or goes back to the camera. */
  toggleScreenshare(force?: boolean): Promise<boolean> {
    return this.#controller.toggleScreenshare(force);
  }

  /** Sends a file to everyone in the call, within the room's size limit and allowed types. */
  sendFile(file: File): Promise<SharedFile> {
    return this.#controller.sendFile(file);
  }

  /** Leaves the call; the others see it at once. */
  leave(): Promise<void> {
    return this.#controller.leave();
  }

  /** Ends the consultation for everyone (hosts). */
  end(): Promise<void> {
    return this.#controller.end();
  }

  /** Invites a guest (family member, interpreter) and returns the link for them (hosts). */
  async inviteGuest(displayName: string): Promise<string | undefined> {
    const token = await this.#controller.inviteGuest(displayName);
    return token ? this.#guestUrl(token) : undefined;
  }

  /** Posts an announcement to the waiting room (hosts). */
  announce(text: string): Promise<void> {
    return this.#controller.announce(text);
  }

  /** Round trip, loss, candidate types and frames decoded per remote participant. */
  connectionStats(): Promise<Record<string, LinkStats>> {
    return this.#controller.connectionStats();
  }

  #guestUrl(token: string): string {
    if (this.guestLink) return this.guestLink.replace('{token}', encodeURIComponent(token));
    const url = new URL(location.pathname, location.origin);
    url.searchParams.set('token', token);
    return url.href;
  }

  #dispatch(h: Happening): void {
    const t = this.#terms();
    switch (h.type) {
      case 'knock':
        this.emit(new SehatKnockEvent(h));
        return;
      case 'admitted':
        this.emit(new SehatAdmittedEvent(h));
        return;
      case 'joined':
        this.emit(new SehatJoinedEvent(h));
        return;
      case 'left':
        this.emit(new SehatLeftEvent(h));
        return;
      case 'media':
        this.emit(new SehatMediaToggleEvent(h));
        return;
      case 'quality':
        this.emit(new SehatConnectionQualityEvent(h));
        return;
      case 'ended':
        this.emit(new SehatConsultationEndedEvent(h));
        return;
      case 'file':
        this.emit(new SehatFileReceivedEvent({ file: h.file }));
        return;
      case 'error': {
        const device = h.reason === 'camera' || h.reason === 'microphone' ? h.reason : undefined;
        const message =
          device && !['file_refused', 'screenshare_failed'].includes(h.code)
            ? t.mediaProblem(device, h.code as Parameters<VideoRoomTerms['mediaProblem']>[1])
            : h.code === 'file_refused'
              ? t.fileRefused((h.reason ?? 'failed') as Parameters<VideoRoomTerms['fileRefused']>[0])
              : t.failure(h.code, h.reason);
        // Failed requests to the handler are `sehat-error`, as for every element; the rest is the call's own.
        if (h.error) this.emitError(h.error, message);
        else
          this.emit(
            new SehatVideoErrorEvent({ code: h.code, message, ...(h.reason ? { reason: h.reason } : {}) }),
          );
      }
    }
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const s = this.#controller.state;
    const t = this.#terms();
    this.setStates({
      waiting: s.phase === 'waiting',
      'in-call': s.phase === 'call',
      reconnecting: s.connection === 'reconnecting',
    });
    return html`<section class="room" aria-label=${t.roomLabel}>
      ${this.#status(t)}
      ${
        s.phase === 'setup' || s.phase === 'joining'
          ? this.#setup(t)
          : s.phase === 'waiting'
            ? this.#waiting(t)
            : s.phase === 'lobby' || s.phase === 'call'
              ? this.#call(t)
              : this.#outcome(t)
      }
    </section>`;
  }

  #status(t: VideoRoomTerms) {
    const c = this.#controller.state.connection;
    const blocked = this.#playbackBlocked();
    return html`<p part="status" class="status" role="status" aria-live="polite" ?hidden=${c === 'online' && !blocked}>
      ${c === 'reconnecting' ? t.reconnecting : c === 'restored' ? t.restored : blocked ? t.playbackBlocked : ''}
    </p>`;
  }

  #playbackBlocked(): boolean {
    return this.#playback.blocked && this.#controller.state.phase === 'call';
  }

  #problems(t: VideoRoomTerms) {
    const problems = this.#controller.state.local?.problems ?? {};
    return (['microphone', 'camera'] as const).map((kind) => {
      const problem = problems[kind];
      return problem
        ? html`<p part="device-problem" class="problem" role="alert">${t.mediaProblem(kind, problem)}</p>`
        : nothing;
    });
  }

  #setup(t: VideoRoomTerms) {
    const s = this.#controller.state;
    const pick = (kind: 'microphoneId' | 'cameraId') => (event: Event) =>
      void this.#controller.preview({ ...s.choice, [kind]: (event.target as HTMLSelectElement).value });
    const select = (
      label: string,
      id: string,
      devices: MediaDeviceInfo[],
      kind: 'microphoneId' | 'cameraId',
    ) =>
      devices.length > 1
        ? html`<label for=${id}>${label}</label>
            <select id=${id} @change=${pick(kind)}>
              ${devices.map(
                (d, i) =>
                  html`<option value=${d.deviceId} ?selected=${d.deviceId === s.choice[kind]}>
                    ${d.label || `${label} ${i + 1}`}
                  </option>`,
              )}
            </select>`
        : nothing;
    const askName = !this.displayName && this.token && !tokenHasName(this.token);
    return html`<div part="setup" class="setup">
      <h2>${t.setupTitle}</h2>
      <p>${t.setupHelp}</p>
      <video part="preview" class="preview" aria-label=${t.preview} autoplay muted playsinline
        .srcObject=${s.local?.stream ?? null}></video>
      ${this.#problems(t)}
      <div class="fields">
        ${select(t.microphone, 'mic', s.devices.microphones, 'microphoneId')}
        ${select(t.camera, 'cam', s.devices.cameras, 'cameraId')}
        ${askName ? html`<label for="name">${t.yourName}</label><input id="name" autocomplete="name" maxlength="80" />` : nothing}
      </div>
      <button part="join-button" class="primary" ?disabled=${s.phase === 'joining'} @click=${() => void this.join()}>
        ${s.phase === 'joining' ? t.joining : t.join}
      </button>
    </div>`;
  }

  #waiting(t: VideoRoomTerms) {
    const view = this.#controller.state.view;
    const position = view?.you.position;
    return html`<div part="waiting" class="waiting">
      <h2>${t.waitingTitle}</h2>
      <p aria-live="polite">${position ? t.position(position) : ''}</p>
      <p>${t.waitingHelp}</p>
      <video part="preview" class="preview small" aria-label=${t.preview} autoplay muted playsinline
        .srcObject=${this.#controller.state.local?.stream ?? null}></video>
      ${this.#announcements(t)} ${view?.room.waitingChat ? this.#waitingChat(t, view.you.id) : nothing}
    </div>`;
  }

  #announcements(t: VideoRoomTerms) {
    const list = this.#controller.state.view?.announcements ?? [];
    return list.length
      ? html`<section class="announcements" aria-live="polite">
          <h3>${t.announcements}</h3>
          <ul>${list.map((a) => html`<li><strong>${a.from}:</strong> ${a.text}</li>`)}</ul>
        </section>`
      : nothing;
  }

  #waitingChat(t: VideoRoomTerms, threadId: string, to?: string) {
    const messages = (this.#controller.state.view?.chat ?? []).filter((m) => m.threadId === threadId);
    return html`<section class="waiting-chat">
      <h3>${t.waitingChat}</h3>
      <ul aria-live="polite">${messages.map((m) => html`<li><strong>${m.authorName}:</strong> ${m.text}</li>`)}</ul>
      ${this.#form(t.messageLabel, t.send, (text) => void this.#controller.waitingChat(text, to).catch(() => undefined))}
    </section>`;
  }

  #form(label: string, action: string, submit: (text: string) => void, maxlength = 1000) {
    const onSubmit = (event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('text') as HTMLInputElement;
      if (input.value.trim()) submit(input.value);
      input.value = '';
    };
    return html`<form @submit=${onSubmit}>
      <input name="text" aria-label=${label} placeholder=${label} maxlength=${maxlength} autocomplete="off" />
      <button type="submit">${action}</button>
    </form>`;
  }

  #call(t: VideoRoomTerms) {
    const s = this.#controller.state;
    const view = s.view;
    const isHost = view?.you.role === 'host';
    return html`<div class="call">
      <div class="main">
        <div part="stage" class="stage">
          ${s.remotes.length ? s.remotes.map((r) => this.#tile(r, t)) : html`<p class="empty">${isHost ? t.nobodyWaiting : t.connecting}</p>`}
          <video part="local-video" class="local" aria-label=${t.you} autoplay muted playsinline .srcObject=${s.local?.stream ?? null}></video>
          ${
            this.#playbackBlocked()
              ? html`<button part="play-button" class="primary play" @click=${() => void this.#resumePlayback()}>
                  ${t.startPlayback}</button>`
              : nothing
          }
        </div>
        ${this.#timer(t)} ${this.#controls(t, isHost)}
      </div>
      <div class="side">
        ${isHost ? this.#waitingList(t) : nothing}
        ${this._panel === 'chat' ? this.#chat(t) : nothing} ${this._panel === 'files' ? this.#files(t) : nothing}
      </div>
    </div>`;
  }

  #tile(r: RemoteTile, t: VideoRoomTerms) {
    const notes = [
      r.media.microphone ? '' : t.muted(r.displayName),
      r.media.camera || r.media.screen ? '' : t.cameraOffFor(r.displayName),
      r.media.screen ? t.sharingScreen(r.displayName) : '',
      r.link === 'reconnecting'
        ? t.reconnecting
        : r.quality && r.quality !== 'good'
          ? t.quality(r.quality)
          : '',
    ].filter(Boolean);
    return html`<figure part="remote" class="remote" data-participant=${r.participantId}
      data-microphone=${r.media.microphone ? 'on' : 'off'} data-camera=${r.media.camera ? 'on' : 'off'}
      data-screen=${r.media.screen ? 'on' : 'off'} data-link=${r.link}>
      <video part="remote-video" autoplay playsinline .srcObject=${live(r.stream ?? null)} aria-label=${r.displayName}></video>
      <figcaption>${r.displayName}${notes.map((n) => html`<span class="note">${n}</span>`)}</figcaption>
    </figure>`;
  }

  #timer(t: VideoRoomTerms) {
    const s = this.#controller.state;
    const started = s.view?.room.callStartedAt;
    if (!started) return nothing;
    const seconds = Math.max(0, (Date.now() + s.clockOffsetMs - Date.parse(started)) / 1000);
    return html`<p part="timer" class="timer"><span class="visually-hidden">${t.timer}</span>
      <time datetime=${`PT${Math.floor(seconds)}S`}>${clock(seconds)}</time></p>`;
  }

  #controls(t: VideoRoomTerms, isHost: boolean) {
    const { media, local } = this.#controller.state;
    const toggle = (label: string, pressed: boolean, onClick: () => unknown, disabled = false) =>
      html`<button aria-pressed=${pressed ? 'true' : 'false'} ?disabled=${disabled} @click=${onClick}>${label}</button>`;
    const panel = (name: 'chat' | 'files') => () => {
      this._panel = this._panel === name ? undefined : name;
    };
    const remote = () => this.renderRoot.querySelector<HTMLVideoElement>('video[part="remote-video"]');
    return html`<div part="controls" class="controls" role="toolbar" aria-label=${t.roomLabel}>
      ${toggle(media.microphone ? t.microphoneOn : t.microphoneOff, !media.microphone, () => this.toggleMicrophone(), !local?.hasMicrophone)}
      ${toggle(media.camera ? t.cameraOn : t.cameraOff, !media.camera, () => this.toggleCamera(), !local?.hasCamera)}
      ${toggle(media.screen ? t.stopSharing : t.shareScreen, media.screen, () => this.toggleScreenshare())}
      <button @click=${() =>
        void remote()
          ?.requestPictureInPicture?.()
          .catch(() => undefined)}>${t.pictureInPicture}</button>
      <button @click=${() =>
        void this.renderRoot
          .querySelector('.stage')
          ?.requestFullscreen?.()
          .catch(() => undefined)}>${t.fullScreen}</button>
      ${toggle(t.chat, this._panel === 'chat', panel('chat'))} ${toggle(t.files, this._panel === 'files', panel('files'))}
      <button class="danger" @click=${() => void this.leave()}>${t.leave}</button>
      ${isHost ? html`<button class="danger" @click=${() => void this.end().catch(() => undefined)}>${t.endForAll}</button>` : nothing}
    </div>`;
  }

  #chat(t: VideoRoomTerms) {
    return html`<section part="chat" class="panel" aria-label=${t.chat}>
      <ul aria-live="polite">
        ${this.#controller.state.chat.map(
          (m) =>
            html`<li class=${m.self ? 'self' : ''}><strong>${m.self ? t.you : m.from}:</strong> ${m.text}</li>`,
        )}
      </ul>
      ${this.#form(t.messageLabel, t.send, (text) => this.#controller.sendChat(text), 2000)}
    </section>`;
  }

  #files(t: VideoRoomTerms) {
    const { files, policy } = this.#controller.state;
    const types = (policy?.allowedTypes ?? [])
      .map((type) => (type === 'text/plain' ? 'TXT' : (type.split('/')[1] ?? type).toUpperCase()))
      .join(', ');
    const pick = (event: Event) => {
      const input = event.target as HTMLInputElement;
      for (const file of input.files ?? []) void this.sendFile(file);
      input.value = '';
    };
    return html`<section part="files" class="panel" aria-label=${t.files}>
      <label class="file-button">${t.sendFile}
        <input type="file" accept=${policy?.allowedTypes.join(',') ?? ''} @change=${pick} /></label>
      <p class="help">${t.fileHelp((policy?.maxBytes ?? 0) / 1048576, types)}</p>
      <ul>
        ${files.map(
          (f) => html`<li data-status=${f.status}>
            ${f.name}
            ${
              f.status === 'refused'
                ? html`<span role="alert">${t.fileRefused(f.refusal ?? 'failed')}</span>`
                : f.url
                  ? html`<a href=${f.url} download=${f.name}>${t.download}</a>`
                  : html`<progress max=${f.size} value=${f.done}></progress>`
            }
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #waitingList(t: VideoRoomTerms) {
    const view = this.#controller.state.view;
    const waiting = (view?.participants ?? []).filter((p) => p.state === 'waiting');
    const row = (p: ParticipantView) => html`<li data-participant=${p.id}>
      <span class="who">${p.displayName}</span>
      <span class="arrival" data-arrival=${p.arrival ?? ''}>${p.arrival ? t.arrival(p.arrival) : ''}</span>
      <button class="primary" @click=${() => void this.admit(p.id).catch(() => undefined)}>${t.admit}</button>
      <button @click=${() => void this.deny(p.id).catch(() => undefined)}>${t.deny}</button>
      ${view?.room.waitingChat ? this.#waitingChat(t, p.id, p.id) : nothing}
    </li>`;
    const guest = this.#controller.state.guestToken;
    return html`<section part="waiting-list" class="panel" aria-label=${t.waitingList}>
      <h3>${t.waitingList}</h3>
      ${waiting.length ? html`<ul class="queue">${waiting.map(row)}</ul>` : html`<p>${t.nobodyWaiting}</p>`}
      ${this.#form(t.announcementLabel, t.announce, (text) => void this.announce(text).catch(() => undefined), 500)}
      <details>
        <summary>${t.addGuest}</summary>
        ${this.#form(t.guestName, t.addGuest, (name) => void this.inviteGuest(name).catch(() => undefined), 80)}
        ${
          guest
            ? html`<label>${t.guestLink} <input readonly .value=${this.#guestUrl(guest)} /></label>
            <button @click=${() => void navigator.clipboard?.writeText(this.#guestUrl(guest))}>${t.copy}</button>`
            : nothing
        }
      </details>
    </section>`;
  }

  #outcome(t: VideoRoomTerms) {
    const s = this.#controller.state;
    const [title, text] =
      s.phase === 'ended'
        ? [t.endedTitle, t.endedHelp]
        : s.phase === 'left'
          ? [t.leftTitle, '']
          : s.phase === 'denied'
            ? [t.deniedTitle, '']
            : ['', t.failure(s.failure?.code ?? 'request_failed', s.failure?.reason)];
    // A refusal (expired link, room ended) will not change by trying again; a lost connection may.
    const retry = s.phase === 'failed' && (s.failure?.error?.httpStatus ?? 0) === 0;
    return html`<div part="outcome" class="outcome" role=${s.phase === 'failed' ? 'alert' : 'status'}>
      ${title ? html`<h2>${title}</h2>` : nothing}
      ${text ? html`<p>${text}</p>` : nothing}
      ${retry ? html`<button class="primary" @click=${() => void this.join()}>${t.retry}</button>` : nothing}
    </div>`;
  }
}
