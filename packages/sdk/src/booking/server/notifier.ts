import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import { signAccessToken, signManageToken } from './access-link';
import { type AppointmentContext, type ClinicProfile, composeEmail } from './notifications/compose';
import type { Mailer } from './notifications/mailer';
import type { NotificationKind, TemplateSet } from './notifications/templates';
import type { BookingLinks } from './options';
import { fillLink } from './options';
import type { AppointmentRecord } from './records';
import type { BookingStore } from './store';

export interface NotifierDeps {
  store: BookingStore;
  mailer: Mailer | undefined;
  templates: TemplateSet;
  clinic: ClinicProfile;
  links: BookingLinks;
  secret: string;
  issuer: string | undefined;
  clock: Clock;
  logger: Logger;
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

/**
 * Sends each booking email once. A row per (appointment, kind, sequence) is claimed before sending, so
 * retries, several server instances and a reminder job running twice never send a duplicate. A failed
 * send is recorded and logged; it never undoes the booking.
 */
export class Notifier {
  readonly #deps: NotifierDeps;
  readonly links: LinkMaker;

  constructor(deps: NotifierDeps) {
    this.#deps = deps;
    this.links = new LinkMaker(deps);
  }

  async send(
    kind: NotificationKind,
    ctx: AppointmentContext,
    extra: { reason?: string } = {},
  ): Promise<boolean> {
    const { store, mailer, logger, clock } = this.#deps;
    const a = ctx.appointment;
    if (!mailer) {
      logger.info('booking email not sent: no mailer configured', { kind, appointmentId: a.id });
      return false;
    }
    if (!(await store.claimNotification(a.id, kind, a.sequence))) return false;
    try {
      const videoLink =
        ctx.service.mode === 'video' && kind !== 'cancellation' ? await this.links.video(a) : undefined;
      const manageLink = kind === 'cancellation' ? undefined : await this.links.manage(a);
      const email = composeEmail(kind, ctx, this.#deps.templates, {
        now: clock.now(),
        ...(videoLink ? { videoLink } : {}),
        ...(manageLink ? { manageLink } : {}),
        ...(extra.reason ? { reason: extra.reason } : {}),
      });
      const { messageId } = await mailer.send(email);
      await store.recordNotification(a.id, kind, a.sequence, { sentAt: clock.now(), messageId });
      logger.info('booking email sent', { kind, appointmentId: a.id, sequence: a.sequence });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await store.recordNotification(a.id, kind, a.sequence, { error: message });
      logger.warn('booking email failed', { kind, appointmentId: a.id, error });
      return false;
    }
  }
}
