/**
 * npm run bench — measures the built extension in Debian's Chromium, side by side with the page's
 * own work and with a naive annotator, measures what X's whole page pays for it in Chromium and
 * Firefox, and prints the figures with the budgets.
 *
 *   BENCH_ROUNDS=5 npm run bench     (default 3 rounds, 7 or more for the page cost; medians)
 *   npm run bench -- --only page-cost [--workload real|fixtures] [--browser chromium|firefox]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs, UsageError, type Measurement } from './args';
import { EXTENSION_DIR, launchBench, nextFrame, openBenchPage, ROOT, type BenchBrowser } from './bench-browser';
import { measurePageCost } from './page-cost';
import { PAGE_COST_BUDGETS, pageCostRows, pageCostTable, formatTable } from './page-cost-report';
import { median, percentile } from './stats';
import { busyTime, scriptTime, startTrace } from './trace';
import { generateTimeline } from './timeline';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SCAN_POSTS = 2000;
const BATCH = 20;
/** Cells X keeps in its virtual list around the viewport. */
const KEEP = 60;
const HOVERS = 120;
const MEMORY_POSTS = 10_000;
const MEMORY_HOVERS = 200;

const RESULTS = path.join(ROOT, 'bench', 'results.json');

const BUDGETS = {
  overheadPercent: 3,
  naiveFactor: 20,
  /** The card in the first frame the browser paints after the pointer event, at p95. */
  hoverFrames: 1,
  /** The extension's own part of a hover (event to card drawn and placed) within one 60 Hz frame. */
  hoverWorkP95Ms: 16,
  gzipBytes: 30 * 1024,
  heapGrowthBytes: 1024 * 1024,
  detachedNodes: 0,
};

const isContentScript = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('/content-scripts/content.js');
const isNaive = (url: string) => url.endsWith('naive-annotator.js');
const naiveSource = readFileSync(path.join(import.meta.dirname, 'naive-annotator.js'), 'utf8');

const timeline = generateTimeline(SCAN_POSTS);
/** The same posts with quoted posts as X draws them: their cashtags are plain text. */
const plainQuotesTimeline = generateTimeline(SCAN_POSTS, { quotes: 'plain' });
const log = (message: string) => process.stderr.write(`${message}\n`);

// ------------------------------------------------------------------------------------------------
// 1. Scan overhead

interface ScanRound {
  /** The watcher's own script time (ours, or the naive annotator's). */
  watcherMs: number;
  /** The page's insertion code: building cells, appending, measuring. */
  pageScriptMs: number;
  /** Everything else the main thread did for those posts: the page's script, style, layout, paint. */
  pageMs: number;
  /** Cashtag links marked in the cells still on the page at the end: proof the watcher worked. */
  marked: number;
}

function insertBatch(page: BenchBrowser['page'], batch: number, keep: number) {
  return page.evaluate(({ batch, keep }) => (window as unknown as { bench: { insertBatch(n: number, keep: number): number } }).bench.insertBatch(batch, keep), { batch, keep });
}

/** Inserts the timeline in batches of 20 under a trace; returns the exact time in each party's code. */
async function traceTimeline(browser: BenchBrowser, isWatcher: (url: string) => boolean): Promise<ScanRound> {
  const { page, cdp } = browser;
  const stop = await startTrace(cdp);
  let pageScriptMs = 0;
  for (let inserted = 0; inserted < SCAN_POSTS; inserted += BATCH) {
    pageScriptMs += await insertBatch(page, BATCH, KEEP);
    await nextFrame(page);
  }
  const events = await stop();
  const marked = await page.evaluate(() => document.querySelectorAll('a[data-cashtag], a[data-naive-cashtag]').length);
  const watcher = scriptTime(events, isWatcher);
  if (!watcher.thread) throw new Error('The watcher never ran: is the extension built and loaded?');
  return { watcherMs: watcher.ms, pageScriptMs, pageMs: busyTime(events, watcher.thread) - watcher.ms, marked };
}

