import {
  type AppointmentView,
  addDays,
  BOOKING_PATHS,
  type BookingCatalog,
  type BookingRequest,
  type BookingResult,
  localDate,
  localDayRange,
  type SlotsResponse,
  type SlotView,
} from '@sehatkit/sdk/booking';
import type { EndpointClient } from '../../api/endpoint-client';
import type { EndpointError } from '../../api/endpoint-error';
import { Controller } from '../../controllers/controller';
import { asEndpointError, isAbort } from '../../controllers/failure';

/** Where the patient is: picking a time, filling in details, sending, paying, or done. */
export type BookingStep = 'choose' | 'details' | 'submitting' | 'payment' | 'confirmed';

/** Something the element tells the patient about the last step, besides errors. */
export type BookingNotice =
  | 'slot_taken'
  | 'payment_pending'
  | 'payment_expired'
  | 'payment_refunded'
  | 'cancelled'
  | 'vetoed';

export interface BookingState {
  step: BookingStep;
  catalog: BookingCatalog | undefined;
  serviceId: string;
  /** Empty: whoever is available. */
  practitionerId: string;
  /** The zone times are shown in. */
  timeZone: string;
  /** The first of the dates on show, `yyyy-mm-dd` in `timeZone`. */
  firstDate: string;
  days: number;
  loading: boolean;
  /** Free slots of the dates on show, ascending. */
  slots: SlotView[];
  date: string | undefined;
  slot: SlotView | undefined;
  notice: BookingNotice | undefined;
  error: EndpointError | undefined;
  /** Problems the server found with fields (`patient.nik`…), by issue path. */
  issues: { path: string; message: string }[];
  appointment: AppointmentView | undefined;
  ics: string | undefined;
  payment: { url: string; expiresAt: string } | undefined;
}

export interface BookingControllerOptions {
  client: () => EndpointClient;
  /** Now, for "today" in the shown zone. Default `Date.now`. */
  now?: () => number;
}

/**
 * The booking flow without markup: catalog, slots of a date range in the reader's zone, choosing,
 * sending, payment and confirmation. `<sehat-booking>` renders it; a React host can drive it directly.
 */
export class BookingController extends Controller<BookingState> {
  readonly #options: BookingControllerOptions;
  #slotsRequest: AbortController | undefined;
  #lastFailure: EndpointError | undefined;

  /** Why the last `submit` failed (kept after the slots reload clears `state.error`). */
  get lastFailure(): EndpointError | undefined {
    return this.#lastFailure;
  }

  constructor(options: BookingControllerOptions, initial: Partial<BookingState> = {}) {
    const now = (options.now ?? Date.now)();
    const timeZone = initial.timeZone ?? 'Asia/Jakarta';
    super({
      step: 'choose',
      catalog: undefined,
      serviceId: '',
      practitionerId: '',
      firstDate: localDate(now, timeZone),
      days: 7,
      loading: false,
      slots: [],
      date: undefined,
      slot: undefined,
      notice: undefined,
      error: undefined,
      issues: [],
      appointment: undefined,
      ics: undefined,
      payment: undefined,
      ...initial,
      timeZone,
    });
    this.#options = options;
  }

