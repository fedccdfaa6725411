/**
 * Each element on its own, as a page that loads only it would get it: bundled, minified and gzipped,
 * once with Lit included and once with Lit left out (for pages that already ship Lit).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyCssPlugin } from './minify-css.mjs';

/** Module aliases of the bundled builds: PeerJS reads only browser details from webrtc-adapter (see the file). */
export const ALIASES = {
  'webrtc-adapter': fileURLToPath(
    new URL('../src/components/video-room/webrtc-adapter-lite.ts', import.meta.url),
  ),
};

/**
 * gzip budgets in bytes, with Lit included. The badge target is from issue 6 (a Shoelace dialog is 18.6 KB);
 * the video room's, with PeerJS, from issue 8 (daily-js is 66 KB).
 */
export const BUDGETS = {
  'sehat-drug-badge': 14 * 1024,
  'sehat-booking': 20 * 1024,
  'sehat-video-room + lazy': 40 * 1024,
};

/** Elements that are nothing without their lazy chunks (a video room without PeerJS makes no call). */
const COUNT_LAZY = new Set(['sehat-video-room']);

/**
 * Bundles one define entry with code splitting and counts what a page downloads before the element works:
 * the entry and the chunks it imports statically. Chunks behind a dynamic import (English texts, PeerJS)
 * load later, only when needed, so they are not counted.
 */
async function measure(entry, define, external, lazy = false) {
  const result = await esbuild.build({
    entryPoints: { entry },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'size-report',
    write: false,
    metafile: true,
    define,
    external,
    legalComments: 'none',
    plugins: [minifyCssPlugin],
    alias: ALIASES,
    logLevel: 'silent',
  });
  const files = new Map(
    result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('size-report/')), f.contents]),
  );
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of result.metafile.outputs[path]?.imports ?? []) {
      const followed = imported.kind === 'import-statement' || (lazy && imported.kind === 'dynamic-import');
      if (followed && !imported.external) visit(imported.path);
    }
  };
  visit('size-report/entry.js');
  let min = 0;
  let gzip = 0;
  for (const path of seen) {
    const code = files.get(path);
    min += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { min, gzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export async function sizeReport({ defineEntries, define }) {
  const rows = [];
  for (const [name, file] of Object.entries(defineEntries).sort()) {
    const tag = `sehat-${name.split('/')[1]}`;
    const withLit = await measure(file, define, []);
    const lit = [
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      '@lit/reactive-element',
      '@lit/reactive-element/*',
      'lit-element',
      'lit-element/*',
    ];
    const withoutLit = await measure(file, define, lit);
    rows.push({ tag, withLit, withoutLit });
    if (COUNT_LAZY.has(tag)) {
      rows.push({
        tag: `${tag} + lazy`,
        withLit: await measure(file, define, [], true),
        withoutLit: await measure(file, define, lit, true),
      });
    }
  }
  console.log('\n  element                    min+gzip (with Lit)   min+gzip (without Lit)   min (with Lit)');
  const failures = [];
  for (const { tag, withLit, withoutLit } of rows) {
    const budget = BUDGETS[tag];
    const mark =
      budget === undefined
        ? ''
        : withLit.gzip <= budget
          ? `  ≤ ${kb(budget)} ok`
          : `  > ${kb(budget)} BUDGET`;
    console.log(
      `  ${tag.padEnd(26)} ${kb(withLit.gzip).padStart(19)}   ${kb(withoutLit.gzip).padStart(22)}   ${kb(withLit.min).padStart(14)}${mark}`,
    );
    if (budget !== undefined && withLit.gzip > budget)
      failures.push(`${tag}: ${kb(withLit.gzip)} > ${kb(budget)}`);
  }
  console.log('');
  return failures;
}
