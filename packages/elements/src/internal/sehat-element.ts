import { LitElement, type PropertyDeclarations } from 'lit';
import { VERSION } from './version';

/** A registered SehatKit element remembers which package version defined it. */
interface VersionedConstructor extends CustomElementConstructor {
  sehatVersion?: string;
}

/**
 * Base of every SehatKit element: typed events that leave the shadow root, a registration that tolerates
 * two copies of the library on one page, and reactive `lang`/`dir` for the LocalizeController.
 */
export class SehatElement extends LitElement {
  static readonly sehatVersion: string = VERSION;

  // Declared, not decorated: decorators cost a runtime helper in every element's bundle.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    dir: { reflect: true },
  };

  // No initialisers: an empty `lang` attribute would mean "unknown language" rather than "inherit".
  /** Language of the element's own text (`id` or `en`); inherited from the page when absent. */
  declare lang: string;

  /** Text direction; inherited from the page when absent. */
  declare dir: string;

  /**
   * Registers the element under `tag`. Safe to call more than once. When another copy of SehatKit (say a
   * second WordPress plugin that bundles it) already registered the tag, the first registration stays and
   * a warning names both versions, because a registry cannot hold two classes for one tag.
   */
  // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass `define` was called on.
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const registered = customElements.get(tag) as VersionedConstructor | undefined;
    if (!registered) {
      customElements.define(tag, ctor);
      return;
    }
    if (registered === ctor) return;
    const theirs = registered.sehatVersion ?? 'an unknown version';
    const ours = (ctor as VersionedConstructor).sehatVersion ?? VERSION;
    if (theirs !== ours) {
      console.warn(
        `<${tag}> is already registered by SehatKit ${theirs}; this page also loads SehatKit ${ours}, which is ignored.`,
      );
    }
  }

  #internals: ElementInternals | undefined;

  /**
   * Sets the custom states hosts style with `:state(name)`, e.g. `sehat-bpjs-verify:state(loading)`.
   * Browsers without CustomStateSet simply match nothing.
   */
  protected setStates(states: Record<string, boolean>): void {
    this.#internals ??= this.attachInternals();
    const set = this.#internals.states as Set<string> | undefined;
    if (!set) return;
    for (const [name, on] of Object.entries(states)) {
      if (on) set.add(name);
      else set.delete(name);
    }
  }

  /**
   * Dispatches one of SehatKit's typed events from the host element and tells whether the listeners let
   * it proceed (false when a listener called `preventDefault()` on a cancelable event).
   */
  emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