  #today(zone = this.state.timeZone): string {
    return localDate((this.#options.now ?? Date.now)(), zone);
  }

  async loadCatalog(): Promise<void> {
    try {
      const catalog = await this.#options.client().get<BookingCatalog>(BOOKING_PATHS.catalog);
      const serviceId =
        this.state.serviceId || (catalog.services.length === 1 ? (catalog.services[0]?.id ?? '') : '');
      this.update({ catalog, serviceId, error: undefined });
      if (serviceId) await this.loadSlots();
    } catch (error) {
      this.update({ error: asEndpointError(error) });
    }
  }

  /** Changes what is asked for; slots are fetched again when the answer would differ. */
  async configure(
    change: Partial<Pick<BookingState, 'serviceId' | 'practitionerId' | 'timeZone' | 'firstDate' | 'days'>>,
  ): Promise<void> {
    const next = { ...this.state, ...change };
    const firstDate = change.timeZone && !change.firstDate ? this.#today(next.timeZone) : next.firstDate;
    const changed =
      next.serviceId !== this.state.serviceId ||
      next.practitionerId !== this.state.practitionerId ||
      next.timeZone !== this.state.timeZone ||
      firstDate !== this.state.firstDate ||
      next.days !== this.state.days;
    if (!changed) return;
    this.update({ ...change, firstDate, slot: undefined, notice: undefined });
    await this.loadSlots();
  }

  /** Shows the next (`+1`) or previous (`-1`) run of dates, never before today. */
  shiftDates(direction: 1 | -1): Promise<void> {
    const today = this.#today();
    const moved = addDays(this.state.firstDate, direction * this.state.days);
    return this.configure({ firstDate: moved < today ? today : moved });
  }

  async loadSlots(): Promise<void> {
    const { serviceId, practitionerId, timeZone, firstDate, days } = this.state;
    this.#slotsRequest?.abort();
    if (!serviceId) {
      this.update({ slots: [], loading: false });
      return;
    }
    const request = new AbortController();
    this.#slotsRequest = request;
    this.update({ loading: true, error: undefined });
    const from = new Date(localDayRange(firstDate, timeZone).start).toISOString();
    const to = new Date(localDayRange(addDays(firstDate, days - 1), timeZone).end).toISOString();
    try {
      const answer = await this.#options
        .client()
        .get<SlotsResponse>(
          BOOKING_PATHS.slots,
          { serviceId, practitionerId: practitionerId || undefined, from, to },
          request.signal,
        );
      const dates = new Set(answer.slots.map((s) => localDate(Date.parse(s.start), timeZone)));
      const date = this.state.date && dates.has(this.state.date) ? this.state.date : [...dates].sort()[0];
      this.update({ slots: answer.slots, loading: false, date: date ?? this.state.date });
    } catch (error) {
      if (isAbort(error)) return;
      this.update({ loading: false, slots: [], error: asEndpointError(error) });
    } finally {
      if (this.#slotsRequest === request) this.#slotsRequest = undefined;
    }
  }

  chooseDate(date: string): void {
    this.update({ date, notice: undefined });
  }

  chooseSlot(slot: SlotView): void {
    this.update({ slot, step: 'details', notice: undefined, error: undefined, issues: [] });
  }

  back(): void {
    this.update({ step: 'choose', error: undefined, issues: [] });
  }

  /** A listener refused the submit event. */
  vetoed(): void {
    this.update({ notice: 'vetoed' });
  }

  /** Sends the booking. Resolves with the result, or undefined after a failure the state describes. */
  async submit(request: BookingRequest): Promise<BookingResult | undefined> {
    this.update({ step: 'submitting', error: undefined, issues: [], notice: undefined });
    this.#lastFailure = undefined;
    try {
      const result = await this.#options.client().post<BookingResult>(BOOKING_PATHS.appointments, request);
      if (result.status === 'confirmed') {
        this.update({ step: 'confirmed', appointment: result.appointment, ics: result.ics });
      } else {
        this.update({ step: 'payment', appointment: result.appointment, payment: result.payment });
      }
      return result;
    } catch (error) {
      const failure = asEndpointError(error);
      this.#lastFailure = failure;
      if (failure.code === 'CONFLICT' && failure.reason === 'slot_taken') {
        this.update({ step: 'choose', slot: undefined, notice: 'slot_taken', error: failure });
        void this.loadSlots();
      } else {
        const issues = failure.issues.map((i) => ({ path: i.path ?? '', message: i.message }));
        this.update({ step: 'details', error: failure, issues });
      }
      return undefined;
    }
  }

  /**
   * Looks up an appointment (after the payment page sent the patient back, or on "I have paid").
   * Resolves with it once confirmed.
   */
  async check(appointmentId: string): Promise<AppointmentView | undefined> {
    try {
      const { appointment } = await this.#options
        .client()
        .get<{ appointment: AppointmentView }>(BOOKING_PATHS.appointment(appointmentId));
      switch (appointment.status) {
        case 'confirmed':
          this.update({ step: 'confirmed', appointment, notice: undefined, error: undefined });
          return appointment;
        case 'held':
          this.update({ step: 'payment', appointment, notice: 'payment_pending', error: undefined });
          return undefined;
        case 'expired':
        // Paid after the hold ran out and someone else took the time: the server refunded it.
        case 'refunded':
          this.update({
            step: 'choose',
            appointment: undefined,
            payment: undefined,
            slot: undefined,
            notice: appointment.status === 'refunded' ? 'payment_refunded' : 'payment_expired',
          });
          void this.loadSlots();
          return undefined;
        default:
          this.update({ step: 'choose', appointment: undefined, notice: 'cancelled' });
          return undefined;
      }
    } catch (error) {
      this.update({ error: asEndpointError(error) });
      return undefined;
    }
  }

  /** Starts over for another booking, keeping service, practitioner and zone. */
  async restart(): Promise<void> {
    this.update({
      step: 'choose',
      slot: undefined,
      appointment: undefined,
      ics: undefined,
      payment: undefined,
      notice: undefined,
      error: undefined,
      issues: [],
    });
    await this.loadSlots();
  }
}
