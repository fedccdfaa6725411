import type { EndpointClient } from '../api/endpoint-client';
import type { EndpointError } from '../api/endpoint-error';
import type { DrugSearchResponse, ProductSummary } from '../api/wire';
import { Controller } from './controller';
import { asEndpointError, isAbort } from './failure';

export type SearchPurpose = 'prescribe' | 'current';

export interface DrugSearchState {
  query: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  results: ProductSummary[];
  /** Index of the highlighted result, -1 for none. */
  active: number;
  open: boolean;
  error: EndpointError | undefined;
}

export interface DrugSearchControllerOptions {
  client: () => EndpointClient;
  /** Results asked for. Default 8. */
  limit?: number;
  /** Characters before searching. Default 2. */
  minLength?: number;
  /** Pause after the last keystroke before asking. Default 150 ms. */
  debounceMs?: number;
}

/** Type-ahead over the drug catalogue: debounced, one request at a time, keyboard highlight. */
export class DrugSearchController extends Controller<DrugSearchState> {
  readonly #options: DrugSearchControllerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inflight: AbortController | undefined;

  constructor(options: DrugSearchControllerOptions) {
    super({ query: '', status: 'idle', results: [], active: -1, open: false, error: undefined });
    this.#options = options;
  }

  setQuery(query: string): void {
    clearTimeout(this.#timer);
    this.#inflight?.abort();
    if (query.trim().length < (this.#options.minLength ?? 2)) {
      this.update({ query, status: 'idle', results: [], active: -1, open: false, error: undefined });
      return;
    }
    this.update({ query, status: 'loading' });
    this.#timer = setTimeout(() => void this.#search(query), this.#options.debounceMs ?? 150);
  }

  /** Moves the highlight by `delta`, wrapping, and opens the list when it has results. */
  move(delta: number): void {
    const count = this.state.results.length;
    if (count === 0) return;
    const from = this.state.open ? this.state.active : -1;
    const active = from === -1 ? (delta > 0 ? 0 : count - 1) : (from + delta + count) % count;
    this.update({ active, open: true });
  }

  highlight(index: number): void {
    if (index >= -1 && index < this.state.results.length) this.update({ active: index });
  }

  /** The product at `index` (default: the highlighted one); closes the list. */
  select(index = this.state.active): ProductSummary | undefined {
    const product = this.state.results[index];
    if (product) this.update({ open: false, active: -1, query: product.name });
    return product;
  }

  close(): void {
    this.update({ open: false, active: -1 });
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#inflight?.abort();
    this.update({ query: '', status: 'idle', results: [], active: -1, open: false, error: undefined });
  }

  async #search(query: string): Promise<void> {
    const inflight = new AbortController();
    this.#inflight = inflight;
    try {
      const answer = await this.#options
        .client()
        .get<DrugSearchResponse>(
          'drugs/search',
          { q: query.trim(), limit: this.#options.limit ?? 8 },
          inflight.signal,
        );
      this.update({ status: 'ready', results: answer.results, active: -1, open: true, error: undefined });
    } catch (error) {
      if (isAbort(error)) return;
      this.update({ status: 'error', results: [], active: -1, open: false, error: asEndpointError(error) });
    }
  }
}
