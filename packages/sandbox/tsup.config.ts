import { defineConfig } from 'tsup';
import { dtsOptions, entriesFromExports } from '../../scripts/tsup-entries';
import pkg from './package.json' with { type: 'json' };
import { buildDemoAssets } from './src/demo/build-assets';

export default defineConfig({
  // `cli` is the `sehatkit-sandbox` bin that `npm start` runs.
  entry: { ...entriesFromExports(pkg.exports), cli: 'src/cli.ts' },
  format: ['esm'],
  dts: dtsOptions,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  // The demo clinic's pages and browser scripts (dist/demo/public).
  onSuccess: async () => {
    await buildDemoAssets();
  },
});
