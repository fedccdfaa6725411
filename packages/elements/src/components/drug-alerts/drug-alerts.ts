import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type {
  DrugIssue,
  MedicationLineInput,
  OverrideReasonView,
  OverrideRecord,
  PatientContextInput,
  Tier,
} from '../../api/wire';
import { DrugAlertsController } from '../../controllers/drug-alerts-controller';
import { TIERS } from '../../controllers/tiers';
import { SehatCheckedEvent } from '../../events/sehat-checked';
import { SehatOverrideEvent } from '../../events/sehat-override';
import { SehatSignEvent } from '../../events/sehat-sign';
import { SehatSignBlockedEvent } from '../../events/sehat-sign-blocked';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { renderIssueBody } from '../../internal/render-issue';
import { issueList } from '../../styles/issue-list';
import { base, tierColours, tokens } from '../../styles/tokens';
import { alertTerms, commonTerms, drugTerms } from '../../translations/index';
import { styles } from './drug-alerts.styles';

/**
 * Every finding of a prescription, grouped by tier (hard stop, needs a reason, caution, information).
 * Findings that interrupt need a coded override reason before the prescription can be signed: the sign
 * button (or `requestSign()` from the host's own button) refuses until each has one, then fires the
 * cancelable `sehat-sign`, records the reasons through the server handler and emits them.
 *
 * @summary All findings of a prescription, with the override reasons signing needs.
 * @tag sehat-drug-alerts
 *
 * @event {SehatCheckedEvent} sehat-checked - The findings arrived from the server handler.
 * @event {SehatSignBlockedEvent} sehat-sign-blocked - Signing was refused: findings still need a reason.
 * @event {SehatSignEvent} sehat-sign - About to sign with these override reasons; cancel it to veto.
 * @event {SehatOverrideEvent} sehat-override - The override records as the server stored them.
 * @event {SehatErrorEvent} sehat-error - The check or the recording failed.
 *
 * @csspart heading - The heading.
 * @csspart group - The findings of one tier.
 * @csspart issue - One finding.
 * @csspart tier - A finding's tier label.
 * @csspart allergen - The recorded allergen that matched.
 * @csspart reason - The override reason select.
 * @csspart note - The note field some reasons require.
 * @csspart sign-button - The sign button.
 * @csspart status - The live message about signing.
 * @csspart sources - A list of citations.
 *
 * @cssproperty --sehat-color-critical - Hard-stop and interruptive findings, and errors.
 * @cssproperty --sehat-color-warning - Passive findings.
 * @cssproperty --sehat-color-info - Information-only findings.
 * @cssproperty --sehat-color-primary - The sign button.
 *
 * @cssstate blocked - The last sign attempt was refused.
 * @cssstate signed - The reasons were recorded.
 */
export class SehatDrugAlerts extends EndpointElement {
  static override styles = [tokens, base, tierColours, issueList, styles];
  static override properties: PropertyDeclarations = {
    orders: { attribute: false },
    currentMedications: { attribute: false },
    patient: { attribute: false },
    issues: { attribute: false },
    overrideReasons: { attribute: false },
    noSignButton: { attribute: 'no-sign-button', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The prescription's lines; with `patient`, the element asks the server handler to check them. */
  orders: MedicationLineInput[] | undefined;

  /** What the patient already takes. */
  currentMedications: MedicationLineInput[] | undefined;

  /** The patient facts the check uses; `patient.id` is required to record overrides. */
  patient: PatientContextInput | undefined;

  /** Findings computed elsewhere; when set, no check request is made. */
  issues: DrugIssue[] | undefined;

  /** The coded reasons to offer with precomputed `issues`. Default: the server handler's list. */
  overrideReasons: OverrideReasonView[] | undefined;

  /** Hides the built-in sign button when the host signs with its own (calling `requestSign()`). */
  noSignButton = false;

  /** Level of the element's heading (2 to 6), to fit the page's outline. Default 2. */
  headingLevel = 2;

  readonly #controller = new DrugAlertsController(() => this.client());

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  /** The findings shown now. */
  get findings(): DrugIssue[] {
    return this.#controller.state.issues;
  }

  /** True when every finding that needs a reason has one. */
  get canSign(): boolean {
    return this.#controller.unresolved().length === 0;
  }

  /** Asks the server handler to check `orders` for `patient`. */
  async check(): Promise<DrugIssue[] | undefined> {
    if (!this.orders?.length) return undefined;
    const issues = await this.#controller.check({
      orders: this.orders,
      ...(this.currentMedications ? { currentMedications: this.currentMedications } : {}),
      ...(this.patient ? { patient: this.patient } : {}),
    });
    const { error } = this.#controller.state;
    if (issues) {
      const highest = TIERS.find((tier) => issues.some((i) => i.tier === tier));
      this.emit(new SehatCheckedEvent({ issues, highestTier: highest }));
    } else if (error) {
      this.emitError(error, this.errorText(error));
    }
    return issues;
  }

