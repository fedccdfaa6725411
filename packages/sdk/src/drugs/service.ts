import { z } from 'zod';
import { ValidationError } from '../errors/validation-error';
import { parseConfig, parseInput } from '../errors/zod-issues';
import { type Clock, systemClock } from '../logging/clock';
import { type Logger, silentLogger } from '../logging/logger';
import type { ProductCatalogue, ProductRecord } from './catalogue/product';
import { type CheckInput, check } from './engine/check';
import type { MedicationLine, PatientContext } from './engine/input';
import type { DrugIssue } from './engine/issue';
import { defaultKnowledgeBase } from './kb/default';
import type { KnowledgeBase } from './kb/knowledge-base';
import type { DrugAlertStore, OverrideRecord } from './policy/alert-store';
import type { DrugAlertMetrics } from './policy/metrics';
import { OVERRIDE_REASONS, overrideReason } from './policy/override-reasons';
import type { PolicyInput } from './policy/policy';
import { ingredientDocuments, productDocument } from './search/documents';
import { DrugSearchIndex } from './search/search-index';

const optionsSchema = z.object({
  /** The knowledge base; default the embedded one (`@sehatkit/sdk/drugs/knowledge-base`). */
  knowledgeBase: z.custom<KnowledgeBase>().optional(),
  /** Where products come from (KFA, host inventory, sandbox seed, or several combined). Default none. */
  catalogue: z.custom<ProductCatalogue>((v) => typeof v === 'object' && v !== null && 'get' in v).optional(),
  /** Overrides and suppressions. Default: none kept (overrides are still validated and returned). */
  store: z
    .custom<DrugAlertStore>((v) => typeof v === 'object' && v !== null && 'recordOverride' in v)
    .optional(),
  /** Clinic policy applied to every check unless a request overrides it. Default: see `policySchema`. */
  policy: z.custom<PolicyInput>().optional(),
  metrics: z.custom<DrugAlertMetrics>().optional(),
  /** Days an override suppresses the same finding for the patient. Default 365; 0 disables suppression. */
  suppressionDays: z.number().int().min(0).max(3650).default(365),
  clock: z.custom<Clock>((v) => typeof v === 'object' && v !== null && 'now' in v).default(systemClock),
  logger: z.custom<Logger>().default(silentLogger),
});
export type DrugSafetyOptions = z.input<typeof optionsSchema>;

/** A line as the host sends it: already coded, or just a product code for the catalogue to resolve. */
export type OrderInput = MedicationLine & { productCode?: string };

export interface CheckRequest {
  orders: OrderInput[];
  currentMedications?: OrderInput[];
  patient?: PatientContext;
  /** Per-request policy, merged over the service policy. */
  policy?: PolicyInput;
}

export interface CheckResult {
  issues: DrugIssue[];
  knowledgeBase: { version: string; releasedAt: string };
  checkedAt: string;
}

export interface SearchResult {
  kind: 'product' | 'ingredient';
  id: string;
  label: string;
  product?: ProductRecord;
  score: number;
}

const overrideSchema = z.object({
  patientId: z.string().min(1),
  issue: z.object({
    id: z.string().min(1),
    kind: z.string(),
    severity: z.enum(['CI', 'MAJ', 'MOD', 'MIN']),
    tier: z.enum(['hard-stop', 'interruptive', 'passive', 'suppressed']),
    ruleId: z.string().optional(),
    suppressionKey: z.string().min(1),
    knowledgeBase: z.object({ version: z.string() }),
  }),
  reasonCode: z
    .string()
    .refine((c) => overrideReason(c) !== undefined, 'must be one of the coded override reasons'),
  reasonText: z.string().trim().min(1).max(1000).optional(),
  by: z.string().min(1),
  coSignedBy: z.string().min(1).optional(),
  /** Overrides the service default; 0 means no suppression. */
  suppressForDays: z.number().int().min(0).max(3650).optional(),
});
export type OverrideRequest = z.input<typeof overrideSchema>;

/**
 * The drug dictionary and safety checks as one object: product look-up and type-ahead search over the
 * catalogue and the knowledge base, checks that resolve products through the catalogue first, and coded
 * overrides with per-patient suppression. The server handler and the elements call this.
 */
export class DrugSafety {
  readonly knowledgeBase: KnowledgeBase;
  readonly overrideReasons = OVERRIDE_REASONS;
  readonly #o: z.output<typeof optionsSchema>;
  readonly #catalogue: ProductCatalogue | undefined;
  #index: DrugSearchIndex | undefined;
  readonly #products = new Map<string, ProductRecord>();

  constructor(options: DrugSafetyOptions = {}) {
    this.#o = parseConfig(optionsSchema, options, 'drug safety');
    this.knowledgeBase = this.#o.knowledgeBase ?? defaultKnowledgeBase();
    this.#catalogue = this.#o.catalogue;
  }

  /** Builds the search index now (otherwise it is built on the first search). */
  warmUp(): void {
    this.#searchIndex();
  }

