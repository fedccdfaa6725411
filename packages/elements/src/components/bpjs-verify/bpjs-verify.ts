import { formatDate, formatIdentifier, formatRupiah, type IdentifierKind } from '@sehatkit/sdk/format';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { MemberView } from '../../api/wire';
import { BpjsVerifyController } from '../../controllers/bpjs-verify-controller';
import { SehatVerifiedEvent } from '../../events/sehat-verified';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { base, tokens } from '../../styles/tokens';
import { bpjsTerms } from '../../translations/index';
import { styles } from './bpjs-verify.styles';

/**
 * Checks BPJS Kesehatan membership by card number (13 digits) or NIK (16 digits). The number is parsed,
 * formatted and validated in the browser before any request; the lookup goes to the host's server
 * handler (`POST {endpoint}/bpjs/members/lookup`), which holds the BPJS credentials.
 *
 * @summary BPJS membership check: active or not, class, member type, registered FKTP, arrears.
 * @tag sehat-bpjs-verify
 *
 * @event {SehatVerifiedEvent} sehat-verified - The member was found; `detail.member.active` tells whether JKN covers them.
 * @event {SehatErrorEvent} sehat-error - The lookup failed (not found, not authorised, BPJS unavailable…); the element shows why.
 *
 * @csspart form - The form around the input and the button.
 * @csspart label - The input's label.
 * @csspart input - The number input.
 * @csspart button - The verify button.
 * @csspart help - The help text under the input.
 * @csspart error - The validation message.
 * @csspart result - The live region holding the outcome.
 * @csspart member - The member card shown after a successful lookup.
 * @csspart status-badge - "Aktif" / "Tidak aktif".
 * @csspart details - The list of membership facts.
 * @csspart message - The text shown when the lookup failed.
 *
 * @cssproperty --sehat-color-primary - Button colour.
 * @cssproperty --sehat-color-success - Colour of the active status.
 * @cssproperty --sehat-color-critical - Colour of the inactive status and of errors.
 * @cssproperty --sehat-radius - Corner radius.
 * @cssproperty --sehat-font-family - Font.
 *
 * @cssstate loading - A lookup is in flight.
 * @cssstate verified - A member is shown.
 * @cssstate inactive - The member shown is not active.
 * @cssstate invalid - The number was rejected before any request.
 */
export class SehatBpjsVerify extends EndpointElement {
  static override styles = [tokens, base, styles];
  static override properties: PropertyDeclarations = { kind: {}, label: {} };

  /** Accept only `card` numbers or only `nik`. Default: either, told apart by their length. */
  kind: IdentifierKind | '' = '';

  /** Replaces the default label ("Nomor kartu BPJS atau NIK"). */
  label = '';

  /** The member found by the last lookup, if any. */
  get member(): MemberView | undefined {
    return this.#controller.state.member;
  }