async function measureScan(posts = timeline.posts, { naiveToo = true } = {}) {
  const ours: ScanRound[] = [];
  const naive: ScanRound[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`scan overhead${naiveToo ? '' : ', quoted posts with plain-text cashtags'}: round ${round}/${ROUNDS}`);
    const withExtension = await launchBench(true, undefined, posts);
    await openBenchPage(withExtension);
    await withExtension.page.waitForTimeout(300);
    ours.push(await traceTimeline(withExtension, isContentScript));
    await withExtension.close();
    if (!naiveToo) continue;

    const reference = await launchBench(false, undefined, posts);
    await openBenchPage(reference);
    await reference.page.addScriptTag({ content: naiveSource });
    naive.push(await traceTimeline(reference, isNaive));
    await reference.close();
  }
  const per1000 = (rounds: ScanRound[], pick: (round: ScanRound) => number) => median(rounds.map((round) => (pick(round) * 1000) / SCAN_POSTS));
  const extensionMs = per1000(ours, (round) => round.watcherMs);
  const pageMs = per1000(ours, (round) => round.pageMs);
  const naiveMs = naiveToo ? per1000(naive, (round) => round.watcherMs) : NaN;
  return {
    posts: SCAN_POSTS,
    batch: BATCH,
    keptCells: KEEP,
    extensionMsPer1000: extensionMs,
    pageMsPer1000: pageMs,
    pageScriptMsPer1000: per1000(ours, (round) => round.pageScriptMs),
    overheadPercent: (extensionMs / pageMs) * 100,
    overheadOfPageScriptPercent: (extensionMs / per1000(ours, (round) => round.pageScriptMs)) * 100,
    naiveMsPer1000: naiveMs,
    naivePageMsPer1000: naiveToo ? per1000(naive, (round) => round.pageMs) : NaN,
    naiveFactor: naiveMs / extensionMs,
    rounds: { ours, naive },
  };
}

// ------------------------------------------------------------------------------------------------
// 2. Hover latency

const hoverProbe = readFileSync(path.join(import.meta.dirname, 'hover-probe.js'), 'utf8');

interface HoverTimes {
  latencies: number[];
  inputLatencies: number[];
  workLatencies: number[];
  /** Frames from the pointer event to the card's: 1 is the first frame the browser paints. */
  frameCounts: number[];
  /** The wait for the first animation frame after the pointer event. */
  nextFrame: number[];
}

/** Hovers `count` of X's cashtag links, each a different symbol from the last; needs the probe. */
async function hoverLinks(browser: BenchBrowser, count: number): Promise<HoverTimes> {
  const { page } = browser;
  const times: HoverTimes = { latencies: [], inputLatencies: [], workLatencies: [], frameCounts: [], nextFrame: [] };
  for (let hovered = 0, index = 0; hovered < count; index++) {
    // Alternate symbols, so every hover opens a different card.
    const point = await page.evaluate((index) => {
      const links = [...document.querySelectorAll('a[href*="src=cashtag_click"]')];
      const link = links[index % links.length]!;
      const previous = links[(index - 1 + links.length) % links.length];
      if (previous?.textContent === link.textContent) return null;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, index);
    if (!point) continue;
    // Start each hover from nowhere, with the last card gone (so none covers the next cashtag) and
    // the scroll above painted (so its frames are not counted as the card's).
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => !document.querySelector('cashtag-context')?.shadowRoot?.querySelector('div:not([hidden]) > .card'), undefined, { timeout: 2000 });
    await page.waitForTimeout(120);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => (window as unknown as { hoverProbe: { pending: unknown } }).hoverProbe.pending === null, undefined, { timeout: 2000 });
    const recorded = await page.evaluate(() => {
      const probe = (window as unknown as { hoverProbe: HoverTimes }).hoverProbe;
      return {
        latencies: probe.latencies.splice(0),
        inputLatencies: probe.inputLatencies.splice(0),
        workLatencies: probe.workLatencies.splice(0),
        frameCounts: probe.frameCounts.splice(0),
        nextFrame: probe.nextFrame.splice(0),
      };
    });
    for (const key of Object.keys(times) as (keyof HoverTimes)[]) times[key].push(...recorded[key]);
    hovered++;
  }
  return times;
}

