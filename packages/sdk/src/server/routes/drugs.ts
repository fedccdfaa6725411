import { z } from 'zod';
import type { ProductRecord } from '../../drugs/catalogue/product';
import type { MedicationLine } from '../../drugs/engine/input';
import type { DrugIssue as EngineIssue } from '../../drugs/engine/issue';
import { expandClasses, exposureKeys } from '../../drugs/engine/match';
import type { Citation } from '../../drugs/schema/primitives';
import type { DrugSafety, OrderInput, SearchResult } from '../../drugs/service';
import type { FieldIssue } from '../../errors/field-issue';
import { ForbiddenError, NotFoundError } from '../../errors/remote-errors';
import { ValidationError } from '../../errors/validation-error';
import type { RouteModule } from '../context';
import type {
  CitationView,
  ContraindicationView,
  DrugCheckResponse,
  DrugIssue,
  DrugSearchResponse,
  OverrideReasonsResponse,
  OverrideReasonView,
  OverrideResponse,
  ProductDetail,
  ProductSummary,
} from './drugs-wire';
import { type IssueClaim, OverrideTokens } from './override-token';

/** The drug service the host constructs (`createDrugSafety()` from `@sehatkit/sdk/drugs`); only these are used. */
export type DrugRouteService = Pick<
  DrugSafety,
  'search' | 'product' | 'check' | 'override' | 'overrideReasons' | 'knowledgeBase'
>;

const searchQuery = z
  .object({
    q: z.string().trim().min(2, 'must have at least 2 characters').max(100),
    limit: z.coerce.number().int().min(1).max(20).default(8),
  })
  .strict();

