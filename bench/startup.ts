import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchBench, openBenchPage, type BenchBrowser } from './bench-browser';
import { isContentScript, log, ROUNDS, timeline } from './bench-setup';
import { median } from './stats';
import { scriptTime, startTrace } from './trace';

/** 3. Size and start-up of the content script. */

/** Evaluation of the content script, and all its main-thread work in the first 1.5 s of a page. */
async function traceStartup(browser: BenchBrowser): Promise<{ evaluateMs: number; startMs: number }> {
  const stop = await startTrace(browser.cdp);
  await browser.page.goto('https://x.com/home', { waitUntil: 'load' });
  await browser.page.waitForTimeout(1500);
  const events = await stop();
  const evaluate = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'v8.compile') &&
        isContentScript(event.args?.data?.url ?? ''),
    )
    .reduce((total, event) => total + (event.dur ?? 0), 0);
  return { evaluateMs: evaluate / 1000, startMs: scriptTime(events, isContentScript).ms };
}

export async function measureStartup() {
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
