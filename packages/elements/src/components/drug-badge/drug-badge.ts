import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { DrugIssue, MedicationLineInput, PatientContextInput, ProductDetail } from '../../api/wire';
import { DrugCheckController } from '../../controllers/drug-check-controller';
import { SehatCheckedEvent } from '../../events/sehat-checked';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { golonganMark } from '../../internal/golongan-mark';
import { renderIssueBody, renderSources } from '../../internal/render-issue';
import { issueList } from '../../styles/issue-list';
import { base, tierColours, tokens } from '../../styles/tokens';
import { commonTerms, drugTerms } from '../../translations/index';
import { styles } from './drug-badge.styles';

/**
 * The (!) mark beside a prescribed drug. Its colour is the most urgent tier among the findings for this
 * patient; hovering or focusing it shows a short summary; clicking it (or Enter) opens a dialog with the
 * product's basic information, boxed warning, contraindications and this patient's findings with their
 * evidence. Give it `product-code` plus a `patient` to have the server handler check it, or hand it
 * precomputed `issues`.
 *
 * @summary The drug-safety mark beside a prescribed product, with a detail dialog.
 * @tag sehat-drug-badge
 *
 * @event {SehatCheckedEvent} sehat-checked - The findings for this product arrived from the server handler.
 * @event {SehatErrorEvent} sehat-error - The check or the product detail could not be loaded.
 *
 * @csspart mark - The round (!) button.
 * @csspart summary - The tooltip shown on hover and focus.
 * @csspart dialog - The detail dialog.
 * @csspart close - The dialog's close button.
 * @csspart findings - The section with this patient's findings.
 * @csspart issue - One finding.
 * @csspart tier - A finding's tier label.
 * @csspart allergen - The recorded allergen that matched.
 * @csspart basic-info - The product's basic information.
 * @csspart boxed-warning - The boxed warning.
 * @csspart contraindications - The contraindications.
 * @csspart golongan - The golongan mark (green, blue, red K, red cross).
 * @csspart sources - A list of citations.
 *
 * @cssproperty --sehat-badge-size - Diameter of the mark. Default 1.5rem.
 * @cssproperty --sehat-color-critical - Hard-stop and interruptive findings.
 * @cssproperty --sehat-color-warning - Passive findings.
 * @cssproperty --sehat-color-info - Suppressed (information only) findings.
 *
 * @cssstate loading - The check is in flight.
 * @cssstate has-issues - At least one finding.
 * @cssstate interruptive - A finding needs an override reason.
 */
export class SehatDrugBadge extends EndpointElement {
  static override styles = [tokens, base, tierColours, issueList, styles];
  static override properties: PropertyDeclarations = {
    productCode: { attribute: 'product-code' },
    productName: { attribute: 'product-name' },
    lineId: { attribute: 'line-id' },
    patient: { attribute: false },
    currentMedications: { attribute: false },
    otherOrders: { attribute: false },
    issues: { attribute: false },
  };

  /** The product's code in the catalogue (KFA 93…/92… or the host's). */
  productCode = '';

  /** Name used in the accessible label until the product detail is loaded. Default: the code. */
  productName = '';

  /** The line id sent with the check; findings about this line are shown. Default: the product code. */
  lineId = '';

  /** The patient facts the check uses (allergies, pregnancy, age, conditions…). */
  patient: PatientContextInput | undefined;

  /** What the patient already takes, for interactions and duplicates. */
  currentMedications: MedicationLineInput[] | undefined;

  /** The other lines of the same prescription, for interactions between new orders. */
  otherOrders: MedicationLineInput[] | undefined;

  /** Findings computed elsewhere (e.g. by `<sehat-drug-alerts>`); when set, no check request is made. */
  issues: DrugIssue[] | undefined;

  #summaryShown = false;

  readonly #controller = new DrugCheckController(() => this.client());

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  /** The findings shown now. */
  get findings(): DrugIssue[] {
    return this.#controller.state.issues;
  }

