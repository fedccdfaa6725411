import {
  addDays,
  BOOKING_PATHS,
  type CatalogService,
  deviceTimeZone,
  formatDay,
  formatTime,
  groupByPartOfDay,
  localDate,
  localDayRange,
  type SlotView,
  timeZoneLabel,
} from '@sehatkit/sdk/booking';
import { formatRupiah } from '@sehatkit/sdk/format';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { Bind } from '../../internal/bind';
import { EndpointElement } from '../../internal/endpoint-element';
import { base, tokens } from '../../styles/tokens';
import { styles } from './booking.styles';
import { BookingController } from './booking-controller';
import {
  SehatBookingConfirmedEvent,
  SehatBookingFailedEvent,
  SehatBookingSubmitEvent,
  SehatPaymentRequiredEvent,
  SehatSlotSelectEvent,
} from './booking-events';
import { type BookingTerms, bookingTerms } from './booking-terms';
import {
  emptyPatient,
  type FieldProblem,
  fieldOfIssue,
  type PatientField,
  type PatientInput,
  toPatientDetails,
  validatePatient,
} from './patient-form';

/** Zones offered in the picker besides the reader's own and the practitioners': WIB, WITA, WIT. */
const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

/**
 * Online booking rendered in the page (no iframe): service and practitioner, a date, free times grouped by
 * part of day in the reader's time zone, the patient's details with consent, then confirmation with
 * "add to calendar", or payment first for paid services. Several on one page work independently.
 *
 * @summary Book an appointment: slots, patient details, confirmation with .ics, payment hold.
 * @tag sehat-booking
 *
 * @event {SehatSlotSelectEvent} sehat-slot-select - The patient picked a time.
 * @event {SehatBookingSubmitEvent} sehat-booking-submit - About to send; cancelable.
 * @event {SehatBookingConfirmedEvent} sehat-booking-confirmed - The appointment is confirmed.
 * @event {SehatBookingFailedEvent} sehat-booking-failed - Refused or not sent; `reason: 'slot_taken'` when someone was faster.
 * @event {SehatPaymentRequiredEvent} sehat-payment-required - The slot is held until payment; cancelable.
 * @event {SehatErrorEvent} sehat-error - A request to the server handler failed.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The title.
 * @csspart pickers - Service and practitioner choice.
 * @csspart time-zone - The time-zone note and picker.
 * @csspart dates - The row of dates.
 * @csspart date - One date button.
 * @csspart slots - The free times of the chosen date.
 * @csspart slot - One time button.
 * @csspart summary - The chosen appointment, above the form and on the confirmation.
 * @csspart form - The patient details form.
 * @csspart submit - The send button.
 * @csspart notice - Announcements (slot taken, payment pending).
 * @csspart error - Failures.
 * @csspart confirmation - The confirmation.
 * @csspart calendar-link - "Add to calendar".
 * @csspart pay - The link to the payment page.
 *
 * @cssproperty --sehat-color-primary - Buttons and the chosen date and time.
 * @cssproperty --sehat-color-critical - Field errors and failures.
 * @cssproperty --sehat-color-success - The confirmation.
 * @cssproperty --sehat-radius - Corner radius.
 * @cssproperty --sehat-font-family - Font.
 *
 * @cssstate loading - Slots are being fetched.
 * @cssstate submitting - The booking is being sent.
 * @cssstate confirmed - The confirmation is shown.
 */
export class SehatBooking extends EndpointElement {
  static override styles = [tokens, base, styles];
  static override properties: PropertyDeclarations = {
    service: {},
    practitioner: {},
    timeZone: { attribute: 'time-zone' },
    lockTimeZone: { attribute: 'lock-time-zone', type: Boolean },
    date: {},
    days: { type: Number },
    heading: {},
    patientName: { attribute: 'patient-name' },
    patientEmail: { attribute: 'patient-email' },
    patientPhone: { attribute: 'patient-phone' },
    patientBirthDate: { attribute: 'patient-birth-date' },
    payer: {},
    appointmentId: { attribute: 'appointment-id' },
  };

