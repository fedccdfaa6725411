/**
 * Who still has an event stream open. A browser that closes its tab never says goodbye (and PeerJS's own
 * close does not reach the other side: peerjs #780, #1032), so a participant whose last stream dropped
 * counts as gone once `graceMs` passes without a new one: long enough for a refresh or a network blip.
 */
export class Presence {
  readonly #streams = new Map<string, number>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #rooms = new Map<string, string>();
  readonly #graceMs: number;
  readonly #gone: (participantId: string) => Promise<void>;

  constructor(graceMs: number, gone: (participantId: string) => Promise<void>) {
    this.#graceMs = graceMs;
    this.#gone = gone;
  }

  /** Counts one open stream; the returned function counts it closed. */
  connect(participantId: string, roomId?: string): () => void {
    clearTimeout(this.#timers.get(participantId));
    this.#timers.delete(participantId);
    if (roomId) this.#rooms.set(participantId, roomId);
    this.#streams.set(participantId, (this.#streams.get(participantId) ?? 0) + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.#streams.get(participantId) ?? 1) - 1;
      if (left > 0) {
        this.#streams.set(participantId, left);
        return;
      }
      this.#streams.delete(participantId);
      const timer = setTimeout(() => {
        this.#timers.delete(participantId);
        this.#rooms.delete(participantId);
        void this.#gone(participantId).catch(() => undefined);
      }, this.#graceMs);
      timer.unref?.();
      this.#timers.set(participantId, timer);
    };
  }

  forgetRoom(roomId: string): void {
    for (const [participantId, room] of this.#rooms) {
      if (room !== roomId) continue;
      clearTimeout(this.#timers.get(participantId));
      this.#timers.delete(participantId);
      this.#rooms.delete(participantId);
    }
  }

  close(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
