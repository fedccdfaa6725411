import {
  type IdentifierIssue,
  type IdentifierKind,
  type MemberIdentifierResult,
  parseIdentifier,
  parseMemberIdentifier,
} from '@sehatkit/sdk/format';
import type { EndpointClient } from '../api/endpoint-client';
import type { EndpointError } from '../api/endpoint-error';
import type { MemberLookupResponse, MemberView } from '../api/wire';
import { Controller } from './controller';
import { asEndpointError, isAbort } from './failure';

/**
 * Where a verification stands. `unavailable` is BPJS (or the network to it) failing, not the member;
 * `forbidden` is the host's authorize hook refusing this user.
 */
export type VerifyStatus =
  | 'idle'
  | 'invalid'
  | 'loading'
  | 'verified'
  | 'not-found'
  | 'unavailable'
  | 'forbidden'
  | 'error';

export interface VerifyState {
  status: VerifyStatus;
  /** The identifier as parsed (separators removed). */
  value: string;
  /** What the value is, once it is long enough to tell; forced when the controller has a `kind`. */
  kind: IdentifierKind | undefined;
  issue: IdentifierIssue | undefined;
  member: MemberView | undefined;
  error: EndpointError | undefined;
}

export interface BpjsVerifyControllerOptions {
  /** The client of the host's server handler; a function so the element can swap endpoints. */
  client: () => EndpointClient;
  /** Accept only card numbers or only NIKs. Default: either, told apart by length. */
  kind?: () => IdentifierKind | undefined;
}

/** Validates a card number or NIK before any request, then asks the server handler for the membership. */
export class BpjsVerifyController extends Controller<VerifyState> {
  readonly #options: BpjsVerifyControllerOptions;
  #inflight: AbortController | undefined;

  constructor(options: BpjsVerifyControllerOptions) {
    super({
      status: 'idle',
      value: '',
      kind: undefined,
      issue: undefined,
      member: undefined,
      error: undefined,
    });
    this.#options = options;
  }

  /** Takes what the user typed. Problems are only reported by `validate()`, not on every keystroke. */
  setInput(raw: string): MemberIdentifierResult {
    const parsed = parseMemberIdentifier(raw, this.#options.kind?.());
    const value = parseIdentifier(raw);
    if (value === this.state.value) return parsed;
    this.#inflight?.abort();
    // A fix clears a shown problem at once; a new problem waits for blur or submit. A result that
    // belongs to the previous number is dropped, so it is never shown beside a different one.
    const issue = this.state.issue && !parsed.ok ? parsed.issue : undefined;
    this.update({
      value,
      kind: parsed.kind,
      issue,
      status: issue ? 'invalid' : 'idle',
      member: undefined,
      error: undefined,
    });
    return parsed;
  }

  /** Reports the first problem with the current value, or clears it. */
  validate(): MemberIdentifierResult {
    const parsed = parseMemberIdentifier(this.state.value, this.#options.kind?.());
    this.update({
      kind: parsed.kind,
      issue: parsed.ok ? undefined : parsed.issue,
      status: parsed.ok ? (this.state.status === 'invalid' ? 'idle' : this.state.status) : 'invalid',
    });
    return parsed;
  }

  /** Validates, then looks the member up. Resolves with the member, or undefined after a shown failure. */
  async verify(): Promise<MemberView | undefined> {
    const parsed = this.validate();
    if (!parsed.ok) return undefined;
    this.#inflight?.abort();
    const inflight = new AbortController();
    this.#inflight = inflight;
    this.update({ status: 'loading', member: undefined, error: undefined });
    try {
      const body = parsed.kind === 'card' ? { cardNumber: parsed.value } : { nik: parsed.value };
      const answer = await this.#options
        .client()
        .post<MemberLookupResponse>('bpjs/members/lookup', body, inflight.signal);
      this.update({ status: 'verified', member: answer.member });
      return answer.member;
    } catch (error) {
      if (isAbort(error)) return undefined;
      const failure = asEndpointError(error);
      this.update({ status: statusOf(failure), error: failure });
      return undefined;
    } finally {
      if (this.#inflight === inflight) this.#inflight = undefined;
    }
  }

  /** Clears the input and any result. */
  reset(): void {
    this.#inflight?.abort();
    this.update({
      status: 'idle',
      value: '',
      kind: undefined,
      issue: undefined,
      member: undefined,
      error: undefined,
    });
  }
}

function statusOf(error: EndpointError): VerifyStatus {
  if (error.code === 'NOT_FOUND') return 'not-found';
  if (error.code === 'FORBIDDEN') return 'forbidden';
  if (error.source === 'bpjs') return 'unavailable';
  return 'error';
}