async function hoverRun(withExtension: boolean): Promise<HoverTimes & { presented: number[] }> {
  const browser = await launchBench(withExtension, { hoverDelayMs: 0 }, timeline.posts);
  await browser.page.addInitScript({ content: hoverProbe });
  if (!withExtension) await browser.page.addInitScript({ content: 'window.hoverProbe.pageOnly = true;' });
  await openBenchPage(browser);
  await insertBatch(browser.page, 200, 200);
  await browser.page.waitForFunction(
    (marked) => document.querySelectorAll(marked ? 'a[data-cashtag]' : 'a[href*="src=cashtag_click"]').length > 50,
    withExtension,
  );
  const times = await hoverLinks(browser, HOVERS + 1);
  // Event Timing entries arrive after their frame is presented; entries under 16 ms are never
  // reported, so a hover without one counts as 16 ms (an upper bound).
  await browser.page.waitForTimeout(300);
  const presented = await browser.page.evaluate(() => (window as unknown as { hoverProbe: { presented: number[] } }).hoverProbe.presented);
  await browser.close();
  const hovers = times.nextFrame.length;
  return { ...times, presented: [...presented.slice(-hovers), ...Array<number>(Math.max(0, hovers - presented.length)).fill(16)] };
}

async function measureHover() {
  const all: number[] = [];
  const input: number[] = [];
  const work: number[] = [];
  const frames: number[] = [];
  const presentedWithUs: number[] = [];
  const presentedPageAlone: number[] = [];
  const first: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`hover latency: round ${round}/${ROUNDS}`);
    const times = await hoverRun(true);
    // The first hover creates the card's shadow root and compiles its code: reported apart.
    first.push(times.latencies.shift()!);
    times.inputLatencies.shift();
    times.workLatencies.shift();
    times.frameCounts.shift();
    times.nextFrame.shift();
    all.push(...times.latencies);
    work.push(...times.workLatencies);
    input.push(...times.inputLatencies);
    frames.push(...times.frameCounts);
    presentedWithUs.push(...times.presented.slice(1));
    // The same hovers on the same page without the extension: the browser's own time to present
    // the next frame after a pointer event, which no hover UI can beat.
    const alone = await hoverRun(false);
    presentedPageAlone.push(...alone.presented.slice(1));
  }
  return {
    hovers: all.length,
    medianMs: median(all),
    p95Ms: percentile(all, 95),
    maxMs: Math.max(...all),
    firstHoverMs: median(first),
    fromInputMedianMs: median(input),
    fromInputP95Ms: percentile(input, 95),
    workMedianMs: median(work),
    workP95Ms: percentile(work, 95),
    /** Share of hovers whose card is in the first frame after the pointer event. */
    firstFrameShare: frames.filter((count) => count === 1).length / frames.length,
    framesP95: percentile(frames, 95),
    /** Event Timing: pointer event to the next frame presented, with the card and without the extension. */
    presentedMedianMs: median(presentedWithUs),
    presentedP95Ms: percentile(presentedWithUs, 95),
    pageAlonePresentedMedianMs: median(presentedPageAlone),
    pageAlonePresentedP95Ms: percentile(presentedPageAlone, 95),
  };
}

// ------------------------------------------------------------------------------------------------
// 3. Size and start-up

/** Evaluation of the content script, and all its main-thread work in the first 1.5 s of a page. */
async function traceStartup(browser: BenchBrowser): Promise<{ evaluateMs: number; startMs: number }> {
  const stop = await startTrace(browser.cdp);
  await browser.page.goto('https://x.com/home', { waitUntil: 'load' });
  await browser.page.waitForTimeout(1500);
  const events = await stop();
  const evaluate = events
    .filter((event) => event.ph === 'X' && (event.name === 'EvaluateScript' || event.name === 'v8.compile') && isContentScript(event.args?.data?.url ?? ''))
    .reduce((total, event) => total + (event.dur ?? 0), 0);
  return { evaluateMs: evaluate / 1000, startMs: scriptTime(events, isContentScript).ms };
}

