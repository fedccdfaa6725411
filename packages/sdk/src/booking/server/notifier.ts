import type { Clock } from '../../logging/clock';
import { signAccessToken, signManageToken } from './access-link';
import { type AppointmentContext, type ClinicProfile, composeEmail } from './notifications/compose';
import type { OutgoingEmail } from './notifications/mailer';
import type { NotificationKind, TemplateSet } from './notifications/templates';
import type { BookingLinks } from './options';
import { fillLink } from './options';
import type { OutboxRecord } from './outbox/outbox-store';
import type { AppointmentRecord } from './records';

export interface NotifierDeps {
  templates: TemplateSet;
  clinic: ClinicProfile;
  links: BookingLinks;
  secret: string;
  issuer: string | undefined;
  clock: Clock;
}

/** Makes the signed links of an appointment as it stands now. */
export class LinkMaker {
  readonly #deps: Pick<NotifierDeps, 'links' | 'secret' | 'issuer' | 'clock'>;

  constructor(deps: Pick<NotifierDeps, 'links' | 'secret' | 'issuer' | 'clock'>) {
    this.#deps = deps;
  }

  async video(a: AppointmentRecord): Promise<string> {
    const token = await signAccessToken(a, this.#signing());
    return fillLink(this.#deps.links.video, { token, appointmentId: a.id });
  }

  /** Undefined once the appointment has started: there is nothing left to cancel. */
  async manage(a: AppointmentRecord): Promise<string | undefined> {
    if (a.start <= this.#deps.clock.now()) return undefined;
    const token = await signManageToken(a, this.#signing());
    return fillLink(this.#deps.links.manage, { token, appointmentId: a.id });
  }

  waitingRoom(practitionerId: string): string {
    return fillLink(this.#deps.links.waitingRoom, { practitionerId });
  }

  paymentReturn(appointmentId: string): string | undefined {
    const t = this.#deps.links.paymentReturn;
    return t ? fillLink(t, { appointmentId }) : undefined;
  }

  paymentNotify(appointmentId: string): string | undefined {
    const t = this.#deps.links.paymentNotify;
    return t ? fillLink(t, { appointmentId }) : undefined;
  }

  #signing() {
    return {
      secret: this.#deps.secret,
      now: this.#deps.clock.now(),
      ...(this.#deps.issuer ? { issuer: this.#deps.issuer } : {}),
    };
  }
}

const STATUS_OF: Record<NotificationKind, AppointmentRecord['status']> = {
  confirmation: 'confirmed',
  reschedule: 'confirmed',
  reminder: 'confirmed',
  cancellation: 'cancelled',
  payment_refunded: 'refunded',
};

/**
 * Writes booking emails from the appointment as it stands when the outbox sends them. An email made for an
 * older sequence, or for a state the appointment has left (a confirmation still queued when the patient
 * cancelled), is skipped: the newer email tells the patient what holds.
 */
export class Notifier {
  readonly #deps: NotifierDeps;
  readonly links: LinkMaker;

  constructor(deps: NotifierDeps) {
    this.#deps = deps;
    this.links = new LinkMaker(deps);
  }

  async compose(
    entry: Pick<OutboxRecord, 'kind' | 'sequence' | 'details'>,
    ctx: AppointmentContext | undefined,
  ): Promise<OutgoingEmail | { skip: string }> {
    if (!ctx) return { skip: 'the appointment no longer exists' };
    const { kind } = entry;
    const a = ctx.appointment;
    if (a.sequence !== entry.sequence) return { skip: 'superseded by a later change' };
    if (a.status !== STATUS_OF[kind]) return { skip: `the appointment is ${a.status} now` };
    const live = STATUS_OF[kind] === 'confirmed';
    const videoLink = ctx.service.mode === 'video' && live ? await this.links.video(a) : undefined;
    const manageLink = live ? await this.links.manage(a) : undefined;
    return composeEmail(kind, ctx, this.#deps.templates, {
      now: this.#deps.clock.now(),
      ...(videoLink ? { videoLink } : {}),
      ...(manageLink ? { manageLink } : {}),
      ...(entry.details.reason ? { reason: entry.details.reason } : {}),
      ...(entry.details.amountIdr !== undefined ? { amountIdr: entry.details.amountIdr } : {}),
    });
  }
}
