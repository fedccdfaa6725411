/**
 * Compiles packages/sdk/knowledge-base into src/drugs/knowledge-base/bundle.generated.ts and prints the
 * coverage report. Fails (exit 1) on any schema error, dangling class id, unknown ingredient or rule without a
 * citation. `--check` compiles without writing and fails when the committed bundle is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileKnowledgeBase, formatCoverage } from '../src/drugs/compiler/index';
import { isValidationError } from '../src/errors/index';
import { emitBundleModule } from './knowledge-base/emit';
import { bundleFile, loadRelease, loadSourceFiles, packageRoot } from './knowledge-base/load-sources';

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = await loadSourceFiles();
  let result: ReturnType<typeof compileKnowledgeBase>;
  try {
    result = compileKnowledgeBase({ files, release: loadRelease() });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    console.error(`knowledge base: ${error.issues.length} problem(s)`);
    for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  const text = emitBundleModule(result.bundle);
  console.log(formatCoverage(result.coverage));
  const relative = path.relative(packageRoot, bundleFile);
  if (check) {
    let current = '';
    try {
      current = readFileSync(bundleFile, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${relative} is stale: run the compiler without --check`);
      return 1;
    }
    console.log(`${relative} is up to date (${files.length} source files)`);
    return 0;
  }
  writeFileSync(bundleFile, text);
  console.log(`wrote ${relative} (${(text.length / 1024).toFixed(0)} KiB from ${files.length} source files)`);
  return 0;
}

process.exitCode = await main();
