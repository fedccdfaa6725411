import type { DrugIssue } from '../../drugs/engine/issue';
import type { Clock } from '../../logging/clock';

/** What a check said about one finding for one patient, as the override route needs it back. */
export interface IssueClaim {
  issueId: string;
  patientId?: string;
  kind: DrugIssue['kind'];
  severity: DrugIssue['severity'];
  tier: DrugIssue['tier'];
  ruleId?: string;
  suppressionKey: string;
  knowledgeBase: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

// Long enough for a consultation; the prescriber re-checks after that.
const LIFETIME_MS = 4 * 60 * 60 * 1000;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * HMAC-SHA256 signed statements of findings (WebCrypto, so the handler still runs in workers). The key
 * is the host's `drugOverrideKey`, or a random one per handler: then tokens die with the process and do
 * not travel between instances behind a balancer.
 */
export class OverrideTokens {
  readonly #key: Promise<CryptoKey>;
  readonly #clock: Clock;

  constructor(secret: string | undefined, clock: Clock) {
    this.#clock = clock;
    const material = secret ? encoder.encode(secret) : crypto.getRandomValues(new Uint8Array(32));
    this.#key = crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
  }

  async sign(claim: Omit<IssueClaim, 'expiresAt'>): Promise<string> {
    const payload = base64url(
      encoder.encode(JSON.stringify({ ...claim, expiresAt: this.#clock.now() + LIFETIME_MS })),
    );
    const signature = new Uint8Array(
      await crypto.subtle.sign('HMAC', await this.#key, encoder.encode(payload)),
    );
    return `${payload}.${base64url(signature)}`;
  }

  /** The claim when the token is ours, intact and not expired; otherwise undefined. */
  async verify(token: string): Promise<IssueClaim | undefined> {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const bytes = fromBase64url(signature);
    if (!bytes) return undefined;
    const valid = await crypto.subtle.verify('HMAC', await this.#key, bytes, encoder.encode(payload));
    if (!valid) return undefined;
    const raw = fromBase64url(payload);
    if (!raw) return undefined;
    const claim = JSON.parse(new TextDecoder().decode(raw)) as IssueClaim;
    return claim.expiresAt > this.#clock.now() ? claim : undefined;
  }
}