async function measureStartup() {
  const file = path.join(EXTENSION_DIR, 'content-scripts', 'content.js');
  const bytes = statSync(file).size;
  const gzipBytes = gzipSync(readFileSync(file), { level: 9 }).length;
  const evaluate: number[] = [];
  const start: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`start-up: round ${round}/${ROUNDS}`);
    const browser = await launchBench(true, undefined, timeline.posts);
    // Warm the service worker and the HTTP stack once, as a reader's second X tab would find them.
    await openBenchPage(browser);
    const result = await traceStartup(browser);
    evaluate.push(result.evaluateMs);
    start.push(result.startMs);
    await browser.close();
  }
  return { bytes, gzipBytes, evaluateMs: median(evaluate), startMs: median(start) };
}

// ------------------------------------------------------------------------------------------------
// 4. Memory

async function heapUsed(browser: BenchBrowser): Promise<number> {
  await browser.cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await browser.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await browser.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function detachedNodes(browser: BenchBrowser): Promise<number> {
  await browser.cdp.send('DOM.enable');
  const { detachedNodes } = (await browser.cdp.send('DOM.getDetachedDomNodes' as never)) as { detachedNodes: unknown[] };
  return detachedNodes.length;
}

async function memoryRun(withExtension: boolean) {
  const browser = await launchBench(withExtension, { hoverDelayMs: 0 }, timeline.posts);
  await browser.page.addInitScript({ content: hoverProbe });
  await openBenchPage(browser);
  // Warm up first: what the first few posts and cards allocate once (compiled code, the card's
  // shadow root) is not growth.
  for (let inserted = 0; inserted < 200; inserted += BATCH) {
    await insertBatch(browser.page, BATCH, KEEP);
    await nextFrame(browser.page);
  }
  if (withExtension) await hoverLinks(browser, 5);
  await browser.page.mouse.move(5, 5);
  await browser.page.waitForTimeout(600);
  const before = await heapUsed(browser);
  for (let inserted = 0; inserted < MEMORY_POSTS; inserted += BATCH) {
    await insertBatch(browser.page, BATCH, KEEP);
    await nextFrame(browser.page);
  }
  if (withExtension) await hoverLinks(browser, MEMORY_HOVERS);
  await browser.page.mouse.move(5, 5);
  await browser.page.waitForTimeout(600);
  const after = await heapUsed(browser);
  const detached = await detachedNodes(browser);
  await browser.close();
  return { growthBytes: after - before, detached };
}

async function measureMemory() {
  const ours: { growthBytes: number; detached: number }[] = [];
  const page: { growthBytes: number; detached: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`memory: round ${round}/${ROUNDS}`);
    ours.push(await memoryRun(true));
    page.push(await memoryRun(false));
  }
  const growth = median(ours.map((run) => run.growthBytes));
  const pageGrowth = median(page.map((run) => run.growthBytes));
  return {
    posts: MEMORY_POSTS,
    cardsOpened: MEMORY_HOVERS,
    heapGrowthBytes: growth,
    pageOnlyHeapGrowthBytes: pageGrowth,
    extensionHeapGrowthBytes: growth - pageGrowth,
    detachedNodes: median(ours.map((run) => run.detached)),
    pageOnlyDetachedNodes: median(page.map((run) => run.detached)),
    detachedHeldByExtension: Math.max(0, median(ours.map((run) => run.detached)) - median(page.map((run) => run.detached))),
  };
}