  #searchIndex(): DrugSearchIndex {
    if (this.#index) return this.#index;
    const products = this.#catalogue?.list?.() ?? [];
    for (const p of products) this.#products.set(p.code, p);
    this.#index = new DrugSearchIndex([
      ...ingredientDocuments(this.knowledgeBase),
      ...products.map((p) => productDocument(this.knowledgeBase, p)),
    ]);
    return this.#index;
  }

  /**
   * Type-ahead over local products and knowledge-base ingredients (brand and generic names, Indonesian
   * spellings, typos, any word order). When the catalogue also searches remotely (KFA) and the local index
   * finds fewer than `limit`, the remote results fill the list.
   */
  async search(query: string, options: { limit?: number } = {}): Promise<SearchResult[]> {
    const q = parseInput(z.string().max(200), query, 'drug search');
    const limit = parseInput(z.number().int().min(1).max(50).default(10), options.limit, 'drug search limit');
    const hits = this.#searchIndex().search(q, limit);
    const out: SearchResult[] = hits.map((h) => {
      if (h.kind === 'ingredient') {
        const ing = this.knowledgeBase.ingredient(h.id);
        return { kind: 'ingredient', id: h.id, label: ing?.names.id ?? h.id, score: h.score };
      }
      const product = this.#products.get(h.id) as ProductRecord;
      return { kind: 'product', id: h.id, label: product.name, product, score: h.score };
    });
    if (out.length < limit && q.trim().length >= 3 && this.#catalogue?.search) {
      const remote = await this.#catalogue.search(q, limit - out.length);
      for (const p of remote) {
        if (!out.some((r) => r.id === p.code))
          out.push({ kind: 'product', id: p.code, label: p.name, product: p, score: 0 });
      }
    }
    return out;
  }

  /** One product by KFA or host code, with its ingredients resolved to the knowledge base where possible. */
  async product(code: string): Promise<(ProductRecord & { ingredientIds: (string | null)[] }) | undefined> {
    parseInput(z.string().trim().min(1).max(64), code, 'product code');
    const p = this.#products.get(code) ?? (await this.#catalogue?.get(code));
    if (!p) return undefined;
    return {
      ...p,
      ingredientIds: p.ingredients.map(
        (i) =>
          (i.kfaCode ? this.knowledgeBase.resolveBza(i.kfaCode) : undefined) ??
          this.knowledgeBase.resolveName(i.name) ??
          null,
      ),
    };
  }

  async #resolveLine(line: OrderInput): Promise<MedicationLine> {
    if ((line.ingredients && line.ingredients.length > 0) || !line.productCode) return line;
    const product = await this.#catalogue?.get(line.productCode);
    if (!product || product.ingredients.length === 0) {
      return { ...line, text: line.text ?? line.display ?? line.productCode };
    }
    return {
      ...line,
      display: line.display ?? product.name,
      golongan: line.golongan === undefined ? product.golongan : line.golongan,
      ...((line.route ?? product.route?.normalized)
        ? { route: line.route ?? product.route?.normalized }
        : {}),
      ingredients: product.ingredients.map((i) => ({
        name: i.name,
        ...(i.kfaCode ? { kfaCode: i.kfaCode } : {}),
        ...(i.strength ? { strength: i.strength } : {}),
      })),
    };
  }

  /**
   * Resolves product codes through the catalogue, loads the patient's active suppressions, runs the check
   * and reports what was shown to the metrics hooks.
   */
  async check(request: CheckRequest): Promise<CheckResult> {
    const now = this.#o.clock.now();
    const orders = await Promise.all((request.orders ?? []).map((l) => this.#resolveLine(l)));
    const current = await Promise.all((request.currentMedications ?? []).map((l) => this.#resolveLine(l)));
    const patientId = request.patient?.id;
    const suppressions =
      patientId && this.#o.store ? await this.#o.store.activeSuppressions(patientId, now) : [];
    const policy: PolicyInput = { ...(this.#o.policy ?? {}), ...(request.policy ?? {}), suppressions };
    const input: CheckInput = { orders, currentMedications: current, policy, now };
    if (request.patient) input.patient = request.patient;
    const issues = check(input, { knowledgeBase: this.knowledgeBase });
    this.#o.metrics?.alertsShown?.(issues);
    this.#o.logger.debug('drug check', { lines: orders.length + current.length, issues: issues.length });
    return {
      issues,
      knowledgeBase: { version: this.knowledgeBase.version, releasedAt: this.knowledgeBase.releasedAt },
      checkedAt: new Date(now).toISOString(),
    };
  }

  /**
   * Records a coded override. `other` needs free text; a hard stop needs a second person (`coSignedBy`).
   * Unless disabled, the same finding is suppressed for this patient until the suppression expires.
   */
  async override(request: OverrideRequest): Promise<OverrideRecord> {
    const r = parseInput(overrideSchema, request, 'override');
    if (overrideReason(r.reasonCode)?.requiresText && !r.reasonText) {
      throw new ValidationError('override', [
        { path: 'reasonText', message: 'is required for reason "other"' },
      ]);
    }
    if (r.issue.tier === 'hard-stop' && !r.coSignedBy) {
      throw new ValidationError('override', [
        { path: 'coSignedBy', message: 'a hard stop needs a second person' },
      ]);
    }
    const now = this.#o.clock.now();
    const days = r.suppressForDays ?? this.#o.suppressionDays;
    const record: OverrideRecord = {
      id: globalThis.crypto.randomUUID(),
      patientId: r.patientId,
      issueId: r.issue.id,
      ...(r.issue.ruleId ? { ruleId: r.issue.ruleId } : {}),
      suppressionKey: r.issue.suppressionKey,
      kind: r.issue.kind as OverrideRecord['kind'],
      severity: r.issue.severity,
      tier: r.issue.tier,
      reasonCode: r.reasonCode,
      ...(r.reasonText ? { reasonText: r.reasonText } : {}),
      by: r.by,
      ...(r.coSignedBy ? { coSignedBy: r.coSignedBy } : {}),
      at: new Date(now).toISOString(),
      ...(days > 0 && r.issue.tier !== 'hard-stop'
        ? { suppressedUntil: new Date(now + days * 86_400_000).toISOString() }
        : {}),
      knowledgeBaseVersion: r.issue.knowledgeBase.version,
    };
    await this.#o.store?.recordOverride(record);
    this.#o.metrics?.alertOverridden?.(record);
    return record;
  }
}

export function createDrugSafety(options: DrugSafetyOptions = {}): DrugSafety {
  return new DrugSafety(options);
}
