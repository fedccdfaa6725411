/**
 * Drug dictionary benchmarks, side by side in one run:
 * - check latency for a 10-line prescription plus 5 current medications (target p99 < 1 ms);
 * - type-ahead latency per keystroke over a 100k-product synthetic catalogue for our index, fuse.js and
 *   minisearch on the same documents with the same Indonesian/English folding, with ratios, top-5 agreement,
 *   recall@5 on the labelled queries, index build time and memory.
 * Results: bench/results/drugs.json.
 */

import os from 'node:os';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { median, percentile, writeBenchResult } from '../../../scripts/bench-report';
import type { ProductRecord } from '../src/drugs/catalogue/product';
import { check } from '../src/drugs/engine/check';
import type { MedicationLine } from '../src/drugs/engine/input';
import { defaultKnowledgeBase } from '../src/drugs/kb/default';
import { ingredientDocuments, productDocument } from '../src/drugs/search/documents';
import { foldToken, tokenize } from '../src/drugs/search/normalise';
import { DrugSearchIndex, type SearchDocument } from '../src/drugs/search/search-index';
import { type LabelledQuery, labelledQueries } from './drugs/queries';
import { syntheticCatalogue } from './drugs/synthetic-catalogue';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const now = () => Number(process.hrtime.bigint()) / 1e6;
const round = (x: number, digits = 4) => Number(x.toFixed(digits));
// Typed arrays live outside the JS heap, so memory is heap plus array buffers.
const heap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// ---- check latency -------------------------------------------------------------------------------
const kb = defaultKnowledgeBase();
const rx = (id: string, ingredients: [string, string][], dose?: MedicationLine['dose']): MedicationLine => ({
  id,
  ingredients: ingredients.map(([name, strength]) => ({ name, strength })),
  ...(dose ? { dose } : {}),
});
const orders: MedicationLine[] = [
  rx('o1', [['Paracetamol', '500 mg']], { amount: 1, unit: 'tablet', perDay: 3 }),
  rx(
    'o2',
    [
      ['Paracetamol', '500 mg'],
      ['Phenylephrine Hydrochloride', '15 mg'],
      ['Chlorpheniramine Maleate', '2 mg'],
    ],
    { amount: 1, unit: 'kaplet', perDay: 3 },
  ),
  rx('o3', [['Amoxicillin Trihydrate', '500 mg']], { amount: 1, unit: 'kapsul', perDay: 3 }),
  rx('o4', [['Ibuprofen', '400 mg']], { amount: 1, unit: 'tablet', perDay: 3 }),
  rx('o5', [['Omeprazole', '20 mg']]),
  rx('o6', [['Dextromethorphan Hydrobromide', '15 mg']]),
  rx('o7', [['Ambroxol Hydrochloride', '30 mg']]),
  rx('o8', [['Cetirizine Dihydrochloride', '10 mg']]),
  rx('o9', [['Clarithromycin', '500 mg']]),
  rx('o10', [['Metformin Hydrochloride', '500 mg']], { amount: 1, unit: 'tablet', perDay: 2 }),
];
const current: MedicationLine[] = [
  rx('c1', [['Warfarin Sodium', '2 mg']]),
  rx('c2', [['Simvastatin', '20 mg']]),
  rx('c3', [['Amlodipine Besilate', '10 mg']]),
  rx('c4', [['Lisinopril', '10 mg']]),
  { id: 'c5', text: 'glimepiride 2 mg dari puskesmas' },
];
const patient = {
  id: 'bench',
  ageYears: 67,
  egfr: 52,
  conditions: ['E11.9', 'I10'],
  allergies: [{ name: 'cotrimoxazole sulfamethoxazole' }, { atc: 'J01CE' }],
};
const input = { orders, currentMedications: current, patient };
const issueCount = check(input).length;
for (let i = 0; i < 2000; i++) check(input);
// Wall time per call, and CPU time per call (process.cpuUsage): on a shared, loaded host the scheduler's
// pauses land in wall time but not in CPU time, so both are reported.
const checkSamples: number[] = [];
const checkCpuSamples: number[] = [];
for (let i = 0; i < 20000; i++) {
  const cpu = process.cpuUsage();
  const t = now();
  check(input);
  checkSamples.push(now() - t);
  const used = process.cpuUsage(cpu);
  checkCpuSamples.push((used.user + used.system) / 1000);
}
const checkResult = {
  // Other processes share this machine; p99 on a loaded host includes time the scheduler took away.
  loadAverage1m: round(os.loadavg()[0] ?? 0, 2),
  lines: orders.length + current.length,
  issues: issueCount,
  iterations: checkSamples.length,
  p50Ms: round(median(checkSamples)),
  p99Ms: round(percentile(checkSamples, 99)),
  maxMs: round(Math.max(...checkSamples)),
  cpuP50Ms: round(median(checkCpuSamples)),
  cpuP99Ms: round(percentile(checkCpuSamples, 99)),
  targetP99Ms: 1,
};
console.log(
  `check: ${checkResult.lines} lines, ${issueCount} issues, wall p50 ${checkResult.p50Ms} ms p99 ${checkResult.p99Ms} ms, CPU p50 ${checkResult.cpuP50Ms} ms p99 ${checkResult.cpuP99Ms} ms (target p99 < 1 ms; load ${checkResult.loadAverage1m})`,
);

