import {
  type AvailableNowPractitioner,
  type AvailableNowResponse,
  BOOKING_PATHS,
  deviceTimeZone,
  formatTime,
  timeZoneLabel,
} from '@sehatkit/sdk/booking';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { EndpointError } from '../../api/endpoint-error';
import { asEndpointError } from '../../controllers/failure';
import { EndpointElement } from '../../internal/endpoint-element';
import { base, tokens } from '../../styles/tokens';
import { styles } from './consult-hours.styles';
import { SehatConsultJoinEvent } from './consult-hours-events';
import { consultHoursTerms } from './consult-hours-terms';

/**
 * Consultation hours: who takes a walk-in video consultation right now, each with the way into their
 * waiting room. The list refreshes itself while the page is visible. The video room itself is
 * `<sehat-video-room>`; this element only leads there (a link, and a cancelable event).
 *
 * @summary Practitioners available now for a walk-in video consultation, with their waiting rooms.
 * @tag sehat-consult-hours
 *
 * @event {SehatConsultJoinEvent} sehat-consult-join - The patient chose a waiting room; cancelable.
 * @event {SehatErrorEvent} sehat-error - The list could not be loaded.
 *
 * @csspart base - The whole element.
 * @csspart heading - The title.
 * @csspart list - The list of practitioners.
 * @csspart practitioner - One practitioner.
 * @csspart join - The link into a waiting room.
 * @csspart empty - The text shown when nobody is available.
 * @csspart error - The text shown when the list could not be loaded.
 *
 * @cssproperty --sehat-color-primary - The join links.
 * @cssproperty --sehat-color-success - The "available" mark.
 * @cssproperty --sehat-radius - Corner radius.
 *
 * @cssstate empty - Nobody is available.
 * @cssstate loading - The first load is in flight.
 */
export class SehatConsultHours extends EndpointElement {
  static override styles = [tokens, base, styles];
  static override properties: PropertyDeclarations = {
    refreshSeconds: { attribute: 'refresh-seconds', type: Number },
    timeZone: { attribute: 'time-zone' },
    heading: {},
  };

  /** How often the list is fetched again while the page is visible; 0 turns it off. Default 30. */
  refreshSeconds = 30;
  /** The zone times are shown in. Default: the device's zone. */
  timeZone = '';
  /** Replaces the title ("Konsultasi video sekarang"). */
  heading = '';

  #practitioners: AvailableNowPractitioner[] | undefined;
  #error: EndpointError | undefined;
  #updatedAt: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #request: AbortController | undefined;

  /** Who is available, as last loaded. */
  get practitioners(): readonly AvailableNowPractitioner[] {
    return this.#practitioners ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.endpoint) void this.refresh();
    if (changed.has('refreshSeconds') && this.isConnected) this.#schedule();
  }

  #schedule(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    const seconds = Number(this.refreshSeconds);
    if (!(seconds > 0)) return;
    this.#timer = setInterval(() => {
      if (document.visibilityState !== 'hidden' && this.endpoint) void this.refresh();
    }, seconds * 1000);
  }

  /** Loads the list again now. */
  async refresh(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    try {
      const answer = await this.client().get<AvailableNowResponse>(
        BOOKING_PATHS.availableNow,
        {},
        request.signal,
      );
      this.#practitioners = answer.practitioners;
      this.#error = undefined;
      this.#updatedAt = Date.now();
    } catch (error) {
      if (request.signal.aborted) return;
      this.#error = asEndpointError(error);
      this.emitError(this.#error, this.errorText(this.#error));
    }
    this.requestUpdate();
  }

  #join(practitioner: AvailableNowPractitioner, event: Event): void {
    const allowed = this.emit(
      new SehatConsultJoinEvent({ practitioner, waitingRoomUrl: practitioner.waitingRoomUrl }),
    );
    if (!allowed) event.preventDefault();
  }

  protected override render() {
    const t = this.localize.terms(consultHoursTerms);
    const zone = this.timeZone || deviceTimeZone();
    const locale = this.localize.intlLocale();
    const list = this.#practitioners;
    this.setStates({ loading: list === undefined && !this.#error, empty: list?.length === 0 });
    const time = (iso: string) => formatTime(Date.parse(iso), zone, locale);
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${this.heading || t.heading}</h2>
      ${
        this.#error
          ? html`<p part="error" class="failure" role="alert">${this.errorText(this.#error)}</p>`
          : list === undefined
            ? html`<p class="muted" role="status">…</p>`
            : list.length === 0
              ? html`<p part="empty" class="empty" role="status">${t.none}</p>`
              : html`<p class="muted">${t.intro}</p>
                  <ul part="list">
                    ${list.map((p, i) => {
                      const name = p.title ? `${p.name}, ${p.title}` : p.name;
                      return html`<li part="practitioner">
                        <div class="who">
                          <h3 id=${`who-${i}`}>${name}</h3>
                          ${p.specialty ? html`<span class="muted">${this.localize.text(p.specialty)}</span>` : nothing}
                          <span class="live">
                            ${t.since(time(p.since))}${p.until ? ` ${t.until(time(p.until))}` : ''}
                            ${timeZoneLabel(zone, locale)}
                          </span>
                        </div>
                        <a part="join" href=${p.waitingRoomUrl} aria-describedby=${`who-${i}`} @click=${(e: Event) => this.#join(p, e)}>
                          ${t.join}
                        </a>
                      </li>`;
                    })}
                  </ul>`
      }
      ${
        this.#updatedAt && !this.#error
          ? html`<p class="muted" aria-live="off">${t.updated(formatTime(this.#updatedAt, zone, locale))}</p>`
          : nothing
      }
    </section>`;
  }
}