  /** A service id to book; the service picker is hidden. Default: the patient chooses. */
  service = '';
  /** A practitioner id; the practitioner picker is hidden. Default: the patient chooses, or anyone. */
  practitioner = '';
  /** The IANA zone times are shown in, e.g. `Asia/Makassar`. Default: the device's zone. */
  timeZone = '';
  /** Hide the time-zone picker and always show `time-zone`. */
  lockTimeZone = false;
  /** The first date to show, `yyyy-mm-dd`. Default: today. */
  date = '';
  /** How many dates show at once. Default 7. */
  days = 7;
  /** Replaces the title ("Buat janji temu"). */
  heading = '';
  /** Prefills the patient's name. */
  patientName = '';
  patientEmail = '';
  patientPhone = '';
  /** `yyyy-mm-dd`. */
  patientBirthDate = '';
  /** `general` or `bpjs`. */
  payer = '';
  /** Resume an appointment, e.g. on the page the payment gateway returns to: shows its state. */
  appointmentId = '';

  readonly #controller = new BookingController({ client: () => this.client() });
  #patient: PatientInput = emptyPatient();
  #problems = new Map<PatientField, FieldProblem>();
  #showPayLink = true;
  #calendarUrl: string | undefined;
  #focusNext: string | undefined;

  constructor() {
    super();
    new Bind(this, this.#controller);
  }

  /** The controller behind the widget, for hosts that want its state. */
  get controller(): BookingController {
    return this.#controller;
  }

  #zone(): string {
    return this.timeZone || deviceTimeZone();
  }

