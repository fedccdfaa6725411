import type { Logger } from '@sehatkit/sdk';
import type { BookingService } from '@sehatkit/sdk/booking/server';
import type { TeleconsultService } from '@sehatkit/sdk/teleconsult/server';
import type { BpjsSimulator } from '../bpjs/index';
import type { SatuSehatSimulator } from '../satusehat/index';
import type { SmtpSink } from '../smtp/index';

/**
 * What the demo clinic talks to. The sandbox hands these over once they run; the demo site starts
 * earlier, because booking emails need its URL.
 */
export interface DemoParts {
  /** The SehatKit server handler; the demo mounts it at `/api`, so elements use `endpoint="/api"`. */
  handler: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** The demo's staff login, as the handler's `authorize` hook accepts it. */
  staff: { staffCookie: string; staffToken: string };
  satusehat: SatuSehatSimulator;
  bpjs: BpjsSimulator;
  mailbox: SmtpSink;
  booking?: BookingService;
  /** Video consultation: rooms, the waiting room and the PeerServer's address. */
  teleconsult?: TeleconsultService;
  /** Where every part of the sandbox answers, for the home page. */
  urls: Readonly<Record<string, string | undefined>>;
  logger: Logger;
}
