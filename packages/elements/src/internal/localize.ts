import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../translations/catalogue';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: elements re-render when <html lang> or <html dir> changes.
const connected = new Set<Host>();
let observer: MutationObserver | undefined;

function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of connected) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * Picks the element's language the way HTML inherits it: the element's own `lang`, else the nearest
 * ancestor with one, else `<html lang>`, else Bahasa Indonesia.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    watchDocument();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** The BCP 47 tag in effect, e.g. `id`, `en-GB`. */
  lang(): string {
    const own = this.#host.lang || this.#host.parentElement?.closest<HTMLElement>('[lang]')?.lang;
    return own || document.documentElement.lang || 'id';
  }

  dir(): 'ltr' | 'rtl' {
    const own = this.#host.dir || this.#host.parentElement?.closest<HTMLElement>('[dir]')?.dir;
    return (own || document.documentElement.dir) === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * The terms of `catalogue` for the current language. A language that is not loaded yet shows Bahasa
   * Indonesia for a moment and re-renders the element once it arrives.
   */
  terms<T>(catalogue: Catalogue<T>): T {
    const lang = this.lang();
    if (!catalogue.has(lang)) {
      const loading = catalogue.load(lang).then(
        () => this.#host.requestUpdate(),
        () => undefined,
      );
      this.#loading.add(loading);
      void loading.finally(() => this.#loading.delete(loading));
    }
    return catalogue.pick(lang);
  }

  readonly #loading = new Set<Promise<void>>();

  /** True while a language the last render asked for is still being fetched. */
  get loading(): boolean {
    return this.#loading.size > 0;
  }

  /** Resolves once every language asked for so far has arrived (or failed) and its re-render is requested. */
  async loaded(): Promise<void> {
    await Promise.all(this.#loading);
  }

  /** Picks the English or Indonesian side of a bilingual text from the knowledge base. */
  text(value: { id: string; en: string }): string {
    return this.lang().toLowerCase().startsWith('en') ? value.en : value.id;
  }

  /** The language as `Intl` accepts it, for `formatDate` and `formatRupiah` of `@sehatkit/sdk/format`. */
  intlLocale(): string {
    const lang = this.lang();
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'id';
    } catch {
      return 'id';
    }
  }
}
