/**
 * npm run browsers — finds Chromium and Firefox for the demo, the tests and the benchmark, and
 * installs whichever is missing (see README, "Browsers").
 *
 *   npm run browsers                       both browsers
 *   npm run browsers -- chromium           only one
 *   npm run browsers -- --dry-run          print the install commands instead of running them
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeHost } from './host';
import { BrowserSetupError, ensureBrowsers } from './install-browsers';
import { BROWSER_LABELS, type BrowserKind } from './requirements';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function kindsFrom(names: string[]): BrowserKind[] {
  const known = Object.keys(BROWSER_LABELS) as BrowserKind[];
  for (const name of names) {
    if (!known.includes(name as BrowserKind)) {
      throw new BrowserSetupError(`Unknown browser "${name}": use ${known.join(' or ')}.`);
    }
  }
  return names.length ? (names as BrowserKind[]) : known;
}

try {
  const { values, positionals } = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  ensureBrowsers(kindsFrom(positionals), nodeHost(ROOT), { dryRun: values['dry-run'] });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
