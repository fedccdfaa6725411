import { randomUUID } from 'node:crypto';
import { serve as serveNode } from '@hono/node-server';
import { consoleLogger, type Logger, silentLogger } from '@sehatkit/sdk';
import { BpjsClient } from '@sehatkit/sdk/bpjs';
import { createDrugSafety, createKfaRecordCatalogue, memoryAlertStore } from '@sehatkit/sdk/drugs';
import { SatuSehatClient } from '@sehatkit/sdk/satusehat';
import {
  type AuthorizeHook,
  createSehatHandler,
  type SehatHandlerOptions,
  serve,
} from '@sehatkit/sdk/server';
import { startDemoBooking } from './booking/demo-booking';
import { startBpjsSimulator } from './bpjs/index';
import { type DemoSite, startDemoSite } from './demo/index';
import { kfaProducts } from './kfa-catalogue/index';
import { startPaymentSandbox } from './payment/index';
import { startVideo } from './peer/index';
import { startSatuSehatSimulator } from './satusehat/index';
import { mailboxApp, type SmtpSink, startSmtpSink } from './smtp/index';

export interface SandboxOptions {
  /** Interface to listen on. Default 127.0.0.1: the sandbox never leaves loopback unless asked. */
  hostname?: string;
  /** Fixed ports per part; 0 or omitted picks a free one (tests). */
  ports?: Partial<Record<SandboxPart, number>>;
  /** Folder for the embedded store; omitted means in memory. */
  dataDir?: string;
  /** Default: silent. `npm start` passes a console logger. */
  logger?: Logger;
  /** CORS of the server handler, for pages served from another origin (browser tests). Default: off. */
  cors?: SehatHandlerOptions['cors'];
  /** The demo staff session token (see `Sandbox.demo`). Default: a random one per start. */
  demoStaffToken?: string;
  /** Where booking emails' links point (video, manage, waiting room). Default: the demo clinic's URL. */
  demoSiteUrl?: string;
  /** Serve the demo clinic site (`demo`). Default true. */
  demoSite?: boolean;
}

/** The parts `npm start` runs; each prints one URL. */
export type SandboxPart = 'demo' | 'api' | 'satusehat' | 'bpjs' | 'smtp' | 'mail' | 'payment' | 'peer';

export interface Sandbox {
  /** Where each running part answers, in start order. */
  urls: Partial<Record<SandboxPart, string>>;
  /**
   * The demo's staff login: staff routes are allowed for requests carrying the cookie
   * `${staffCookie}=${staffToken}` or the header `Authorization: Bearer ${staffToken}`.
   */
  demo: { staffCookie: string; staffToken: string };
  /** Every email the sandbox sent (booking confirmations, reminders), as the SMTP sink received them. */
  mailbox: SmtpSink;
  /** What the simulators accept (synthetic values), for clients pointed at them. */
  credentials: { satusehat: Record<string, string>; bpjs: Record<string, unknown> };
  close(): Promise<void>;
}

