import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The shared conformance fixtures (official SATUSEHAT examples, BPJS vectors): `SEHATKIT_FIXTURES` when set,
 * else `../shared/fixtures` beside the repository. Undefined when neither exists; conformance suites then skip.
 */
export function fixturesDir(): string | undefined {
  const candidates = [process.env.SEHATKIT_FIXTURES, path.resolve(root, '../shared/fixtures')];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}
