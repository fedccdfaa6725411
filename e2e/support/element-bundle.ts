import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles one element's define entry from source, code-split like the cdn/ build (PeerJS in its own chunk,
 * loaded by the dynamic import) and minified like it, so the e2e tests need no prior `npm run build`.
 * Returns path -> file.
 */
export async function bundleElement(defineEntry: string): Promise<Map<string, Uint8Array>> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { element: path.join(root, defineEntry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: path.join(root, '.e2e-assets'),
    write: false,
    tsconfig: path.join(root, 'tsconfig.json'),
    define: { __SEHATKIT_ELEMENTS_VERSION__: JSON.stringify('e2e') },
    // As the cdn/ build (packages/elements/scripts/size-report.mjs ALIASES): the tests run what ships.
    alias: {
      'webrtc-adapter': path.join(root, 'packages/elements/src/components/video-room/webrtc-adapter-lite.ts'),
    },
    logLevel: 'warning',
  });
  const files = new Map<string, Uint8Array>();
  for (const file of result.outputFiles)
    files.set(`/assets/${path.relative(path.join(root, '.e2e-assets'), file.path)}`, file.contents);
  return files;
}