const code = z.string().trim().min(1).max(64);
const line = z
  .object({
    id: z.string().trim().min(1).max(64),
    productCode: code.optional(),
    ingredientId: code.optional(),
    text: z.string().trim().min(1).max(200).optional(),
    display: z.string().trim().min(1).max(200).optional(),
    dose: z
      .object({
        amount: z.number().positive().max(100_000),
        unit: z.string().trim().min(1).max(20),
        perDay: z.number().positive().max(48),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((l) => l.productCode || l.ingredientId || l.text, {
    message: 'give productCode, ingredientId or text',
    path: ['productCode'],
  });

// The patient is checked in detail by the engine; here only its place and size are bounded.
const checkBody = z
  .object({
    orders: z.array(line).min(1, 'at least one order is required').max(50),
    currentMedications: z.array(line).max(100).optional(),
    patient: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const overridesBody = z
  .object({
    overrides: z
      .array(
        z
          .object({
            issueId: z.string().min(1).max(200),
            token: z.string().min(1).max(4000),
            reasonCode: z.string().min(1).max(64),
            note: z.string().trim().max(1000).optional(),
            coSignedBy: z.string().trim().min(1).max(200).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

type Line = z.output<typeof line>;

function toOrder(l: Line): OrderInput {
  return {
    id: l.id,
    ...(l.productCode ? { productCode: l.productCode } : {}),
    ...(l.ingredientId ? { ingredients: [{ ingredientId: l.ingredientId }] } : {}),
    ...(l.text ? { text: l.text } : {}),
    ...(l.display ? { display: l.display } : {}),
    ...(l.dose ? { dose: l.dose } : {}),
  } as MedicationLine;
}

function citation(c: Citation): CitationView {
  return {
    title: c.title,
    ...(c.section ? { section: c.section } : {}),
    ...(c.publisher ? { publisher: c.publisher } : {}),
    ...(c.year !== undefined ? { year: c.year } : {}),
    ...(c.id ? { id: c.id } : {}),
    ...(c.url ? { url: c.url } : {}),
  };
}

function productSummary(p: ProductRecord): ProductSummary {
  return {
    kind: 'product',
    code: p.code,
    name: p.name,
    ingredients: p.ingredients.map((i) => ({
      name: i.name,
      ...(i.strength ? { strength: i.strength } : {}),
    })),
    ...(p.dosageForm ? { dosageForm: p.dosageForm.name } : {}),
    ...(p.golongan ? { golongan: p.golongan } : {}),
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
  };
}

function searchHit(hit: SearchResult): ProductSummary {
  if (hit.kind === 'product' && hit.product) return productSummary(hit.product);
  return { kind: 'ingredient', code: hit.id, name: hit.label, ingredients: [{ name: hit.label }] };
}

/** The one place engine findings become the wire shape the elements read. */
function issueView(issue: EngineIssue, token: string | undefined): DrugIssue {
  const { allergyLevel, allergen } = issue.matched;
  return {
    id: issue.id,
    kind: issue.kind,
    severity: issue.severity,
    tier: issue.tier,
    lines: issue.lines,
    ...(issue.ruleId ? { ruleId: issue.ruleId } : {}),
    summary: issue.summary,
    detail: issue.detail,
    ...(issue.management ? { management: issue.management } : {}),
    ...(allergyLevel && allergen ? { allergy: { allergen, matchLevel: allergyLevel } } : {}),
    evidence: issue.evidence.map(citation),
    overrideRequired: issue.overrideRequired,
    ...(token ? { overrideToken: token } : {}),
  };
}

function reasons(service: DrugRouteService): OverrideReasonView[] {
  return service.overrideReasons.map((r) => ({
    code: r.code,
    label: r.display,
    requiresNote: r.requiresText === true,
  }));
}

/**
 * The product's basic information from the catalogue, and from the knowledge base the boxed warnings and
 * the contraindication rules of its ingredients (by ingredient and by every class they belong to).
 */
function productDetail(
  service: DrugRouteService,
  p: ProductRecord,
  ingredientIds: (string | null)[],
): ProductDetail {
  const kb = service.knowledgeBase;
  const boxedWarnings: ProductDetail['boxedWarnings'] = [];
  const seen = new Set<string>();
  const contraindications: ContraindicationView[] = [];
  for (const id of ingredientIds) {
    if (!id) continue;
    for (const warning of kb.ingredient(id)?.boxedWarnings ?? []) {
      boxedWarnings.push({ summary: warning.summary, sources: warning.sources.map(citation) });
    }
    for (const key of exposureKeys(id, expandClasses(kb, id, p.route?.normalized, undefined))) {
      for (const rule of kb.contraindicationsFor(key)) {
        if (seen.has(rule.id)) continue;
        seen.add(rule.id);
        contraindications.push({
          category: rule.category,
          text: rule.summary,
          sources: rule.sources.map(citation),
        });
      }
    }
  }
  const packaging = p.packaging.map((k) => k.name).join('; ');
  return {
    ...productSummary(p),
    ...(p.route ? { route: p.route.name } : {}),
    ...(p.releasePattern ? { releasePattern: p.releasePattern } : {}),
    ...(p.flavour ? { flavour: p.flavour } : {}),
    ...(p.nie ? { registrationNumber: p.nie } : {}),
    ...(packaging ? { packaging } : {}),
    boxedWarnings,
    contraindications,
  };
}

/**
 * The drug routes behind `<sehat-drug-search>`, `<sehat-drug-badge>` and `<sehat-drug-alerts>`:
 * public (rate limited) search, product detail and override reasons; staff checks (`drugs.check`) and
 * override records (`drugs.override`). The clinic's alert policy stays in the service: a request cannot
 * change tiers. Overrides refer to findings by a token the check signed, so a client cannot record that
 * it overrode something milder than what was shown.
 */
export const drugRoutes: RouteModule = {
  name: 'drugs',
  enabled: (options) => options.drugs !== undefined,
  mount(app, ctx) {
    const service = ctx.options.drugs as DrugRouteService;
    const tokens = new OverrideTokens(ctx.options.drugOverrideKey, ctx.clock);
    if (ctx.options.drugOverrideKey) ctx.redactor.addSecret(ctx.options.drugOverrideKey);

    app.get('/drugs/search', ctx.publicLimit, async (c) => {
      const { q, limit } = ctx.query(c, searchQuery, 'drug search');
      const hits = await service.search(q, { limit });
      return c.json({ results: hits.map(searchHit) } satisfies DrugSearchResponse);
    });

    app.get('/drugs/override-reasons', ctx.publicLimit, (c) =>
      c.json({ overrideReasons: reasons(service) } satisfies OverrideReasonsResponse),
    );

    app.get('/drugs/products/:code', ctx.publicLimit, async (c) => {
      const parsed = code.safeParse(c.req.param('code'));
      if (!parsed.success) {
        throw new ValidationError('product code', [{ path: 'code', message: 'must be 1 to 64 characters' }]);
      }
      const product = await service.product(parsed.data);
      if (!product) throw new NotFoundError('No product with that code', { reason: 'product_not_found' });
      return c.json(productDetail(service, product, product.ingredientIds) satisfies ProductDetail);
    });

    app.post('/drugs/check', ctx.staff('drugs.check'), async (c) => {
      const body = await ctx.body(c, checkBody, 'drug check');
      const result = await service.check({
        orders: body.orders.map(toOrder),
        ...(body.currentMedications ? { currentMedications: body.currentMedications.map(toOrder) } : {}),
        ...(body.patient ? { patient: body.patient as never } : {}),
      });
      const patientId = typeof body.patient?.id === 'string' ? body.patient.id : undefined;
      const issues = await Promise.all(
        result.issues.map(async (issue) =>
          issueView(issue, issue.overrideRequired ? await tokens.sign(claimOf(issue, patientId)) : undefined),
        ),
      );
      const tierOrder = ['hard-stop', 'interruptive', 'passive', 'suppressed'] as const;
      const highestTier = tierOrder.find((t) => issues.some((i) => i.tier === t));
      return c.json({
        issues,
        ...(highestTier ? { highestTier } : {}),
        overrideReasons: reasons(service),
        knowledgeBase: result.knowledgeBase.version,
      } satisfies DrugCheckResponse);
    });

    app.post('/drugs/overrides', ctx.staff('drugs.override'), async (c) => {
      const staff = c.get('staff');
      if (!staff?.id) {
        throw new ForbiddenError(
          'Recording an override needs to know who overrides: return a principal ({ id }) from authorize.',
          { reason: 'principal_required' },
        );
      }
      const body = await ctx.body(c, overridesBody, 'overrides');
      // Every entry is verified before anything is recorded, so a bad one leaves nothing half-written.
      const problems: FieldIssue[] = [];
      const claims: IssueClaim[] = [];
      for (const [i, o] of body.overrides.entries()) {
        const claim = await tokens.verify(o.token);
        const reason = service.overrideReasons.find((r) => r.code === o.reasonCode);
        if (!claim || claim.issueId !== o.issueId) {
          problems.push({
            path: `overrides[${i}].token`,
            message: 'is not a finding this server issued, or it expired',
            code: 'invalid_token',
          });
        } else if (!claim.patientId) {
          problems.push({
            path: `overrides[${i}].token`,
            message: 'the check had no patient.id; overrides are kept per patient',
            code: 'no_patient',
          });
        } else if (claim.tier === 'hard-stop' && !o.coSignedBy) {
          problems.push({
            path: `overrides[${i}].coSignedBy`,
            message: 'a hard stop needs a second person',
            code: 'co_sign_required',
          });
        }
        if (!reason) {
          problems.push({
            path: `overrides[${i}].reasonCode`,
            message: 'must be one of the coded override reasons',
            code: 'invalid_reason',
          });
        } else if (reason.requiresText && !o.note) {
          problems.push({
            path: `overrides[${i}].note`,
            message: `is required for reason "${reason.code}"`,
            code: 'note_required',
          });
        }
        if (claim) claims.push(claim);
      }
      if (problems.length) throw new ValidationError('overrides', problems);
      const records: OverrideResponse['records'] = [];
      for (const [i, o] of body.overrides.entries()) {
        const claim = claims[i] as IssueClaim;
        const record = await service.override({
          patientId: claim.patientId as string,
          issue: {
            id: claim.issueId,
            kind: claim.kind,
            severity: claim.severity,
            tier: claim.tier,
            ...(claim.ruleId ? { ruleId: claim.ruleId } : {}),
            suppressionKey: claim.suppressionKey,
            knowledgeBase: { version: claim.knowledgeBase },
          },
          reasonCode: o.reasonCode,
          ...(o.note ? { reasonText: o.note } : {}),
          by: staff.id,
          ...(o.coSignedBy ? { coSignedBy: o.coSignedBy } : {}),
        });
        records.push({
          id: record.id,
          issueId: record.issueId,
          ...(record.ruleId ? { ruleId: record.ruleId } : {}),
          reasonCode: record.reasonCode,
          ...(record.reasonText ? { note: record.reasonText } : {}),
          patientId: record.patientId,
          recordedBy: record.by,
          ...(record.coSignedBy ? { coSignedBy: record.coSignedBy } : {}),
          recordedAt: record.at,
          ...(record.suppressedUntil ? { suppressedUntil: record.suppressedUntil } : {}),
        });
      }
      return c.json({ records } satisfies OverrideResponse);
    });
  },
};

function claimOf(issue: EngineIssue, patientId: string | undefined): Omit<IssueClaim, 'expiresAt'> {
  return {
    issueId: issue.id,
    ...(patientId ? { patientId } : {}),
    kind: issue.kind,
    severity: issue.severity,
    tier: issue.tier,
    ...(issue.ruleId ? { ruleId: issue.ruleId } : {}),
    suppressionKey: issue.suppressionKey,
    knowledgeBase: issue.knowledgeBase.version,
  };
}