  #terms(): BookingTerms {
    return this.localize.terms(bookingTerms);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (first) {
      this.#patient = {
        ...this.#patient,
        name: this.patientName,
        email: this.patientEmail,
        phone: this.patientPhone,
        birthDate: this.patientBirthDate,
        payer: this.payer === 'bpjs' ? 'bpjs' : 'general',
      };
    }
    if (
      first ||
      changed.has('service') ||
      changed.has('practitioner') ||
      changed.has('timeZone') ||
      changed.has('date') ||
      changed.has('days')
    ) {
      const zone = this.#zone();
      const today = localDate(Date.now(), zone);
      void this.#controller.configure({
        serviceId: this.service || this.#controller.state.serviceId,
        practitionerId: this.practitioner,
        timeZone: zone,
        firstDate: this.date && this.date > today ? this.date : today,
        days: Math.max(1, Math.min(31, Math.floor(this.days) || 7)),
      });
    }
    if (first || changed.has('endpoint')) {
      if (this.endpoint) void this.#controller.loadCatalog();
    }
    if ((first || changed.has('appointmentId')) && this.appointmentId && this.endpoint) {
      void this.#controller.check(this.appointmentId).then((a) => a && this.#confirmed(undefined));
    }
  }

  /** Moves focus to `selector` after the next render (which this requests). */
  #focus(selector: string): void {
    this.#focusNext = selector;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.#focusNext) return;
    const target = this.shadowRoot?.querySelector<HTMLElement>(this.#focusNext);
    this.#focusNext = undefined;
    target?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revokeCalendar();
  }

  #revokeCalendar(): void {
    if (this.#calendarUrl) URL.revokeObjectURL(this.#calendarUrl);
    this.#calendarUrl = undefined;
  }

  #confirmed(ics: string | undefined): void {
    const appointment = this.#controller.state.appointment;
    if (!appointment) return;
    this.#focus('#done');
    this.emit(new SehatBookingConfirmedEvent({ appointment, ics }));
  }

  // ---- choosing ----

  #chooseSlot(slot: SlotView): void {
    this.#controller.chooseSlot(slot);
    this.#focus('#name');
    this.emit(new SehatSlotSelectEvent({ serviceId: this.#controller.state.serviceId, slot }));
  }

  #onService = (e: Event) =>
    void this.#controller.configure({ serviceId: (e.target as HTMLSelectElement).value });
  #onPractitioner = (e: Event) =>
    void this.#controller.configure({ practitionerId: (e.target as HTMLSelectElement).value });
  #onZone = (e: Event) => {
    this.timeZone = (e.target as HTMLSelectElement).value;
  };

  // ---- the form ----

  #onField = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const name = input.name as keyof PatientInput;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    this.#patient = { ...this.#patient, [name]: value };
    // A corrected field stops showing its old problem at once; new problems wait for submit.
    if (this.#problems.has(name as PatientField)) {
      const now = validatePatient(this.#patient, this.#today());
      const problem = now.get(name as PatientField);
      if (problem) this.#problems.set(name as PatientField, problem);
      else this.#problems.delete(name as PatientField);
    }
    this.requestUpdate();
  };

  #today(): string {
    return localDate(Date.now(), this.#zone());
  }

  #onSubmit = async (e: Event) => {
    e.preventDefault();
    const slot = this.#controller.state.slot;
    if (!slot) return;
    this.#problems = validatePatient(this.#patient, this.#today());
    if (this.#problems.size > 0) {
      this.#focus(`#${[...this.#problems.keys()][0]}`);
      this.requestUpdate();
      return;
    }
    const request = {
      serviceId: this.#controller.state.serviceId,
      practitionerId: slot.practitionerId,
      start: slot.start,
      patient: toPatientDetails(this.#patient),
      consent: true as const,
      locale: this.localize.lang().toLowerCase().startsWith('en') ? ('en' as const) : ('id' as const),
      timeZone: this.#zone(),
    };
    if (!this.emit(new SehatBookingSubmitEvent({ request }))) {
      this.#controller.vetoed();
      return;
    }
    this.#revokeCalendar();
    const result = await this.#controller.submit(request);
    if (result?.status === 'confirmed') {
      this.#confirmed(result.ics);
    } else if (result?.status === 'payment_required') {
      this.#showPayLink = this.emit(
        new SehatPaymentRequiredEvent({ appointment: result.appointment, payment: result.payment }),
      );
      this.#focus('#pay-heading');
    } else {
      this.#failed();
    }
  };

  #failed(): void {
    const { notice, issues } = this.#controller.state;
    const error = this.#controller.lastFailure;
    if (!error) return;
    const message = notice === 'slot_taken' ? this.#terms().slotTaken : this.errorText(error);
    this.emit(new SehatBookingFailedEvent({ code: error.code, reason: error.reason, message }));
    if (notice === 'slot_taken') this.#focus('[part=notice]');
    else if (error.code !== 'VALIDATION_FAILED') this.emitError(error, message);
    const field = issues.map((i) => fieldOfIssue(i.path)).find(Boolean);
    if (field) this.#focus(`#${field}`);
  }

  // ---- rendering ----

  protected override render() {
    const state = this.#controller.state;
    const t = this.#terms();
    this.setStates({
      loading: state.loading,
      submitting: state.step === 'submitting',
      confirmed: state.step === 'confirmed',
    });
    let body: unknown;
    if (state.step === 'confirmed') body = this.#renderConfirmed(t);
    else if (state.step === 'payment') body = this.#renderPayment(t);
    else if (state.step === 'choose') body = this.#renderChoose(t);
    else body = this.#renderDetails(t);
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${this.heading || t.heading}</h2>
      ${body}
      <p part="notice" class="notice" role="status" tabindex="-1">${this.#noticeText(t)}</p>
      ${
        state.error && state.notice !== 'slot_taken' && state.error.code !== 'VALIDATION_FAILED'
          ? html`<p part="error" class="failure" role="alert">${this.errorText(state.error)}</p>`
          : nothing
      }
    </section>`;
  }

  #noticeText(t: BookingTerms): string {
    switch (this.#controller.state.notice) {
      case 'slot_taken':
        return t.slotTaken;
      case 'payment_pending':
        return t.paymentPending;
      case 'payment_expired':
        return t.paymentExpired;
      case 'payment_refunded':
        return t.paymentRefunded;
      case 'cancelled':
        return t.cancelled;
      case 'vetoed':
        return t.vetoed;
      default:
        return '';
    }
  }

  #service(): CatalogService | undefined {
    const { catalog, serviceId } = this.#controller.state;
    return catalog?.services.find((s) => s.id === serviceId);
  }

  #practitionerName(id: string): string {
    const p = this.#controller.state.catalog?.practitioners.find((x) => x.id === id);
    return p ? (p.title ? `${p.name}, ${p.title}` : p.name) : '';
  }

  #renderChoose(t: BookingTerms) {
    const state = this.#controller.state;
    const locale = this.localize.intlLocale();
    const zone = this.#zone();
    const service = this.#service();
    const practitioners = (state.catalog?.practitioners ?? []).filter((p) =>
      service?.practitionerIds.includes(p.id),
    );
    const zones = [
      ...new Set([deviceTimeZone(), ...INDONESIAN_ZONES, ...practitioners.map((p) => p.timeZone), zone]),
    ];
    const byDate = new Map<string, SlotView[]>();
    for (const slot of state.slots) {
      const date = localDate(Date.parse(slot.start), zone);
      const list = byDate.get(date) ?? [];
      // With "whoever is available", one button per time: the first practitioner free then takes it.
      if (!list.some((s) => s.start === slot.start)) list.push(slot);
      byDate.set(date, list);
    }
    const dates = Array.from({ length: state.days }, (_, i) => addDays(state.firstDate, i));
    const daySlots = state.date ? (byDate.get(state.date) ?? []) : [];
    return html`
      <div part="pickers" class="pickers">
        ${
          this.service
            ? nothing
            : html`<label>
                <span>${t.service}</span>
                <select id="service" @change=${this.#onService}>
                  <option value="" ?selected=${!state.serviceId} disabled>${t.chooseService}</option>
                  ${(state.catalog?.services ?? []).map(
                    (s) => html`<option value=${s.id} ?selected=${s.id === state.serviceId}>
                      ${this.localize.text(s.name)}${s.priceIdr > 0 ? ` (${formatRupiah(s.priceIdr, locale)})` : ''}
                    </option>`,
                  )}
                </select>
              </label>`
        }
        ${
          this.practitioner || !service
            ? nothing
            : html`<label>
                <span>${t.practitioner}</span>
                <select id="practitioner" @change=${this.#onPractitioner}>
                  <option value="" ?selected=${!state.practitionerId}>${t.anyPractitioner}</option>
                  ${practitioners.map(
                    (p) => html`<option value=${p.id} ?selected=${p.id === state.practitionerId}>
                      ${this.#practitionerName(p.id)}
                    </option>`,
                  )}
                </select>
              </label>`
        }
      </div>
      ${
        service
          ? html`
              <div part="time-zone" class="zone">
                <span id="zone-note">${t.timeZoneNote(timeZoneLabel(zone, locale))}</span>
                ${
                  this.lockTimeZone
                    ? nothing
                    : html`<label>
                        <span class="visually-hidden">${t.timeZone}</span>
                        <select id="zone" @change=${this.#onZone}>
                          ${zones.map(
                            (z) => html`<option value=${z} ?selected=${z === zone}>
                              ${timeZoneLabel(z, locale)} · ${z}${z === deviceTimeZone() ? ` (${t.deviceZone})` : ''}
                            </option>`,
                          )}
                        </select>
                      </label>`
                }
              </div>
              <div part="dates" class="dates" role="group" aria-label=${t.date}>
                <button
                  class="shift"
                  aria-label=${t.previousDays}
                  ?disabled=${state.firstDate <= this.#today()}
                  @click=${() => void this.#controller.shiftDates(-1)}
                >‹</button>
                ${dates.map((date) => {
                  const count = byDate.get(date)?.length ?? 0;
                  const at = localDayRange(date, zone).start;
                  return html`<button
                    part="date"
                    class="date"
                    aria-pressed=${date === state.date ? 'true' : 'false'}
                    title=${formatDay(at, zone, locale)}
                    ?disabled=${count === 0}
                    @click=${() => this.#controller.chooseDate(date)}
                  >
                    <span>${new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: zone }).format(at)}</span>
                    <strong>${new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: zone }).format(at)}</strong>
                    <span>${new Intl.DateTimeFormat(locale, { month: 'short', timeZone: zone }).format(at)}</span>
                  </button>`;
                })}
                <button class="shift" aria-label=${t.nextDays} @click=${() => void this.#controller.shiftDates(1)}>›</button>
              </div>
              <div part="slots" class="slots" aria-busy=${state.loading ? 'true' : 'false'}>
                ${
                  state.loading
                    ? html`<p class="muted">…</p>`
                    : daySlots.length === 0
                      ? html`<p class="muted">${byDate.size === 0 ? t.noSlotsInRange : t.noSlotsOnDay}</p>`
                      : groupByPartOfDay(
                          daySlots.map((slot) => ({ start: Date.parse(slot.start), slot })),
                          zone,
                        ).map(
                          (
                            group,
                          ) => html`<div class="group" role="group" aria-labelledby=${`part-${group.part}`}>
                            <h3 id=${`part-${group.part}`}>${t.partOfDay(group.part)}</h3>
                            <ul>
                              ${group.items.map(({ start, slot }) => {
                                const time = formatTime(start, zone, locale);
                                const seats = (service.capacity ?? 1) > 1 ? slot.remaining : undefined;
                                return html`<li>
                                  <button part="slot" class="slot" @click=${() => this.#chooseSlot(slot)}>
                                    <span>${time}</span>
                                    ${seats !== undefined ? html`<small>${t.seatsLeft(seats)}</small>` : nothing}
                                  </button>
                                </li>`;
                              })}
                            </ul>
                          </div>`,
                        )
                }
              </div>
            `
          : nothing
      }
    `;
  }

  #renderSummary(t: BookingTerms, slot: { start: string; end: string; practitionerId: string }) {
    const zone = this.#zone();
    const locale = this.localize.intlLocale();
    const service = this.#service();
    const start = Date.parse(slot.start);
    return html`<dl part="summary" class="summary">
      <dt>${t.service}</dt>
      <dd>${service ? this.localize.text(service.name) : ''} · ${service?.mode === 'video' ? t.video : t.inPerson}</dd>
      <dt>${t.practitioner}</dt>
      <dd>${this.#practitionerName(slot.practitionerId)}</dd>
      <dt>${t.time}</dt>
      <dd>
        ${formatDay(start, zone, locale)}, ${formatTime(start, zone, locale)}–${formatTime(Date.parse(slot.end), zone, locale)}
        ${timeZoneLabel(zone, locale, start)}
      </dd>
      ${
        service
          ? html`<dt class="visually-hidden">${t.summary}</dt>
              <dd>${service.priceIdr > 0 ? t.price(formatRupiah(service.priceIdr, locale)) : t.free}</dd>`
          : nothing
      }
    </dl>`;
  }

  #problemText(t: BookingTerms, field: PatientField): string | undefined {
    const problem = this.#problems.get(field);
    if (problem) {
      switch (problem.kind) {
        case 'required':
          return t.required;
        case 'email':
          return t.invalidEmail;
        case 'phone':
          return t.invalidPhone;
        case 'date':
          return t.invalidDate;
        case 'future':
          return t.futureDate;
        case 'digits':
          return t.digits(problem.expected, problem.actual);
        case 'consent':
          return t.consentRequired;
        default:
          return problem.message;
      }
    }
    // What the server refused, when the browser's checks let it through.
    const issue = this.#controller.state.issues.find((i) => fieldOfIssue(i.path) === field);
    return issue?.message;
  }

  #field(
    t: BookingTerms,
    field: Exclude<PatientField, 'consent'>,
    label: string,
    type: string,
    extra: { autocomplete?: string; inputmode?: string; help?: string; optional?: boolean } = {},
  ) {
    const problem = this.#problemText(t, field);
    const described = [extra.help ? `${field}-help` : '', problem ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${field}>${label}${extra.optional ? html` <span class="muted">(${t.optional})</span>` : nothing}</label>
      <input
        id=${field}
        name=${field}
        type=${type}
        .value=${this.#patient[field]}
        autocomplete=${extra.autocomplete ?? 'off'}
        inputmode=${extra.inputmode ?? nothing}
        ?required=${!extra.optional}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        max=${type === 'date' ? this.#today() : nothing}
        @input=${this.#onField}
      />
      ${extra.help ? html`<p class="help" id=${`${field}-help`}>${extra.help}</p>` : nothing}
      ${problem ? html`<p class="field-error" id=${`${field}-error`}>${problem}</p>` : nothing}
    </div>`;
  }

  #renderDetails(t: BookingTerms) {
    const state = this.#controller.state;
    const slot = state.slot;
    if (!slot) return nothing;
    const consentProblem = this.#problemText(t, 'consent');
    const clinic = state.catalog?.clinic.name ?? '';
    const sending = state.step === 'submitting';
    return html`
      ${this.#renderSummary(t, slot)}
      <form part="form" novalidate @submit=${this.#onSubmit} aria-label=${t.details}>
        <h3>${t.details}</h3>
        ${this.#field(t, 'name', t.name, 'text', { autocomplete: 'name' })}
        ${this.#field(t, 'birthDate', t.birthDate, 'date', { autocomplete: 'bday' })}
        ${this.#field(t, 'phone', t.phone, 'tel', { autocomplete: 'tel', inputmode: 'tel' })}
        ${this.#field(t, 'email', t.email, 'email', { autocomplete: 'email' })}
        ${this.#field(t, 'nik', t.nik, 'text', { inputmode: 'numeric', help: t.nikHelp, optional: true })}
        <fieldset class="field">
          <legend>${t.payer}</legend>
          ${(['general', 'bpjs'] as const).map(
            (payer) => html`<label class="choice">
              <input type="radio" name="payer" value=${payer} .checked=${this.#patient.payer === payer} @change=${this.#onField} />
              ${payer === 'bpjs' ? t.payerBpjs : t.payerGeneral}
            </label>`,
          )}
        </fieldset>
        ${
          this.#patient.payer === 'bpjs'
            ? this.#field(t, 'bpjsCardNumber', t.bpjsCardNumber, 'text', {
                inputmode: 'numeric',
                help: t.bpjsHelp,
              })
            : nothing
        }
        <div class="field">
          <label class="choice">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              .checked=${this.#patient.consent}
              aria-invalid=${consentProblem ? 'true' : 'false'}
              aria-describedby=${consentProblem ? 'consent-error' : nothing}
              @change=${this.#onField}
            />
            ${t.consent(clinic)}
          </label>
          ${consentProblem ? html`<p class="field-error" id="consent-error">${consentProblem}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.#controller.back()}>${t.back}</button>
          <button part="submit" type="submit" ?disabled=${sending}>${sending ? t.submitting : t.submit}</button>
        </div>
      </form>
    `;
  }

  #renderPayment(t: BookingTerms) {
    const { appointment, payment } = this.#controller.state;
    if (!appointment) return nothing;
    const zone = this.#zone();
    const locale = this.localize.intlLocale();
    const until = payment
      ? Date.parse(payment.expiresAt)
      : Date.parse(appointment.holdExpiresAt ?? appointment.start);
    return html`
      <h3 id="pay-heading" tabindex="-1">${t.paymentHeading}</h3>
      ${this.#renderSummary(t, appointment)}
      <p>${t.paymentText(`${formatTime(until, zone, locale)} ${timeZoneLabel(zone, locale, until)}`)}</p>
      <div class="actions">
        ${
          payment && this.#showPayLink
            ? html`<a part="pay" class="button" href=${payment.url}>${t.pay}</a>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() =>
          void this.#controller.check(appointment.id).then((a) => a && this.#confirmed(undefined))}>
          ${t.checkPayment}
        </button>
      </div>
    `;
  }

  #renderConfirmed(t: BookingTerms) {
    const { appointment, ics } = this.#controller.state;
    if (!appointment) return nothing;
    if (ics && !this.#calendarUrl) {
      this.#calendarUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    }
    const href =
      this.#calendarUrl ??
      new URL(
        `${this.endpoint.replace(/\/+$/, '')}${BOOKING_PATHS.calendar(appointment.id)}`,
        document.baseURI,
      ).href;
    return html`<div part="confirmation" class="confirmation">
      <h3 id="done" tabindex="-1">${t.confirmedHeading}</h3>
      ${this.#renderSummary(t, appointment)}
      ${this.#patient.email ? html`<p>${t.confirmedText(this.#patient.email)}</p>` : nothing}
      <div class="actions">
        <a part="calendar-link" class="button" href=${href} download="janji-temu.ics">${t.addToCalendar}</a>
        <button type="button" class="secondary" @click=${() => {
          this.#revokeCalendar();
          void this.#controller.restart();
        }}>${t.bookAnother}</button>
      </div>
    </div>`;
  }
}