/**
 * Starts everything the demo clinic and the browser tests need, on loopback: the simulators, the PeerServer,
 * the SMTP sink and the server handler wired to them. Each feature adds its part here as it lands.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const hostname = options.hostname ?? '127.0.0.1';
  const port = (part: SandboxPart) => options.ports?.[part] ?? 0;
  const logger = options.logger ?? silentLogger;
  const urls: Sandbox['urls'] = {};
  const demo = { staffCookie: DEMO_STAFF_COOKIE, staffToken: options.demoStaffToken ?? randomUUID() };
  const closers: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;
  // Last started, first stopped; a second call waits for the first instead of closing twice.
  const close = () => {
    closing ??= (async () => {
      for (const closeOne of [...closers].reverse()) await closeOne().catch(() => undefined);
    })();
    return closing;
  };
  let mailbox: SmtpSink | undefined;
  const credentials: Sandbox['credentials'] = { satusehat: {}, bpjs: {} };

  try {
    // The demo site listens first: booking emails link to its pages, so its URL must be known early.
    let site: DemoSite | undefined;
    if (options.demoSite !== false) {
      site = await startDemoSite({ hostname, port: port('demo'), logger });
      closers.push(site.close);
      urls.demo = site.url;
    }
    mailbox = await startSmtpSink({ hostname, port: port('smtp') });
    closers.push((mailbox as SmtpSink).close);
    urls.smtp = mailbox.url;
    const mail = await listen(mailboxApp(mailbox).fetch, hostname, port('mail'));
    closers.push(mail.close);
    urls.mail = mail.url;
    const payment = await startPaymentSandbox({ hostname, port: port('payment') });
    closers.push(payment.close);
    urls.payment = payment.url;

    const satusehatSim = await startSatuSehatSimulator({ port: port('satusehat'), hostname });
    closers.push(() => satusehatSim.close());
    urls.satusehat = satusehatSim.url;
    const bpjsSim = await startBpjsSimulator({ port: port('bpjs'), hostname });
    closers.push(() => bpjsSim.close());
    urls.bpjs = bpjsSim.url;
    const bpjsCredentials = bpjsSim.credentials;
    credentials.satusehat = { ...satusehatSim.credentials };
    credentials.bpjs = { ...bpjsCredentials };

    const handlerOptions: SehatHandlerOptions = {
      logger,
      cors: options.cors ?? false,
      authorize: demoAuthorize(demo.staffCookie, demo.staffToken),
      secrets: [
        demo.staffToken,
        satusehatSim.credentials.clientSecret,
        bpjsCredentials.consSecret,
        bpjsCredentials.pcarePassword,
      ],
      satusehat: new SatuSehatClient({ baseUrl: satusehatSim.url, ...satusehatSim.credentials, logger }),
      bpjs: new BpjsClient({
        baseUrls: bpjsSim.urls,
        consId: bpjsCredentials.consId,
        consSecret: bpjsCredentials.consSecret,
        pcare: {
          username: bpjsCredentials.pcareUsername,
          password: bpjsCredentials.pcarePassword,
          userKey: bpjsCredentials.userKeys.pcare,
          appCode: bpjsCredentials.appCode,
        },
        antrean: { userKey: bpjsCredentials.userKeys.antrean },
        logger,
      }),
      drugs: createDrugSafety({
        catalogue: createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' }),
        store: memoryAlertStore(),
        logger,
      }),
    };
    // The handler is built again once booking knows the URL its email links point to.
    let handler = createSehatHandler(handlerOptions);
    const api = await serve((request, env) => handler(request, env), { port: port('api'), hostname });
    closers.push(api.close);
    urls.api = api.url;
    const booking = await startDemoBooking({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      smtp: { host: mailbox.host, port: mailbox.port },
      payment,
      siteUrl: options.demoSiteUrl ?? site?.url ?? api.url,
      logger,
    });
    closers.push(booking.close);
    // Video consultation: rooms and the waiting room, and the PeerServer; booking emails' video links open rooms.
    const video = await startVideo({
      hostname,
      ...(port('peer') ? { peerPort: port('peer') } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      bookingAccess: booking.service,
      logger,
    });
    closers.push(video.close);
    urls.peer = video.peer.url;
    handler = createSehatHandler({
      ...handlerOptions,
      booking: booking.service,
      teleconsult: video.service,
      secrets: [...(handlerOptions.secrets ?? []), ...booking.service.secrets, ...video.service.secrets],
    });
    await site?.attach({
      handler: (request, env) => handler(request, env as never),
      staff: demo,
      satusehat: satusehatSim,
      bpjs: bpjsSim,
      mailbox,
      booking: booking.service,
      teleconsult: video.service,
      urls,
      logger,
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, demo, mailbox: mailbox as SmtpSink, credentials, close };
}

const DEMO_STAFF_COOKIE = 'sehatkit_demo_staff';

/** Serves a plain fetch handler (the mailbox pages) on loopback. */
function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  hostname: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch, hostname, port }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // An open page (the mailbox polls) must not hold the sandbox up on the way down.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The demo clinic's stand-in for a real staff login: one shared token, as a cookie or a bearer header. */
function demoAuthorize(cookieName: string, token: string): AuthorizeHook {
  return (request) => {
    const bearer = request.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
    const cookie = (request.headers.get('cookie') ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === cookieName)?.[1];
    const presented = bearer ?? cookie;
    return presented === token ? { id: 'demo-staff', name: 'dr. Demo SehatKit', role: 'doctor' } : false;
  };
}

export function sandboxLogger(verbose: boolean): Logger {
  return consoleLogger(verbose ? 'debug' : 'warn', 'sandbox');
}
