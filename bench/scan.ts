import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBench, nextFrame, openBenchPage, type BenchBrowser } from './bench-browser';
import { BATCH, insertBatch, isContentScript, KEEP, log, ROUNDS, SCAN_POSTS, timeline } from './bench-setup';
import { median } from './stats';
import { busyTime, scriptTime, startTrace } from './trace';

/** 1. Scan overhead: the extension's time on inserted posts, against the page's and a naive annotator's. */

const isNaive = (url: string) => url.endsWith('naive-annotator.js');
const naiveSource = readFileSync(path.join(import.meta.dirname, 'naive-annotator.js'), 'utf8');

interface ScanRound {
  /** The watcher's own script time (ours, or the naive annotator's). */
  watcherMs: number;
  /** The page's insertion code: building cells, appending, measuring. */
  pageScriptMs: number;
  /** Everything else the main thread did for those posts: the page's script, style, layout, paint. */
  pageMs: number;
  /** Cashtag links marked in the cells still on the page at the end: proof the watcher worked. */
  marked: number;
  /** Posts our stylesheet fades among those cells (muted or crowded ones). */
  faded: number;
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
  const faded = await page.evaluate(
    () => [...document.querySelectorAll('article')].filter((post) => getComputedStyle(post).opacity !== '1').length,
  );
  const watcher = scriptTime(events, isWatcher);
  if (!watcher.thread) throw new Error('The watcher never ran: is the extension built and loaded?');
  const pageMs = busyTime(events, watcher.thread) - watcher.ms;
  return { watcherMs: watcher.ms, pageScriptMs, pageMs, marked, faded };
}

export interface ScanOptions {
  /** Also time the naive annotator on the same posts. */
  naiveToo?: boolean;
  /** The extension's settings, when not the defaults. */
  settings?: Record<string, unknown>;
  /** Names this run in the log. */
  label?: string;
}

export async function measureScan(posts = timeline.posts, { naiveToo = true, settings, label = '' }: ScanOptions = {}) {
  const ours: ScanRound[] = [];
  const naive: ScanRound[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`scan overhead${label && `, ${label}`}: round ${round}/${ROUNDS}`);
    const withExtension = await launchBench(true, settings, posts);
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
  const per1000 = (rounds: ScanRound[], pick: (round: ScanRound) => number) =>
    median(rounds.map((round) => (pick(round) * 1000) / SCAN_POSTS));
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
    fadedPosts: median(ours.map((round) => round.faded)),
    ...(settings && { settings }),
    rounds: { ours, naive },
  };
}
