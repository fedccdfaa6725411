#!/usr/bin/env node
/**
 * Bundles the React app with esbuild into dist/: app.js (React, the SehatKit elements from
 * @sehatkit/elements' npm build, Lit) and index.html. Exported for the test; `npm run build` runs it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function build() {
  const out = path.join(here, 'dist');
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(here, 'index.html'), path.join(out, 'index.html'));
  await esbuild.build({
    entryPoints: { app: path.join(here, 'src/app/main.tsx') },
    outdir: out,
    bundle: true,
    // PeerJS (in the video room, not used on this screen) stays in its own chunk, loaded only on use.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