  #line(): string {
    return this.lineId || this.productCode;
  }

  /** Asks the server handler to check this product for the patient. */
  async check(): Promise<DrugIssue[] | undefined> {
    const orders: MedicationLineInput[] = [
      { id: this.#line(), productCode: this.productCode },
      ...(this.otherOrders ?? []),
    ];
    const issues = await this.#controller.check(
      {
        orders,
        ...(this.currentMedications ? { currentMedications: this.currentMedications } : {}),
        ...(this.patient ? { patient: this.patient } : {}),
      },
      this.#line(),
    );
    const { error, highestTier } = this.#controller.state;
    if (issues) this.emit(new SehatCheckedEvent({ issues, highestTier }));
    else if (error) this.emitError(error, this.errorText(error));
    return issues;
  }

  /** Opens the detail dialog and loads the product's information. */
  async show(): Promise<void> {
    this.#toggleSummary(false);
    await this.updateComplete;
    this.#dialog()?.showModal();
    if (this.productCode) {
      const product = await this.#controller.loadProduct(this.productCode);
      const { productError } = this.#controller.state;
      if (!product && productError) this.emitError(productError, this.errorText(productError));
    }
  }

  /** Closes the detail dialog. */
  hide(): void {
    this.#dialog()?.close();
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('issues') && this.issues) this.#controller.setIssues(this.issues);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const inputs = [
      'productCode',
      'patient',
      'currentMedications',
      'otherOrders',
      'endpoint',
      'lineId',
    ] as const;
    if (!this.issues && this.productCode && this.endpoint && inputs.some((name) => changed.has(name))) {
      void this.check();
    }
  }

  #toggleSummary(shown: boolean): void {
    this.#summaryShown = shown;
    this.requestUpdate();
  }

  #showSummary = () => this.#toggleSummary(true);

  #hideSummary = () => this.#toggleSummary(false);

  #onKeydown = (event: KeyboardEvent) => {
    // WCAG 1.4.13: content shown on hover or focus can be dismissed without moving the pointer or focus.
    if (event.key === 'Escape' && this.#summaryShown) {
      event.stopPropagation();
      this.#toggleSummary(false);
    }
  };

  protected override render() {
    const terms = this.localize.terms(drugTerms);
    const state = this.#controller.state;
    const name = state.product?.name || this.productName || this.productCode;
    const tier = state.highestTier;
    const count = state.issues.length;
    this.setStates({
      loading: state.status === 'loading',
      'has-issues': count > 0,
      interruptive: state.issues.some((i) => i.overrideRequired),
    });
    return html`
      <button
        part="mark"
        class="mark"
        type="button"
        data-tier=${tier ?? 'none'}
        aria-haspopup="dialog"
        aria-describedby="summary"
        aria-busy=${state.status === 'loading' ? 'true' : 'false'}
        @click=${() => void this.show()}
        @mouseenter=${this.#showSummary}
        @mouseleave=${this.#hideSummary}
        @focus=${this.#showSummary}
        @blur=${this.#hideSummary}
        @keydown=${this.#onKeydown}
      >
        <span aria-hidden="true">${state.status === 'error' ? '?' : count > 0 ? '!' : 'i'}</span>
        <span class="visually-hidden">${terms.badgeLabel(name, count, tier)}</span>
      </button>
      <div part="summary" id="summary" role="tooltip" ?hidden=${!this.#summaryShown}>${this.#summary()}</div>
      <dialog part="dialog" aria-labelledby="title" @keydown=${(e: KeyboardEvent) => e.stopPropagation()}>
        <header>
          <h2 id="title">${name}</h2>
          ${state.product?.golongan ? golonganMark(state.product.golongan, terms.golongan(state.product.golongan)) : nothing}
          <button part="close" class="close" type="button" @click=${() => this.hide()}>
            ${this.localize.terms(commonTerms).close}
          </button>
        </header>
        ${this.#findings()} ${this.#productSections(state.product)}
      </dialog>
    `;
  }

  #summary() {
    const terms = this.localize.terms(drugTerms);
    const state = this.#controller.state;
    if (state.status === 'loading') return this.localize.terms(commonTerms).loading;
    if (state.status === 'error' && state.error) return this.#checkFailure();
    if (state.issues.length === 0) return terms.noFindings;
    return html`${terms.badgeSummary(state.issues.length)}
      <ul>
        ${state.issues.slice(0, 3).map((i) => html`<li>${this.localize.text(i.summary)}</li>`)}
      </ul>`;
  }

  #checkFailure(): string {
    const { error } = this.#controller.state;
    const terms = this.localize.terms(drugTerms);
    if (!error) return '';
    if (error.code === 'NOT_FOUND') return terms.notFoundForCheck;
    if (error.code === 'FORBIDDEN') return terms.forbiddenCheck;
    return this.errorText(error);
  }

  #findings() {
    const terms = this.localize.terms(drugTerms);
    const state = this.#controller.state;
    return html`<section part="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">${terms.findingsForPatient}</h3>
      ${
        state.status === 'error'
          ? html`<p role="alert">${this.#checkFailure()}</p>`
          : state.issues.length === 0
            ? html`<p>${state.status === 'loading' ? this.localize.terms(commonTerms).loading : terms.noFindings}</p>`
            : html`<ul class="issues">
              ${state.issues.map(
                (issue) => html`<li part="issue" class="issue" data-tier=${issue.tier}>
                  ${renderIssueBody(this.localize, issue)}
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  #productSections(product: ProductDetail | undefined) {
    const terms = this.localize.terms(drugTerms);
    const state = this.#controller.state;
    if (state.productStatus === 'loading')
      return html`<section><p>${this.localize.terms(commonTerms).loading}</p></section>`;
    if (state.productStatus === 'error' && state.productError) {
      return html`<section>
        <p role="alert">
          ${state.productError.code === 'NOT_FOUND' ? terms.productNotFound : this.errorText(state.productError)}
        </p>
      </section>`;
    }
    if (!product) return nothing;
    const row = (label: string, value: string | undefined) =>
      value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
    const ingredients = product.ingredients
      .map((i) => (i.strength ? `${i.name} ${i.strength}` : i.name))
      .join(', ');
    return html`
      ${
        product.boxedWarnings.length
          ? html`<section part="boxed-warning" aria-labelledby="boxed-title">
            <h3 id="boxed-title">${terms.boxedWarning}</h3>
            ${product.boxedWarnings.map(
              (w) =>
                html`<div class="boxed"><p>${this.localize.text(w.summary)}</p>${renderSources(this.localize, w.sources)}</div>`,
            )}
          </section>`
          : nothing
      }
      <section part="basic-info" aria-labelledby="basic-title">
        <h3 id="basic-title">${terms.basicInfo}</h3>
        <dl>
          ${row(terms.ingredients, ingredients)} ${row(terms.dosageForm, product.dosageForm)}
          ${row(terms.route, product.route)} ${row(terms.releasePattern, product.releasePattern)}
          ${row(terms.flavour, product.flavour)} ${row(terms.manufacturer, product.manufacturer)}
          ${row(terms.registration, product.registrationNumber)} ${row(terms.packaging, product.packaging)}
          ${row(terms.golonganLabel, product.golongan ? terms.golongan(product.golongan) : undefined)}
          ${row(terms.kfaCode, product.code)}
        </dl>
      </section>
      ${
        product.contraindications.length
          ? html`<section part="contraindications" aria-labelledby="ci-title">
            <h3 id="ci-title">${terms.contraindications}</h3>
            <ul>
              ${product.contraindications.map(
                (c) =>
                  html`<li>${this.localize.text(c.text)} ${renderSources(this.localize, c.sources)}</li>`,
              )}
            </ul>
          </section>`
          : nothing
      }
    `;
  }
}