// ------------------------------------------------------------------------------------------------

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
  const plainScan = () => measureScan(plainQuotesTimeline.posts, { naiveToo: false });
  const scanPlain = await skip('scan-plain', plainScan, last.scanPlain);
  const hover = await skip('hover', measureHover, last.hover);
  const size = await skip('size', measureStartup, last.size);
  const memory = await skip('memory', measureMemory, last.memory);
  const pageCost = await skip('page-cost', () => measurePageCost(args, log), last.pageCost);

  const rows: Row[] = [];
  if (scan) rows.push(
    ['Scan: page inserting 1,000 posts', ms(scan.pageMsPer1000), `its script alone ${ms(scan.pageScriptMsPer1000)}`, ''],
    ['Scan: extension per 1,000 posts', ms(scan.extensionMsPer1000), `${scan.overheadPercent.toFixed(2)} % of page (${scan.overheadOfPageScriptPercent.toFixed(1)} % of its script)`, `≤ ${BUDGETS.overheadPercent} % ${pass(scan.overheadPercent <= BUDGETS.overheadPercent)}`],
    ['Scan: naive rescan per 1,000 posts', ms(scan.naiveMsPer1000), `${((scan.naiveMsPer1000 / scan.naivePageMsPer1000) * 100).toFixed(1)} % of page`, ''],
    ['Scan: naive / extension', `${scan.naiveFactor.toFixed(1)}×`, '', `≥ ${BUDGETS.naiveFactor}× ${pass(scan.naiveFactor >= BUDGETS.naiveFactor)}`],
  );
  if (scanPlain) {
    rows.push([
      'Scan, plain-text cashtags in quotes, per 1,000 posts',
      ms(scanPlain.extensionMsPer1000),
      `${scanPlain.overheadPercent.toFixed(2)} % of page ${ms(scanPlain.pageMsPer1000)}`,
      `≤ ${BUDGETS.overheadPercent} % ${pass(scanPlain.overheadPercent <= BUDGETS.overheadPercent)}`,
    ]);
  }
  if (hover) rows.push(
    ['Hover → card drawn and placed (our work)', ms(hover.workMedianMs), `p95 ${ms(hover.workP95Ms)}`, `p95 ≤ ${BUDGETS.hoverWorkP95Ms} ms ${pass(hover.workP95Ms <= BUDGETS.hoverWorkP95Ms)}`],
    ['Hover → card painted: frames after the event', `p95 ${hover.framesP95}`, `${(hover.firstFrameShare * 100).toFixed(1)} % in the first frame`, `p95 ≤ ${BUDGETS.hoverFrames} ${pass(hover.framesP95 <= BUDGETS.hoverFrames)}`],
    ['Hover → card painted, median', ms(hover.medianMs), `${hover.hovers} hovers`, ''],
    ['Hover → card painted, p95', ms(hover.p95Ms), `max ${ms(hover.maxMs)}`, ''],
    ['Hover → frame presented (Event Timing)', ms(hover.presentedMedianMs), `p95 ${ms(hover.presentedP95Ms)}; page alone: median ${ms(hover.pageAlonePresentedMedianMs)}, p95 ${ms(hover.pageAlonePresentedP95Ms)}`, ''],
    ['First hover (mounts the card)', ms(hover.firstHoverMs), `from the input event: median ${ms(hover.fromInputMedianMs)}, p95 ${ms(hover.fromInputP95Ms)}`, ''],
  );
  if (size) rows.push(
    ['Content script size', kb(size.bytes), `${kb(size.gzipBytes)} gzipped`, `≤ ${kb(BUDGETS.gzipBytes)} ${pass(size.gzipBytes <= BUDGETS.gzipBytes)}`],
    ['Content script evaluate', ms(size.evaluateMs), `start-up total ${ms(size.startMs)}`, ''],
  );
  if (memory) rows.push(
    ['Heap growth after GC (10k posts, 200 cards)', kb(memory.extensionHeapGrowthBytes), `tab ${kb(memory.heapGrowthBytes)} with us, ${kb(memory.pageOnlyHeapGrowthBytes)} page alone`, `< ${kb(BUDGETS.heapGrowthBytes)} ${pass(memory.extensionHeapGrowthBytes < BUDGETS.heapGrowthBytes)}`],
    ['Detached nodes held', String(memory.detachedHeldByExtension), `${memory.detachedNodes} with us, ${memory.pageOnlyDetachedNodes} page alone`, `= 0 ${pass(memory.detachedHeldByExtension === BUDGETS.detachedNodes)}`],
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
    hover,
    size,
    memory,
    pageCost,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log('\nwritten: bench/results.json');
}

function chromiumVersion(): string {
  return execFileSync('/usr/lib/chromium/chromium', ['--version'], { encoding: 'utf8' }).trim();
}

await main().catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
