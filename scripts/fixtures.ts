import { existsSync, readFileSync } from 'node:fs';
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

/** One cross-checked BPJS vector of `bpjs-vectors.json` (bpjs.md §7.2): signing, key derivation, envelope. */
export interface BpjsVector {
  name: string;
  consId: string;
  secret: string;
  ts: string;
  user: string;
  pass: string;
  kdApp: string;
  xSignature: string;
  xAuthorization: string;
  aesKeyHex: string;
  ivHex: string;
  plaintext: string;
  lzCompressed: string;
  encryptedResponse: string;
}

/** The shared BPJS vectors, or none when the fixtures are absent (the suites that use them then skip). */
export function bpjsVectors(): BpjsVector[] {
  const dir = fixturesDir();
  const file = dir && path.join(dir, 'bpjs-vectors.json');
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BpjsVector[]) : [];
}