// ---- search --------------------------------------------------------------------------------------
const t0 = now();
const products = syntheticCatalogue(kb, 100_000);
const docs: SearchDocument[] = [...ingredientDocuments(kb), ...products.map((p) => productDocument(kb, p))];
console.log(
  `catalogue: ${products.length} products + ${kb.ingredients.length} ingredients in ${round(now() - t0, 0)} ms`,
);

const byCode = new Map<string, ProductRecord>(products.map((p) => [p.code, p]));
const productIngredients = new Map<string, Set<string>>();
for (const p of products) {
  productIngredients.set(
    p.code,
    new Set(p.ingredients.map((i) => kb.resolveName(i.name)).filter((x): x is string => !!x)),
  );
}
const relevant = (q: LabelledQuery, id: string) => {
  const p = byCode.get(id);
  if (!p) return q.ingredient !== undefined && id === q.ingredient;
  if (q.brand) return p.brand === q.brand;
  return q.ingredient !== undefined && (productIngredients.get(id)?.has(q.ingredient) ?? false);
};

const folded = (text: string | undefined) => (text ? tokenize(text).map(foldToken).join(' ') : '');
const maxEdits = (term: string) => (term.length <= 3 || /^\d/.test(term) ? 0 : term.length <= 6 ? 1 : 2);

interface Engine {
  name: string;
  buildMs: number;
  heapBytes: number;
  search(q: string): string[];
}

function build(name: string, make: () => (q: string) => string[]): Engine {
  const before = heap();
  const start = now();
  const search = make();
  const buildMs = now() - start;
  const heapBytes = heap() - before;
  console.log(`${name}: built in ${round(buildMs, 0)} ms, ~${round(heapBytes / 1048576, 1)} MiB`);
  return { name, buildMs, heapBytes, search };
}

const ours = build('sehatkit', () => {
  const index = new DrugSearchIndex(docs);
  return (q) => index.search(q, 5).map((h) => h.id);
});
const mini = build('minisearch', () => {
  const ms = new MiniSearch<SearchDocument>({
    fields: ['name', 'ingredients', 'extra'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => foldToken(term),
    searchOptions: {
      boost: { name: 1, ingredients: 0.85, extra: 0.3 },
      prefix: true,
      fuzzy: (term) => maxEdits(term),
      combineWith: 'OR',
    },
  });
  ms.addAll(docs);
  return (q) =>
    ms
      .search(q)
      .slice(0, 5)
      .map((r) => String(r.id));
});
const fuse = build('fuse.js', () => {
  const f = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 1 },
      { name: 'ingredients', weight: 0.85 },
      { name: 'extra', weight: 0.3 },
    ],
    getFn: (doc, path) =>
      folded((doc as unknown as Record<string, string>)[Array.isArray(path) ? (path[0] as string) : path]),
    ignoreLocation: true,
    threshold: 0.4,
    useExtendedSearch: false,
  });
  return (q) => f.search(folded(q), { limit: 5 }).map((r) => r.item.id);
});
const engines = [ours, mini, fuse];

// Every keystroke from the second character on (type-ahead fires from two characters).
const keystrokes = (qs: readonly LabelledQuery[]) =>
  qs.flatMap((q) => Array.from({ length: q.q.length - 1 }, (_, k) => q.q.slice(0, k + 2)));
