#!/usr/bin/env node
/**
 * Builds @sehatkit/elements:
 *   custom-elements.json  from JSDoc (@custom-elements-manifest/analyzer)
 *   src/react/…generated  @lit/react wrappers from the manifest
 *   dist/                 unbundled ESM with bare specifiers + .d.ts, for npm users and bundlers
 *   cdn/                  bundled, code-split ES modules for script tags: cdn/sehatkit.js is the autoloader
 * and prints each element's size, minified + gzip, with and without Lit, failing on a blown budget.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minifyCssPlugin } from './minify-css.mjs';
import { ALIASES, sizeReport } from './size-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, '../../node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const define = { __SEHATKIT_ELEMENTS_VERSION__: JSON.stringify(pkg.version) };

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.ts$/.test(name) && !/\.(test|stories|d)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const step = (label, fn) => {
  const t0 = Date.now();
  const result = fn();
  console.log(`  ${label} (${Date.now() - t0} ms)`);
  return result;
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
rmSync(join(root, 'cdn'), { recursive: true, force: true });

step('custom-elements.json', () =>
  execFileSync(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  }),
);
step('React wrappers', () => execFileSync(process.execPath, ['scripts/make-react.mjs'], { cwd: root }));

const entries = sources(join(root, 'src'));
await step('dist/ (ESM)', () =>
  esbuild.build({
    entryPoints: entries,
    outdir: join(root, 'dist'),
    outbase: join(root, 'src'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    define,
    logLevel: 'warning',
  }),
);
step('dist/ (.d.ts)', () =>
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' }),
);

const defineEntries = Object.fromEntries(
  entries
    .filter((file) => /components\/[^/]+\/define\.ts$/.test(file))
    .map((file) => [relative(join(root, 'src'), file).replace(/\.ts$/, ''), file]),
);
await step('cdn/ (bundled)', () =>
  esbuild.build({
    entryPoints: { sehatkit: join(root, 'src/autoloader.ts'), ...defineEntries },
    outdir: join(root, 'cdn'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    define,
    legalComments: 'none',
    plugins: [minifyCssPlugin],
    alias: ALIASES,
    logLevel: 'warning',
  }),
);

const failures = await sizeReport({ root, defineEntries, define });
if (failures.length) {
  for (const failure of failures) console.error(`  size budget exceeded: ${failure}`);
  process.exit(1);
}
