import { defineConfig } from 'tsup';
import { dtsOptions, entriesFromExports } from '../../scripts/tsup-entries';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  entry: entriesFromExports(pkg.exports),
  format: ['esm'],
  dts: dtsOptions,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