const allKeys = keystrokes(labelledQueries);
const commonKeys = keystrokes(labelledQueries.slice(0, 12));

function time(engine: Engine, keys: readonly string[], warm = true): number[] {
  if (warm) for (const k of keys.slice(0, 20)) engine.search(k);
  return keys.map((k) => {
    const t = now();
    engine.search(k);
    return now() - t;
  });
}

const latency: Record<string, unknown> = {};
const common: Record<string, number[]> = {};
for (const e of engines) {
  common[e.name] = time(e, commonKeys);
  const full = e === fuse ? undefined : time(e, allKeys);
  latency[e.name] = {
    sameKeystrokes: {
      count: commonKeys.length,
      meanMs: round(mean(common[e.name] as number[])),
      p50Ms: round(median(common[e.name] as number[])),
      p99Ms: round(percentile(common[e.name] as number[], 99)),
    },
    ...(full
      ? {
          allKeystrokes: {
            count: allKeys.length,
            meanMs: round(mean(full)),
            p50Ms: round(median(full)),
            p99Ms: round(percentile(full, 99)),
          },
        }
      : {}),
  };
  console.log(
    `${e.name}: per keystroke mean ${round(mean(common[e.name] as number[]))} ms, p99 ${round(percentile(common[e.name] as number[], 99))} ms over ${commonKeys.length} keystrokes`,
  );
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

const oursMean = mean(common.sehatkit as number[]);
const ratios = {
  fuseOverOurs: round(mean(common['fuse.js'] as number[]) / oursMean, 1),
  minisearchOverOurs: round(mean(common.minisearch as number[]) / oursMean, 1),
  targets: { fuse: 10, minisearch: 2 },
};
console.log(
  `speed-up per keystroke: ${ratios.fuseOverOurs}x vs fuse.js (target 10x), ${ratios.minisearchOverOurs}x vs minisearch (target 2x)`,
);

const recall: Record<string, unknown> = {};
const topByEngine: Record<string, string[][]> = {};
for (const e of engines) {
  const tops = labelledQueries.map((q) => e.search(q.q));
  topByEngine[e.name] = tops;
  const hits = labelledQueries.map((q, i) => (tops[i] as string[]).some((id) => relevant(q, id)));
  const byKind: Record<string, string> = {};
  for (const kind of ['brand', 'indonesian', 'typo', 'partial', 'order']) {
    const idx = labelledQueries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
    byKind[kind] = `${idx.filter((i) => hits[i]).length}/${idx.length}`;
  }
  recall[e.name] = {
    recallAt5: round(hits.filter(Boolean).length / hits.length, 3),
    byKind,
    missed: labelledQueries.filter((_, i) => !hits[i]).map((q) => q.q),
  };
  console.log(
    `${e.name}: recall@5 ${round(hits.filter(Boolean).length / hits.length, 3)} ${JSON.stringify(byKind)}`,
  );
}
const agreement = (other: string) =>
  round(
    mean(
      labelledQueries.map((_, i) => {
        const a = new Set(topByEngine.sehatkit?.[i]);
        const b = topByEngine[other]?.[i] ?? [];
        return b.length === 0 && a.size === 0 ? 1 : b.filter((id) => a.has(id)).length / 5;
      }),
    ),
    3,
  );
const top5Agreement = { fuse: agreement('fuse.js'), minisearch: agreement('minisearch') };
console.log(
  `top-5 agreement with ours: fuse.js ${top5Agreement.fuse}, minisearch ${top5Agreement.minisearch}`,
);

writeBenchResult('drugs', {
  check: checkResult,
  search: {
    catalogue: { products: products.length, ingredients: kb.ingredients.length, documents: docs.length },
    queries: labelledQueries.length,
    loadAverage1m: round(os.loadavg()[0] ?? 0, 2),
    keystrokesNote:
      'Each query typed from its second character; fuse.js is timed on the keystrokes of the first 12 queries, and all three engines are compared on that same set.',
    sameNormalisation:
      'All three engines index the same documents with the same Indonesian/English spelling folding and the same edit budgets.',
    build: Object.fromEntries(
      engines.map((e) => [e.name, { ms: round(e.buildMs, 1), heapMiB: round(e.heapBytes / 1048576, 1) }]),
    ),
    latency,
    ratios,
    top5Agreement,
    recall,
  },
});
