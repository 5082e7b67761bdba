import type { BrowserContext } from 'playwright-core';
import { applySettings, launchChromium } from './bench-browser';
import {
  DRIVER_PATH,
  loadOptions,
  pageCostResponse,
  WITH_EXTENSION_URL,
  WITHOUT_EXTENSION_URL,
  type PageCostWorkload,
} from './page-cost-pages';
import { interleavedRounds } from './page-cost-plan';
import type { PageCostPlan, PageCostRun, RunOnce, WorkloadRuns } from './page-cost-plan';
import { startTrace } from './trace';
import { mainThreadTime, threadRunning } from './trace-parts';

type Driver = {
  load(options: object): Promise<{ templates: number; quotedWithPlainCashtag: number }>;
  run(options: object): Promise<{ wallMs: number; frames: number; gaps: number[]; marked: number }>;
};
declare const pageCost: Driver;

const isDriver = (url: string) => url.endsWith(DRIVER_PATH);

/** One run in a new tab: load the page, let the content script start, trace the workload. */
async function runOnce(
  context: BrowserContext,
  workload: PageCostWorkload,
  withExtension: boolean,
  plan: PageCostPlan,
  traced: boolean,
) {
  const page = await context.newPage();
  try {
    await page.goto(withExtension ? WITH_EXTENSION_URL : WITHOUT_EXTENSION_URL, { waitUntil: 'load' });
    const loaded = await page.evaluate((options) => pageCost.load(options), loadOptions(workload));
    // The content script starts at document idle and scans what is there: not part of the workload.
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    const stop = traced ? await startTrace(cdp) : undefined;
    const { cells, batch, keep } = plan;
    const result = await page.evaluate((options) => pageCost.run(options), { cells, batch, keep });
    const events = stop ? await stop() : [];
    await cdp.detach();
    if (!traced) return undefined;
    const thread = threadRunning(events, isDriver);
    if (!thread) throw new Error(`The page's workload never showed in the trace (${workload.id})`);
    const time = mainThreadTime(events, thread, 'cpu');
    if (withExtension && (time.ourScript === 0 || result.marked === 0)) {
      throw new Error(`The content script never ran on x.com (${workload.id}): is the extension built and loaded?`);
    }
    if (!withExtension && time.ourScript > 0) {
      throw new Error(`The content script ran on ${WITHOUT_EXTENSION_URL}: the pair is not a comparison`);
    }
    const mainThreadWallMs = mainThreadTime(events, thread, 'wall').total;
    const { wallMs, frames, marked } = result;
    const { quotedWithPlainCashtag } = loaded;
    const run: PageCostRun = { withExtension, time, mainThreadWallMs, wallMs, frames, marked, quotedWithPlainCashtag };
    return run;
  } finally {
    await page.close();
  }
}

/**
 * Every workload in ONE Chromium with the extension loaded: the same page at x.com (the extension
 * runs) and at example.org (it does not), in interleaved pairs.
 */
export async function measurePageCostChromium(
  workloads: PageCostWorkload[],
  plan: PageCostPlan,
  log: (line: string) => void,
  settings?: Record<string, unknown>,
): Promise<WorkloadRuns[]> {
  const browser = await launchChromium(true);
  const { context } = browser;
  let current = workloads[0]!;
  await context.route(/^https?:\/\//, (route) => {
    const answer = pageCostResponse(route.request().url(), current);
    return answer === 'abort' ? route.abort('blockedbyclient') : route.fulfill(answer);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (settings) await applySettings(worker, settings);
  const run: RunOnce = (workload, withExtension, runPlan, warmUp) => {
    current = workload;
    return runOnce(context, workload, withExtension, runPlan, !warmUp);
  };
  try {
    return await interleavedRounds('Chromium', workloads, plan, run, log);
  } finally {
    await browser.close();
  }
}
