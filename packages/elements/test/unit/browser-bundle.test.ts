import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BPJS_SIMULATOR_CREDENTIALS } from '@sehatkit/sandbox/bpjs';
import { SIMULATOR_CLIENT } from '@sehatkit/sandbox/satusehat';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Both builds a page can load: the npm entry points (dist) and the script-tag build (cdn).
const builds = ['dist', 'cdn'].map((dir) => join(root, dir));

function javascriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

// What only a server may hold or run. The elements talk to the host's server handler; anything here in a
// browser bundle would mean a secret, a protocol client or a Node module leaked across that line.
const SERVER_ONLY = [
  /from\s*["']node:|require\(["']node:/,
  /\bcreateSehatHandler\b/,
  /\bBpjsClient\b/,
  /\bSatuSehatClient\b/,
  /\bconsSecret\b/,
  /\bclientSecret\b|\bclient_secret\b/,
  /\bsigningSecret\b/,
  /\bnodemailer\b/,
  /@electric-sql\/pglite/,
  /X-signature/i,
];

describe('the browser bundles', () => {
  it('exist: `npm run build` makes them before the tests run', () => {
    for (const dir of builds) {
      expect(existsSync(dir), `${dir} (run npm run build)`).toBe(true);
      expect(javascriptFiles(dir).length, dir).toBeGreaterThan(0);
    }
  });

  it('hold no server-only code, no Node module and no sandbox credential', () => {
    const credentials = [
      ...Object.values(BPJS_SIMULATOR_CREDENTIALS).flatMap((v) =>
        typeof v === 'string' ? [v] : Object.values(v),
      ),
      SIMULATOR_CLIENT.clientSecret,
    ].filter((v) => v.length >= 8);
    expect(credentials).toContain(BPJS_SIMULATOR_CREDENTIALS.consSecret);
    const found: string[] = [];
    for (const file of builds.filter(existsSync).flatMap(javascriptFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of SERVER_ONLY) if (pattern.test(text)) found.push(`${file}: ${pattern}`);
      for (const secret of credentials)
        if (text.includes(secret)) found.push(`${file}: a sandbox credential`);
    }
    expect(found).toEqual([]);
  });
});
