import { kfaProducts } from '@sehatkit/sandbox';
import { describe, expect, it } from 'vitest';
import { createKfaRecordCatalogue } from '../../../src/drugs/catalogue/local-catalogue';
import { memoryAlertStore } from '../../../src/drugs/policy/alert-store';
import { createDrugSafety } from '../../../src/drugs/service';
import { manualClock } from '../../../src/logging/clock';
import type { Logger } from '../../../src/logging/logger';
import { createSehatHandler } from '../../../src/server/create-handler';
import type { SehatHandlerOptions } from '../../../src/server/options';
import type { DrugCheckResponse, DrugSearchResponse } from '../../../src/server/routes/drugs-wire';

// The real drug service over the sandbox's seeded catalogue and the embedded knowledge base.
function setup(options: SehatHandlerOptions = {}, policy: { hardStopRules?: string[] } = {}) {
  const store = memoryAlertStore();
  const drugs = createDrugSafety({
    catalogue: createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' }),
    store,
    policy,
  });
  const handler = createSehatHandler({ drugs, authorize: () => ({ id: 'dr-ani' }), ...options });
  const json = (path: string, body: unknown) =>
    handler(
      new Request(`http://clinic.test${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const get = (path: string) => handler(new Request(`http://clinic.test${path}`));
  return { store, handler, json, get };
}

async function amoxicillinCode(get: (path: string) => Promise<Response>): Promise<string> {
  const body = (await (await get('/drugs/search?q=amoxicillin%20500')).json()) as DrugSearchResponse;
  const product = body.results.find((r) => r.kind === 'product' && /500 mg Kapsul/.test(r.name));
  if (!product) throw new Error('the sandbox catalogue has no amoxicillin 500 mg capsule');
  return product.code;
}

const allergic = (patientId: string) => ({ id: patientId, allergies: [{ name: 'Penisilin' }] });

describe('drug routes', () => {
  it('search brand and Indonesian generic names publicly, with golongan', async () => {
    const { get } = setup({ authorize: undefined });
    const res = await get('/drugs/search?q=amoksisilin');
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as DrugSearchResponse;
    expect(results.some((r) => r.kind === 'ingredient' && r.code === 'amoxicillin')).toBe(true);
    expect(results.some((r) => r.kind === 'product' && r.golongan === 'obat-keras')).toBe(true);
  });

  it('answer a too-short query with 400 naming q, and rate-limit search per client with 429', async () => {
    const clock = manualClock(Date.parse('2026-11-22T08:00:00Z'));
    const { get } = setup({
      clock,
      rateLimit: { limit: 2, windowMs: 60_000 },
      clientKey: () => 'one-client',
    });
    const short = await get('/drugs/search?q=a');
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'q' }] });
    expect((await get('/drugs/search?q=ibuprofen')).status).toBe(200);
    const limited = await get('/drugs/search?q=ibuprofen');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('give a product its basic information and boxed warning, and 404 for an unknown code', async () => {
    const { get } = setup();
    const hit = ((await (await get('/drugs/search?q=ibuprofen')).json()) as DrugSearchResponse).results.find(
      (r) => r.kind === 'product',
    );
    const res = await get(`/drugs/products/${hit?.code}`);
    const detail = await res.json();
    expect(detail).toMatchObject({
      code: hit?.code,
      golongan: expect.any(String),
      registrationNumber: expect.any(String),
    });
    expect(detail.boxedWarnings.length).toBeGreaterThan(0);
    expect(detail.boxedWarnings[0].sources.length).toBeGreaterThan(0);
    const missing = await get('/drugs/products/93999999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', reason: 'product_not_found' });
  });

  it('refuse checks and overrides without an authorize hook', async () => {
    const { json } = setup({ authorize: undefined });
    const check = await json('/drugs/check', { orders: [{ id: 'l1', text: 'amoxicillin' }] });
    expect(check.status).toBe(403);
    const overrides = await json('/drugs/overrides', {
      overrides: [{ issueId: 'x', token: 'x.y', reasonCode: 'previously-tolerated' }],
    });
    expect(overrides.status).toBe(403);
  });

  it('reject malformed checks with the field path, and a request that tries to set the policy', async () => {
    const { json } = setup();
    const noCode = await json('/drugs/check', { orders: [{ id: 'l1' }] });
    expect(noCode.status).toBe(400);
    expect(await noCode.json()).toMatchObject({ issues: [{ path: 'orders[0].productCode' }] });
    const empty = await json('/drugs/check', { orders: [] });
    expect(await empty.json()).toMatchObject({ issues: [{ path: 'orders' }] });
    const policy = await json('/drugs/check', {
      orders: [{ id: 'l1', text: 'amoxicillin' }],
      policy: { disabledRules: ['alg.penicillin'] },
    });
    expect(policy.status).toBe(400);
  });

  it('flag amoxicillin for a penicillin-allergic patient, naming the allergen, with a signed token', async () => {
    const { json, get } = setup();
    const code = await amoxicillinCode(get);
    const res = await json('/drugs/check', {
      orders: [{ id: 'l1', productCode: code }],
      patient: allergic('p-1'),
    });
    const body = (await res.json()) as DrugCheckResponse;
    expect(body.highestTier).toBe('interruptive');
    const allergy = body.issues.find((i) => i.kind === 'ALGY');
    expect(allergy).toMatchObject({
      lines: ['l1'],
      overrideRequired: true,
      allergy: { allergen: 'Penisilin', matchLevel: 'same-group' },
    });
    expect(allergy?.overrideToken).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(body.overrideReasons.map((r) => r.code)).toContain('previously-tolerated');
  });

  it('record an override by the staff member the hook named, and suppress the finding afterwards', async () => {
    const { json, get, store } = setup();
    const code = await amoxicillinCode(get);
    const check = (await (
      await json('/drugs/check', { orders: [{ id: 'l1', productCode: code }], patient: allergic('p-2') })
    ).json()) as DrugCheckResponse;
    const issue = check.issues.find((i) => i.overrideRequired);
    const res = await json('/drugs/overrides', {
      overrides: [{ issueId: issue?.id, token: issue?.overrideToken, reasonCode: 'previously-tolerated' }],
    });
    expect(res.status).toBe(200);
    const { records } = await res.json();
    expect(records[0]).toMatchObject({
      patientId: 'p-2',
      recordedBy: 'dr-ani',
      reasonCode: 'previously-tolerated',
    });
    expect(await store.overrides('p-2')).toHaveLength(1);
    const again = (await (
      await json('/drugs/check', { orders: [{ id: 'l1', productCode: code }], patient: allergic('p-2') })
    ).json()) as DrugCheckResponse;
    expect(again.issues.find((i) => i.id === issue?.id)?.tier).toBe('suppressed');
  });

  it('record nothing when one override is forged, lacks a note, or nobody is named', async () => {
    const { json, get, store } = setup();
    const code = await amoxicillinCode(get);
    const check = (await (
      await json('/drugs/check', { orders: [{ id: 'l1', productCode: code }], patient: allergic('p-3') })
    ).json()) as DrugCheckResponse;
    const issue = check.issues.find((i) => i.overrideRequired);
    const [payload, signature] = (issue?.overrideToken ?? '').split('.');
    const claim = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claim, tier: 'passive' })).toString('base64url')}.${signature}`;
    const res = await json('/drugs/overrides', {
      overrides: [
        { issueId: issue?.id, token: issue?.overrideToken, reasonCode: 'previously-tolerated' },
        { issueId: issue?.id, token: forged, reasonCode: 'other' },
      ],
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.issues.map((i: { path: string }) => i.path)).toEqual([
      'overrides[1].token',
      'overrides[1].note',
    ]);
    expect(await store.overrides('p-3')).toHaveLength(0);
    const anonymous = await setup({ authorize: () => true }).json('/drugs/overrides', {
      overrides: [{ issueId: issue?.id, token: issue?.overrideToken, reasonCode: 'previously-tolerated' }],
    });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({ reason: 'principal_required' });
  });

  it('record a hard stop only with the second person the host names', async () => {
    const { json, get, store } = setup({}, { hardStopRules: ['allergy.exact'] });
    const code = await amoxicillinCode(get);
    const check = (await (
      await json('/drugs/check', {
        orders: [{ id: 'l1', productCode: code }],
        patient: { id: 'p-5', allergies: [{ name: 'Amoxicillin', severeReaction: true }] },
      })
    ).json()) as DrugCheckResponse;
    const issue = check.issues.find((i) => i.tier === 'hard-stop');
    expect(issue).toBeDefined();
    const draft = { issueId: issue?.id, token: issue?.overrideToken, reasonCode: 'benefit-outweighs-risk' };
    const alone = await json('/drugs/overrides', { overrides: [draft] });
    expect(alone.status).toBe(400);
    expect(await alone.json()).toMatchObject({ issues: [{ path: 'overrides[0].coSignedBy' }] });
    const cosigned = await json('/drugs/overrides', { overrides: [{ ...draft, coSignedBy: 'apt-budi' }] });
    expect((await cosigned.json()).records[0]).toMatchObject({
      coSignedBy: 'apt-budi',
      recordedBy: 'dr-ani',
    });
    expect(await store.overrides('p-5')).toHaveLength(1);
  });

  it('accept tokens across handler instances that share drugOverrideKey, and log no key', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
      warn: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
      error: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
    };
    const key = 'a-shared-override-signing-key-of-40-chars';
    const first = setup({ drugOverrideKey: key, logger });
    const second = setup({ drugOverrideKey: key, logger });
    const code = await amoxicillinCode(first.get);
    const check = (await (
      await first.json('/drugs/check', {
        orders: [{ id: 'l1', productCode: code }],
        patient: allergic('p-4'),
      })
    ).json()) as DrugCheckResponse;
    const issue = check.issues.find((i) => i.overrideRequired);
    const res = await second.json('/drugs/overrides', {
      overrides: [{ issueId: issue?.id, token: issue?.overrideToken, reasonCode: 'will-monitor' }],
    });
    expect(res.status).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(key);
  });
});