  readonly #controller = new BpjsVerifyController({
    client: () => this.client(),
    kind: () => this.kind || undefined,
  });

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  /** Looks up the number currently in the input. Resolves with the member, or undefined on failure. */
  async verify(): Promise<MemberView | undefined> {
    const member = await this.#controller.verify();
    const state = this.#controller.state;
    if (member) this.emit(new SehatVerifiedEvent({ by: state.kind ?? 'card', member }));
    else if (state.error) this.emitError(state.error, this.#failureText());
    else if (state.issue) this.#input()?.focus();
    return member;
  }

  /** Clears the number and the result. */
  reset(): void {
    this.#controller.reset();
    const input = this.#input();
    if (input) input.value = '';
  }

  #input(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector('input');
  }

  #onInput = (event: Event) => {
    this.#controller.setInput((event.target as HTMLInputElement).value);
  };

  #onBlur = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.value.trim() === '') return;
    const parsed = this.#controller.validate();
    // Lion-style formatting: shown in groups once the user leaves the field, never while typing.
    if (parsed.ok) input.value = formatIdentifier(parsed.kind, parsed.value);
  };

  #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.verify();
  };

  #failureText(): string {
    const { status, error, kind } = this.#controller.state;
    const terms = this.localize.terms(bpjsTerms);
    if (status === 'not-found') return terms.notFound(kind ?? 'card');
    if (status === 'forbidden') return terms.forbidden;
    if (status === 'unavailable' && error?.code === 'TRANSPORT_FAILED') return terms.unavailable;
    return error ? this.errorText(error) : '';
  }

  protected override render() {
    const terms = this.localize.terms(bpjsTerms);
    const state = this.#controller.state;
    const kind = this.kind || undefined;
    this.setStates({
      loading: state.status === 'loading',
      verified: state.status === 'verified',
      inactive: state.status === 'verified' && state.member?.active === false,
      invalid: state.status === 'invalid',
    });
    const issue = state.issue;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <label part="label" for="number">${this.label || terms.label(kind)}</label>
        <div class="control">
          <input
            part="input"
            id="number"
            name="number"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="help error"
            aria-invalid=${issue ? 'true' : 'false'}
            @input=${this.#onInput}
            @blur=${this.#onBlur}
          />
          <button part="button" type="submit" ?disabled=${state.status === 'loading'}>${terms.verify}</button>
        </div>
        <p part="help" class="help" id="help">${terms.help(kind)}</p>
        <p part="error" class="error" id="error">
          ${issue ? terms.identifierIssue(issue.code, issue.expected, issue.actual) : nothing}
        </p>
      </form>
      <div part="result" class="result" role="status" aria-label=${terms.result}>${this.#renderResult()}</div>
    `;
  }

  #renderResult() {
    const state = this.#controller.state;
    const terms = this.localize.terms(bpjsTerms);
    switch (state.status) {
      case 'loading':
        return html`<p part="message" class="message" data-status="loading">${terms.checking}</p>`;
      case 'verified':
        return state.member ? this.#renderMember(state.member) : nothing;
      case 'not-found':
      case 'forbidden':
      case 'unavailable':
      case 'error':
        return html`<p part="message" class="message" data-status=${state.status}>${this.#failureText()}</p>`;
      default:
        return nothing;
    }
  }

  #renderMember(member: MemberView) {
    const terms = this.localize.terms(bpjsTerms);
    const coded = (c: { code: string; name: string } | null) => (c ? c.name || c.code : '—');
    const reasons = member.active
      ? []
      : [
          member.statusDescription,
          ...(member.arrears > 0
            ? [terms.arrearsReason(formatRupiah(member.arrears, this.localize.intlLocale()))]
            : []),
        ].filter(Boolean);
    return html`
      <section part="member" class="member" data-active=${String(member.active)}>
        <p class="status">
          <span part="status-badge" class="status-badge">${member.active ? terms.active : terms.inactive}</span>
          <span>${member.name}</span>
        </p>
        <dl part="details">
          <dt>${terms.cardNumber}</dt>
          <dd>${formatIdentifier('card', member.memberNumber)}</dd>
          <dt>${terms.careClass}</dt>
          <dd>${coded(member.careClass)}</dd>
          <dt>${terms.memberType}</dt>
          <dd>${coded(member.memberType)}</dd>
          <dt>${terms.provider}</dt>
          <dd>
            ${
              member.primaryCareProvider
                ? `${member.primaryCareProvider.name} (${member.primaryCareProvider.code})`
                : '—'
            }
          </dd>
          <dt>${terms.arrears}</dt>
          <dd>${member.arrears > 0 ? formatRupiah(member.arrears, this.localize.intlLocale()) : terms.noArrears}</dd>
          ${
            member.coverageEnd
              ? html`<dt>${terms.coverageEnd}</dt>
                <dd>${formatDate(member.coverageEnd, this.localize.intlLocale())}</dd>`
              : nothing
          }
          ${
            reasons.length
              ? html`<dt>${terms.statusReason}</dt>
                <dd>${reasons.join(' ')}</dd>`
              : nothing
          }
        </dl>
      </section>
    `;
  }
}
