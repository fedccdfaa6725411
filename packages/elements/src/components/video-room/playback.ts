/** The browser's autoplay policy refused to start media without a user gesture. */
const refused = (error: unknown) => error instanceof DOMException && error.name === 'NotAllowedError';

/**
 * Starts the remote videos and notices when the browser's autoplay policy refuses (`play()` rejects with
 * NotAllowedError, as for a link opened from a messenger without a tap). A refused video then plays muted,
 * which every policy allows, so the picture shows; `resume()`, called from a user gesture, turns the sound
 * on and starts whatever is still paused.
 */
export class RemotePlayback {
  readonly #started = new WeakMap<HTMLVideoElement, MediaProvider>();
  readonly #changed: (blocked: boolean) => void;
  #blocked = false;

  /** `changed` runs whenever playback becomes blocked or is resumed. */
  constructor(changed: (blocked: boolean) => void) {
    this.#changed = changed;
  }

  /** Whether the page waits for a tap before the remote sound (or video) plays. */
  get blocked(): boolean {
    return this.#blocked;
  }

  /** After every render: plays each video whose stream is new to it. */
  watch(videos: Iterable<HTMLVideoElement>): void {
    for (const video of videos) {
      const source = video.srcObject;
      if (!source || this.#started.get(video) === source) continue;
      this.#started.set(video, source);
      void this.#start(video);
    }
  }

  /** From a click or key press: unmutes and plays every video. False when the browser still refuses. */
  async resume(videos: Iterable<HTMLVideoElement>): Promise<boolean> {
    const results = await Promise.allSettled(
      [...videos].map((video) => {
        video.muted = false;
        return video.play();
      }),
    );
    const stillRefused = results.some((r) => r.status === 'rejected' && refused(r.reason));
    this.#set(stillRefused);
    return !stillRefused;
  }

  async #start(video: HTMLVideoElement): Promise<void> {
    // Already waiting for a tap: a newcomer's video would be refused as well, so it starts muted too.
    if (this.#blocked) video.muted = true;
    try {
      await video.play();
    } catch (error) {
      // AbortError and the like: the stream changed under it, and the next render starts the new one.
      if (!refused(error)) return;
      this.#set(true);
      video.muted = true;
      await video.play().catch(() => undefined);
    }
  }

  #set(blocked: boolean): void {
    if (blocked === this.#blocked) return;
    this.#blocked = blocked;
    this.#changed(blocked);
  }
}
