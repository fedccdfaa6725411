/**
 * A headless controller: state plus the operations that change it, with no rendering. Elements bind to
 * one; a React or Vue host that does not want our markup can drive the same controller itself.
 */
export abstract class Controller<S extends object> {
  #state: S;
  readonly #listeners = new Set<(state: S) => void>();

  protected constructor(initial: S) {
    this.#state = initial;
  }

  get state(): Readonly<S> {
    return this.#state;
  }

  /** Calls `listener` now and after every change; returns the function that stops it. */
  subscribe(listener: (state: S) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  protected update(patch: Partial<S>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }
}
