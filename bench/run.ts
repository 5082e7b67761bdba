/**
 * npm run bench — measures the built extension in Debian's Chromium, side by side with the page's
 * own work and with a naive annotator, measures what X's whole page pays for it in Chromium and
 * Firefox, and prints the figures with the budgets.
 *
 *   BENCH_ROUNDS=5 npm run bench     (default 3 rounds, 7 or more for the page cost; medians)
 *   npm run bench -- --only page-cost [--workload real|fixtures] [--browser chromium|firefox]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, UsageError, type Measurement } from './args';
import { ROOT } from './bench-browser';
import { BUDGETS, KEEP, log, MUTED_READER, plainQuotesTimeline, ROUNDS } from './bench-setup';
import { measureHover } from './hover';
import { measureMemory } from './memory';
import { measurePageCost } from './page-cost';
import { PAGE_COST_BUDGETS, pageCostRows, pageCostTable, formatTable } from './page-cost-report';
import { measureScan } from './scan';
import { measureStartup } from './startup';
import { requireBrowser } from '../tests/browsers/find-browser';

const RESULTS = path.join(ROOT, 'bench', 'results.json');

const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type Row = [string, string, string, string];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  log(`Cashtag Context benchmark: ${ROUNDS} round(s) per measurement, Chromium ${chromiumVersion()}`);
  // --only hover (or BENCH_ONLY=hover) reruns one measurement; the others keep their last figures.
  const skip = <T>(name: Measurement, run: () => Promise<T>, previous: T) =>
    args.only && args.only !== name ? Promise.resolve(previous) : run();
  const last = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  const scan = await skip('scan', () => measureScan(), last.scan);
  const plainScan = () =>
    measureScan(plainQuotesTimeline.posts, { naiveToo: false, label: 'quoted posts with plain-text cashtags' });
  const scanPlain = await skip('scan-plain', plainScan, last.scanPlain);
  const mutedScan = () =>
    measureScan(undefined, { naiveToo: false, settings: MUTED_READER, label: '20 muted tickers, crowded posts faded' });
  const scanMuted = await skip('scan-muted', mutedScan, last.scanMuted);
  const hover = await skip('hover', measureHover, last.hover);
  const size = await skip('size', measureStartup, last.size);
  const memory = await skip('memory', measureMemory, last.memory);
  const pageCost = await skip('page-cost', () => measurePageCost(args, log), last.pageCost);

  const rows: Row[] = [];
  if (scan)
    rows.push(
      [
        'Scan: page inserting 1,000 posts',
        ms(scan.pageMsPer1000),
        `its script alone ${ms(scan.pageScriptMsPer1000)}`,
        '',
      ],
      [
        'Scan: extension per 1,000 posts',
        ms(scan.extensionMsPer1000),
        `${scan.overheadPercent.toFixed(2)} % of page (${scan.overheadOfPageScriptPercent.toFixed(1)} % of its script)`,
        `≤ ${BUDGETS.overheadPercent} % ${pass(scan.overheadPercent <= BUDGETS.overheadPercent)}`,
      ],
      [
        'Scan: naive rescan per 1,000 posts',
        ms(scan.naiveMsPer1000),
        `${((scan.naiveMsPer1000 / scan.naivePageMsPer1000) * 100).toFixed(1)} % of page`,
        '',
      ],
      [
        'Scan: naive / extension',
        `${scan.naiveFactor.toFixed(1)}×`,
        '',
        `≥ ${BUDGETS.naiveFactor}× ${pass(scan.naiveFactor >= BUDGETS.naiveFactor)}`,
      ],
    );
  if (scanPlain) {
    rows.push([
      'Scan, plain-text cashtags in quotes, per 1,000 posts',
      ms(scanPlain.extensionMsPer1000),
      `${scanPlain.overheadPercent.toFixed(2)} % of page ${ms(scanPlain.pageMsPer1000)}`,
      `≤ ${BUDGETS.overheadPercent} % ${pass(scanPlain.overheadPercent <= BUDGETS.overheadPercent)}`,
    ]);
  }
  if (scanMuted) {
    rows.push([
      'Scan, 20 muted tickers and crowded posts (3+) faded, per 1,000 posts',
      ms(scanMuted.extensionMsPer1000),
      `${scanMuted.overheadPercent.toFixed(2)} % of page ${ms(scanMuted.pageMsPer1000)}` +
        (scan ? ` (${ms(scan.pageMsPer1000)} with defaults)` : '') +
        `; ${scanMuted.fadedPosts} of ${KEEP} posts faded`,
      `≤ ${BUDGETS.overheadPercent} % ${pass(scanMuted.overheadPercent <= BUDGETS.overheadPercent)}`,
    ]);
  }
  if (hover)
    rows.push(
      [
        'Hover → card drawn and placed (our work)',
        ms(hover.workMedianMs),
        `p95 ${ms(hover.workP95Ms)}`,
        `p95 ≤ ${BUDGETS.hoverWorkP95Ms} ms ${pass(hover.workP95Ms <= BUDGETS.hoverWorkP95Ms)}`,
      ],
      [
        'Hover → card painted: frames after the event',
        `p95 ${hover.framesP95}`,
        `${(hover.firstFrameShare * 100).toFixed(1)} % in the first frame`,
        `p95 ≤ ${BUDGETS.hoverFrames} ${pass(hover.framesP95 <= BUDGETS.hoverFrames)}`,
      ],
      ['Hover → card painted, median', ms(hover.medianMs), `${hover.hovers} hovers`, ''],
      ['Hover → card painted, p95', ms(hover.p95Ms), `max ${ms(hover.maxMs)}`, ''],
      [
        'Hover → frame presented (Event Timing)',
        ms(hover.presentedMedianMs),
        `p95 ${ms(hover.presentedP95Ms)}; page alone: median ${ms(hover.pageAlonePresentedMedianMs)}, ` +
          `p95 ${ms(hover.pageAlonePresentedP95Ms)}`,
        '',
      ],
      [
        'First hover (mounts the card)',
        ms(hover.firstHoverMs),
        `from the input event: median ${ms(hover.fromInputMedianMs)}, p95 ${ms(hover.fromInputP95Ms)}`,
        '',
      ],
    );
  if (size)
    rows.push(
      [
        'Content script size',
        kb(size.bytes),
        `${kb(size.gzipBytes)} gzipped`,
        `≤ ${kb(BUDGETS.gzipBytes)} ${pass(size.gzipBytes <= BUDGETS.gzipBytes)}`,
      ],
      ['Content script evaluate', ms(size.evaluateMs), `start-up total ${ms(size.startMs)}`, ''],
    );
  if (memory)
    rows.push(
      [
        'Heap growth after GC (10k posts, 200 cards)',
        kb(memory.extensionHeapGrowthBytes),
        `tab ${kb(memory.heapGrowthBytes)} with us, ${kb(memory.pageOnlyHeapGrowthBytes)} page alone`,
        `< ${kb(BUDGETS.heapGrowthBytes)} ${pass(memory.extensionHeapGrowthBytes < BUDGETS.heapGrowthBytes)}`,
      ],
      [
        'Detached nodes held',
        String(memory.detachedHeldByExtension),
        `${memory.detachedNodes} with us, ${memory.pageOnlyDetachedNodes} page alone`,
        `= 0 ${pass(memory.detachedHeldByExtension === BUDGETS.detachedNodes)}`,
      ],
    );
  if (pageCost) rows.push(...pageCostRows(pageCost));
  process.stdout.write(`\n${formatTable(rows)}\n`);
  if (pageCost?.chromium.length) {
    const { cells, batch } = pageCost.plan;
    const heading = `Page cost in Chromium, renderer main thread's CPU time (${cells} cells a run, ${batch} a frame)`;
    process.stdout.write(`\n${heading}:\n`);
    process.stdout.write(`${pageCostTable(pageCost)}\n`);
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, chromium: chromiumVersion(), node: process.version },
    rounds: ROUNDS,
    budgets: { ...BUDGETS, pageCost: PAGE_COST_BUDGETS },
    scan,
    scanPlain,
    scanMuted,
    hover,
    size,
    memory,
    pageCost,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log('\nwritten: bench/results.json');
}

function chromiumVersion(): string {
  return execFileSync(requireBrowser('chromium', ROOT).path, ['--version'], { encoding: 'utf8' }).trim();
}

await main().catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
