import { html, nothing, type PropertyDeclarations } from 'lit';
import type { ProductSummary } from '../../api/wire';
import { DrugSearchController, type SearchPurpose } from '../../controllers/drug-search-controller';
import { SehatDrugSelectEvent } from '../../events/sehat-drug-select';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { golonganMark } from '../../internal/golongan-mark';
import { base, tokens } from '../../styles/tokens';
import { drugTerms, searchTerms } from '../../translations/index';
import { styles } from './drug-search.styles';

let instances = 0;

/**
 * Type-ahead over the drug catalogue (brand and generic names, Indonesian spellings, typos) through the
 * host's server handler (`GET {endpoint}/drugs/search`). Follows the ARIA combobox pattern: arrow keys move
 * through the list, Enter picks, Escape closes the list and, pressed again, clears the box. Each result
 * shows its golongan mark.
 *
 * @summary Drug type-ahead for prescribing and for "obat yang sedang dikonsumsi".
 * @tag sehat-drug-search
 *
 * @event {SehatDrugSelectEvent} sehat-drug-select - The user picked a product.
 * @event {SehatErrorEvent} sehat-error - The search failed.
 *
 * @csspart label - The label above the box.
 * @csspart input - The search box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart golongan - A result's golongan mark.
 * @csspart help - The help text.
 * @csspart message - "Searching…", "no results" and failures.
 *
 * @cssproperty --sehat-search-max-height - Height of the result list before it scrolls. Default 20rem.
 * @cssproperty --sehat-color-primary - Background of the highlighted result.
 *
 * @cssstate open - The result list is shown.
 * @cssstate loading - A search is in flight.
 */
export class SehatDrugSearch extends EndpointElement {
  static override styles = [tokens, base, styles];
  static override properties: PropertyDeclarations = {
    purpose: {},
    label: {},
    placeholder: {},
    clearOnSelect: { attribute: 'clear-on-select', type: Boolean },
  };

  /** `prescribe` (default) for a new order, `current` for what the patient already takes. */
  purpose: SearchPurpose = 'prescribe';

  /** Replaces the default label. */
  label = '';

  /** Replaces the default placeholder. */
  placeholder = '';

  /** Empties the box after a pick, for adding several medicines one after another. */
  clearOnSelect = false;

  /** The product picked last. */
  selected: ProductSummary | undefined;

  // Ids are per shadow root already; the counter keeps them readable when debugging several instances.
  readonly #id = `s${++instances}`;

  readonly #controller = new DrugSearchController({ client: () => this.client() });

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  #input(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector('input');
  }

  #pick(index?: number): void {
    const product = this.#controller.select(index);
    if (!product) return;
    this.selected = product;
    const input = this.#input();
    if (input) input.value = this.clearOnSelect ? '' : product.name;
    if (this.clearOnSelect) this.#controller.clear();
    this.emit(
      new SehatDrugSelectEvent({ product, purpose: this.purpose === 'current' ? 'current' : 'prescribe' }),
    );
  }

  #onInput = (event: Event) => {
    this.#controller.setQuery((event.target as HTMLInputElement).value);
  };

  #onKeydown = (event: KeyboardEvent) => {
    const state = this.#controller.state;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.#controller.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        if (state.open && state.active >= 0) {
          event.preventDefault();
          this.#pick();
        }
        break;
      case 'Escape':
        if (state.open) {
          event.preventDefault();
          this.#controller.close();
        } else if (state.query) {
          event.preventDefault();
          this.#controller.clear();
          const input = this.#input();
          if (input) input.value = '';
        }
        break;
    }
  };

  protected override updated(): void {
    const { active, open } = this.#controller.state;
    if (open && active >= 0) {
      this.shadowRoot?.getElementById(`${this.#id}-o${active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override render() {
    const terms = this.localize.terms(searchTerms);
    const names = this.localize.terms(drugTerms);
    const state = this.#controller.state;
    const id = this.#id;
    const open = state.open && state.results.length > 0;
    this.setStates({ open, loading: state.status === 'loading' });
    const message =
      state.status === 'loading'
        ? terms.searching
        : state.status === 'error' && state.error
          ? this.errorText(state.error)
          : state.status === 'ready'
            ? terms.resultCount(state.results.length)
            : '';
    return html`
      <label part="label" for="${id}-input">${this.label || terms.label(this.purpose)}</label>
      <input
        part="input"
        id="${id}-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-list"
        aria-activedescendant=${open && state.active >= 0 ? `${id}-o${state.active}` : nothing}
        aria-describedby="${id}-help"
        placeholder=${this.placeholder || terms.placeholder}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
        @blur=${() => this.#controller.close()}
      />
      <ul part="listbox" id="${id}-list" role="listbox" aria-label=${this.label || terms.label(this.purpose)} ?hidden=${!open}>
        ${
          open
            ? state.results.map(
                (product, index) => html`<li
                part="option"
                id="${id}-o${index}"
                role="option"
                aria-selected=${index === state.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @mousemove=${() => this.#controller.highlight(index)}
                @click=${() => this.#pick(index)}
              >
                ${product.golongan ? golonganMark(product.golongan, names.golongan(product.golongan)) : html`<span></span>`}
                <span class="name">${product.name}</span>
                <span class="meta">
                  ${[
                    product.ingredients
                      .map((i) => (i.strength ? `${i.name} ${i.strength}` : i.name))
                      .join(', '),
                    product.dosageForm,
                    product.manufacturer,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>`,
              )
            : nothing
        }
      </ul>
      <p part="help" class="help" id="${id}-help">${terms.help}</p>
      <p part="message" class="message" role="status" data-status=${state.status}>${message}</p>
    `;
  }
}
