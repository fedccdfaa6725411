import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import PostalMime, { type Address } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** One attachment or alternative part of a received message, decoded to text where it is text. */
export interface SinkPart {
  filename: string | null;
  mimeType: string;
  /** The iTIP method of a text/calendar part (`REQUEST`, `CANCEL`). */
  method?: string;
  /** UTF-8 text of the part (calendar, plain text); base64 for anything binary. */
  content: string;
  encoding: 'utf8' | 'base64';
}

export interface SinkMessage {
  id: string;
  receivedAt: string;
  /** The SMTP envelope: what the client said in MAIL FROM / RCPT TO. */
  envelope: { from: string | undefined; to: string[] };
  subject: string;
  from: string | undefined;
  to: string[];
  text: string;
  html: string | undefined;
  parts: SinkPart[];
  /** The first text/calendar part, the invite. */
  calendar: { method: string | undefined; content: string } | undefined;
  /** The message exactly as received (RFC 5322). */
  raw: string;
}

export interface SmtpSinkOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Oldest messages are dropped beyond this. Default 500. */
  maxMessages?: number;
  /** Messages larger than this are refused (552). Default 10 MB. */
  maxBytes?: number;
}

/** Switches for tests of the sending side. */
export interface SmtpSinkFaults {
  /** Refuse every message with a 5xx reply (a relay rejecting mail). */
  rejectMessages: boolean;
  /** Refuse with a 4xx reply (greylisting, a full queue). */
  deferMessages: boolean;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** `smtp://127.0.0.1:<port>`. */
  url: string;
  faults: SmtpSinkFaults;
  /** Received messages, oldest first. */
  messages(): SinkMessage[];
  message(id: string): SinkMessage | undefined;
  /** Resolves with the first message (already here or arriving) that matches, or rejects after `timeoutMs`. */
  waitFor(match: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  clear(): void;
  close(): Promise<void>;
}

function addresses(list: Address[] | Address | undefined): string[] {
  const all = Array.isArray(list) ? list : list ? [list] : [];
  return all.flatMap((a) => (a.group ? a.group.map((m) => m.address) : [a.address]));
}

const TEXTUAL = /^(text\/|application\/(json|ics|xml))/;

/**
 * A local SMTP server that accepts every message (no TLS, no auth: loopback only), parses it with
 * postal-mime and keeps it in memory for tests and for the demo's "emails sent" page.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const maxMessages = options.maxMessages ?? 500;
  const store: SinkMessage[] = [];
  const waiters = new Set<{ match: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }>();
  const faults: SmtpSinkFaults = { rejectMessages: false, deferMessages: false };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'SehatKit sandbox SMTP sink',
    size: options.maxBytes ?? 10 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        if (faults.rejectMessages) {
          callback(Object.assign(new Error('Relay refused the message'), { responseCode: 554 }));
          return;
        }
        if (faults.deferMessages) {
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' })
          .then((email) => {
            const parts: SinkPart[] = email.attachments.map((a) => {
              const bytes = Buffer.from(a.content as ArrayBuffer);
              const textual = TEXTUAL.test(a.mimeType);
              return {
                filename: a.filename,
                mimeType: a.mimeType,
                ...(a.method ? { method: a.method } : {}),
                content: textual ? bytes.toString('utf8') : bytes.toString('base64'),
                encoding: textual ? 'utf8' : 'base64',
              };
            });
            const calendarPart = parts.find((p) => p.mimeType === 'text/calendar');
            const message: SinkMessage = {
              id: randomUUID(),
              receivedAt: new Date().toISOString(),
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              subject: email.subject ?? '',
              from: addresses(email.from)[0],
              to: addresses(email.to),
              text: email.text ?? '',
              html: email.html,
              parts,
              calendar: calendarPart
                ? { method: calendarPart.method, content: calendarPart.content }
                : undefined,
              raw,
            };
            store.push(message);
            if (store.length > maxMessages) store.shift();
            for (const w of [...waiters]) {
              if (w.match(message)) {
                waiters.delete(w);
                w.resolve(message);
              }
            }
            callback(null, `Queued as ${message.id}`);
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });

  const hostname = options.hostname ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    host: hostname,
    port,
    url: `smtp://${hostname}:${port}`,
    faults,
    messages: () => [...store],
    message: (id) => store.find((m) => m.id === id),
    waitFor(match, timeoutMs = 10_000) {
      const found = store.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (m: SinkMessage) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching email arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear: () => {
      store.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
