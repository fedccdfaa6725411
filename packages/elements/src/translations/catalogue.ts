type Loader<T> = () => Promise<T>;

/**
 * The texts of one area (common, drugs, bpjs…) per language. Bahasa Indonesia, the default of every
 * element, is always present; other languages load on first use (English ships as its own chunk, so a
 * page in Indonesian never downloads it). A host adds a language or rewords terms with `add`.
 */
export class Catalogue<T> {
  readonly #fallback: T;
  readonly #shipped = new Map<string, T>();
  readonly #overrides = new Map<string, Partial<T>>();
  readonly #loaders = new Map<string, Loader<T>>();
  readonly #loading = new Map<string, Promise<void>>();

  constructor(indonesian: T, loaders: Record<string, Loader<T>> = {}) {
    this.#fallback = indonesian;
    for (const [lang, load] of Object.entries(loaders)) this.#loaders.set(lang, load);
  }

  /** Adds or rewords terms of a language, e.g. `drugTerms.add('jv', {...})`; missing terms fall back to `id`. */
  add(lang: string, terms: Partial<T>): void {
    const key = lang.toLowerCase();
    this.#overrides.set(key, { ...this.#overrides.get(key), ...terms });
  }

  /** The terms for `lang` as far as they are here now; the rest in Bahasa Indonesia (see `load`). */
  pick(lang: string): T {
    const [tag, primary] = keys(lang);
    const key = this.#overrides.has(tag) || this.#shipped.has(tag) ? tag : primary;
    return { ...this.#fallback, ...this.#shipped.get(key), ...this.#overrides.get(key) };
  }

  /** False while a shipped language still has to be fetched for `lang`. */
  has(lang: string): boolean {
    const [, primary] = keys(lang);
    return !this.#loaders.has(primary) || this.#shipped.has(primary);
  }

  /** Fetches a shipped language once; resolves when `pick` returns it. */
  load(lang: string): Promise<void> {
    const [, primary] = keys(lang);
    const loader = this.#loaders.get(primary);
    if (!loader || this.#shipped.has(primary)) return Promise.resolve();
    let loading = this.#loading.get(primary);
    if (!loading) {
      loading = loader().then((terms) => {
        this.#shipped.set(primary, terms);
      });
      this.#loading.set(primary, loading);
    }
    return loading;
  }
}

function keys(lang: string): [string, string] {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0] || 'id';
  // `in` is the withdrawn ISO 639 code for Indonesian that some older systems still send.
  return [tag, primary === 'in' ? 'id' : primary];
}
