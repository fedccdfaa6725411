import type { EndpointClient } from '../api/endpoint-client';
import type { EndpointError } from '../api/endpoint-error';
import type {
  DrugCheckRequest,
  DrugCheckResponse,
  DrugIssue,
  OverrideDraft,
  OverrideReasonsResponse,
  OverrideReasonView,
  OverrideRecord,
  OverrideResponse,
} from '../api/wire';
import { Controller } from './controller';
import type { LoadStatus } from './drug-check-controller';
import { asEndpointError, isAbort } from './failure';

export type SignStatus = 'idle' | 'blocked' | 'signing' | 'signed' | 'vetoed' | 'error';

export interface OverrideChoice {
  reasonCode: string;
  note: string;
}

export interface DrugAlertsState {
  status: LoadStatus;
  issues: DrugIssue[];
  overrideReasons: OverrideReasonView[];
  /** The reason chosen per finding id. */
  choices: Record<string, OverrideChoice>;
  /** Findings whose missing reason was pointed out by the last sign attempt. */
  flagged: string[];
  signStatus: SignStatus;
  records: OverrideRecord[];
  error: EndpointError | undefined;
}

/**
 * All findings of a prescription and the override reasons they need. Signing proceeds only when every
 * finding with `overrideRequired` has a coded reason (and a note when the reason asks for one); the
 * reasons are then recorded by the server handler (`POST drugs/overrides`).
 */
export class DrugAlertsController extends Controller<DrugAlertsState> {
  readonly #client: () => EndpointClient;
  #inflight: AbortController | undefined;

  constructor(client: () => EndpointClient) {
    super({
      status: 'idle',
      issues: [],
      overrideReasons: [],
      choices: {},
      flagged: [],
      signStatus: 'idle',
      records: [],
      error: undefined,
    });
    this.#client = client;
  }

  /** Findings computed elsewhere. Reasons already chosen for findings that remain are kept. */
  setIssues(issues: DrugIssue[], overrideReasons?: OverrideReasonView[]): void {
    this.#inflight?.abort();
    this.update({
      status: 'ready',
      issues,
      ...(overrideReasons ? { overrideReasons } : {}),
      choices: keep(this.state.choices, issues),
      flagged: [],
      signStatus: 'idle',
      error: undefined,
    });
  }

  /** The coded reasons to offer, when the host supplied findings but no reasons. */
  async loadReasons(): Promise<void> {
    if (this.state.overrideReasons.length) return;
    try {
      const answer = await this.#client().get<OverrideReasonsResponse>('drugs/override-reasons');
      this.update({ overrideReasons: answer.overrideReasons });
    } catch (error) {
      this.update({ status: 'error', error: asEndpointError(error) });
    }
  }

  async check(request: DrugCheckRequest): Promise<DrugIssue[] | undefined> {
    this.#inflight?.abort();
    const inflight = new AbortController();
    this.#inflight = inflight;
    this.update({ status: 'loading', error: undefined, signStatus: 'idle', flagged: [] });
    try {
      const answer = await this.#client().post<DrugCheckResponse>('drugs/check', request, inflight.signal);
      this.update({
        status: 'ready',
        issues: answer.issues,
        overrideReasons: answer.overrideReasons,
        choices: keep(this.state.choices, answer.issues),
      });
      return answer.issues;
    } catch (error) {
      if (isAbort(error)) return undefined;
      this.update({ status: 'error', issues: [], error: asEndpointError(error) });
      return undefined;
    }
  }

  choose(issueId: string, reasonCode: string): void {
    const current = this.state.choices[issueId] ?? { reasonCode: '', note: '' };
    this.#setChoice(issueId, { ...current, reasonCode });
  }

  setNote(issueId: string, note: string): void {
    const current = this.state.choices[issueId] ?? { reasonCode: '', note: '' };
    this.#setChoice(issueId, { ...current, note });
  }

  /** Ids of findings that still lack a valid reason, in display order. */
  unresolved(): string[] {
    return this.state.issues
      .filter((issue) => issue.overrideRequired && !this.#valid(this.state.choices[issue.id]))
      .map((issue) => issue.id);
  }

  /** The reasons as they would be recorded. */
  drafts(): OverrideDraft[] {
    return this.state.issues
      .filter((issue) => issue.overrideRequired)
      .map((issue) => {
        const choice = this.state.choices[issue.id] as OverrideChoice;
        const note = choice.note.trim();
        return {
          issueId: issue.id,
          token: issue.overrideToken ?? '',
          reasonCode: choice.reasonCode,
          ...(note ? { note } : {}),
        };
      });
  }

  /** Points out every finding without a reason; returns their ids (empty when signing may go on). */
  block(): string[] {
    const unresolved = this.unresolved();
    this.update({ flagged: unresolved, signStatus: unresolved.length ? 'blocked' : this.state.signStatus });
    return unresolved;
  }

  vetoed(): void {
    this.update({ signStatus: 'vetoed' });
  }

  /**
   * Records the reasons (by default `drafts()`) for the patient the check was about; resolves with the
   * stored records, or undefined after a failure.
   */
  async record(overrides: OverrideDraft[] = this.drafts()): Promise<OverrideRecord[] | undefined> {
    if (overrides.length === 0) {
      this.update({ signStatus: 'signed', records: [] });
      return [];
    }
    this.update({ signStatus: 'signing', error: undefined });
    try {
      const answer = await this.#client().post<OverrideResponse>('drugs/overrides', { overrides });
      this.update({ signStatus: 'signed', records: answer.records });
      return answer.records;
    } catch (error) {
      this.update({ signStatus: 'error', error: asEndpointError(error) });
      return undefined;
    }
  }

  #valid(choice: OverrideChoice | undefined): boolean {
    if (!choice?.reasonCode) return false;
    const reason = this.state.overrideReasons.find((r) => r.code === choice.reasonCode);
    if (!reason) return false;
    return !reason.requiresNote || choice.note.trim().length > 0;
  }

  #setChoice(issueId: string, choice: OverrideChoice): void {
    const choices = { ...this.state.choices, [issueId]: choice };
    const flagged = this.state.flagged.filter((id) => id !== issueId || !this.#valid(choice));
    // A changed reason voids a finished sign attempt; a blocked one clears once nothing is flagged.
    let signStatus = this.state.signStatus;
    if (signStatus === 'signed' || signStatus === 'vetoed' || signStatus === 'error') signStatus = 'idle';
    if (signStatus === 'blocked' && flagged.length === 0) signStatus = 'idle';
    this.update({ choices, flagged, signStatus });
  }
}

function keep(
  choices: Record<string, OverrideChoice>,
  issues: readonly DrugIssue[],
): Record<string, OverrideChoice> {
  const ids = new Set(issues.map((i) => i.id));
  return Object.fromEntries(Object.entries(choices).filter(([id]) => ids.has(id)));
}