  /**
   * What the host's "sign" calls (the built-in button does too). Resolves true when signing may proceed:
   * every interruptive finding has a reason, no listener vetoed `sehat-sign`, and the reasons were recorded.
   */
  async requestSign(): Promise<boolean> {
    const unresolved = this.#controller.block();
    if (unresolved.length) {
      this.emit(new SehatSignBlockedEvent({ unresolved }));
      await this.updateComplete;
      this.shadowRoot
        ?.querySelector<HTMLElement>(`[data-issue="${CSS.escape(unresolved[0] as string)}"]`)
        ?.focus();
      return false;
    }
    const event = new SehatSignEvent({ overrides: this.#controller.drafts() });
    if (!this.emit(event)) {
      this.#controller.vetoed();
      return false;
    }
    // Listeners may add `coSignedBy` to hard-stop entries: what they leave in the detail is recorded.
    const records: OverrideRecord[] | undefined = await this.#controller.record(event.detail.overrides);
    if (!records) {
      const { error } = this.#controller.state;
      if (error) this.emitError(error, this.errorText(error));
      return false;
    }
    if (records.length) this.emit(new SehatOverrideEvent({ records }));
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('issues') || changed.has('overrideReasons')) && this.issues) {
      this.#controller.setIssues(this.issues, this.overrideReasons);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.issues) {
      if (changed.has('issues') && !this.overrideReasons && this.endpoint)
        void this.#controller.loadReasons();
      return;
    }
    const inputs = ['orders', 'currentMedications', 'patient', 'endpoint'] as const;
    if (this.endpoint && inputs.some((name) => changed.has(name))) void this.check();
  }

  protected override render() {
    const terms = this.localize.terms(alertTerms);
    const state = this.#controller.state;
    this.setStates({ blocked: state.signStatus === 'blocked', signed: state.signStatus === 'signed' });
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const body =
      state.status === 'loading'
        ? html`<p>${this.localize.terms(commonTerms).loading}</p>`
        : state.status === 'error' && state.error
          ? html`<p role="alert">${this.errorText(state.error)}</p>`
          : state.issues.length === 0
            ? html`<p>${state.status === 'ready' ? terms.noIssues : ''}</p>`
            : TIERS.map((tier) => this.#group(tier, level + 1));
    return html`
      <section aria-labelledby="heading">
        <div part="heading" class="heading" id="heading" role="heading" aria-level=${level}>${terms.heading}</div>
        ${body}
        <div class="footer">
          ${
            this.noSignButton
              ? nothing
              : html`<button
                part="sign-button"
                class="sign"
                type="button"
                ?disabled=${state.signStatus === 'signing' || state.status === 'loading'}
                @click=${() => void this.requestSign()}
              >
                ${terms.sign}
              </button>`
          }
          <p part="status" class="status" role="status" data-status=${state.signStatus}>${this.#signText()}</p>
        </div>
      </section>
    `;
  }

  #signText(): string {
    const terms = this.localize.terms(alertTerms);
    const state = this.#controller.state;
    switch (state.signStatus) {
      case 'blocked':
        return terms.signBlocked(state.flagged.length);
      case 'signing':
        return terms.signing;
      case 'signed':
        return terms.signed;
      case 'vetoed':
        return terms.signVetoed;
      case 'error':
        return state.error ? this.errorText(state.error) : '';
      default:
        return '';
    }
  }

  #group(tier: Tier, level: number) {
    const issues = this.#controller.state.issues.filter((i) => i.tier === tier);
    if (issues.length === 0) return nothing;
    const title = `${this.localize.terms(drugTerms).tier(tier)} (${issues.length})`;
    const list = html`<ul class="issues">
      ${issues.map(
        (issue) => html`<li part="issue" class="issue" data-tier=${issue.tier}>
          ${renderIssueBody(this.localize, issue)} ${issue.overrideRequired ? this.#override(issue) : nothing}
        </li>`,
      )}
    </ul>`;
    // Information-only findings stay out of the way, as the alert-fatigue policy asks (spec 6.5).
    if (tier === 'suppressed') {
      return html`<details part="group" class="group" data-tier=${tier}>
        <summary>${this.localize.terms(alertTerms).moreFindings(issues.length)}</summary>
        ${list}
      </details>`;
    }
    return html`<div part="group" class="group" data-tier=${tier}>
      <div class="group-title" role="heading" aria-level=${level}>${title}</div>
      ${list}
    </div>`;
  }

  #override(issue: DrugIssue) {
    const terms = this.localize.terms(alertTerms);
    const state = this.#controller.state;
    const choice = state.choices[issue.id] ?? { reasonCode: '', note: '' };
    const reason = state.overrideReasons.find((r) => r.code === choice.reasonCode);
    const flagged = state.flagged.includes(issue.id);
    const key = issue.id.replace(/[^A-Za-z0-9_-]/g, '_');
    const missingNote = flagged && choice.reasonCode !== '' && reason?.requiresNote && !choice.note.trim();
    return html`<div class="override">
      <label for="reason-${key}">${terms.overrideReason}</label>
      <select
        part="reason"
        id="reason-${key}"
        data-issue=${issue.id}
        aria-invalid=${flagged && !missingNote ? 'true' : 'false'}
        aria-describedby="error-${key}"
        @change=${(e: Event) => this.#controller.choose(issue.id, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${choice.reasonCode === ''}>${terms.chooseReason}</option>
        ${state.overrideReasons.map(
          (r) =>
            html`<option value=${r.code} ?selected=${r.code === choice.reasonCode}>${this.localize.text(r.label)}</option>`,
        )}
      </select>
      ${
        reason?.requiresNote
          ? html`<label for="note-${key}">${terms.overrideNote}</label>
            <textarea
              part="note"
              id="note-${key}"
              rows="2"
              aria-invalid=${missingNote ? 'true' : 'false'}
              aria-describedby="error-${key}"
              .value=${choice.note}
              @input=${(e: Event) => this.#controller.setNote(issue.id, (e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : nothing
      }
      <p class="field-error" id="error-${key}">
        ${flagged ? (missingNote ? terms.noteRequired : terms.reasonRequired) : nothing}
      </p>
    </div>`;
  }
}
