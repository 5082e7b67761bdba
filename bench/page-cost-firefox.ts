import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireBrowser } from '../tests/browsers/find-browser';
import { FIREFOX_EXTENSION_DIR, ROOT } from './bench-browser';
import { loadOptions, pageCostResponse, type PageCostWorkload } from './page-cost-pages';
import { WITH_EXTENSION_URL, WITHOUT_EXTENSION_URL } from './page-cost-pages';
import { interleavedRounds } from './page-cost-plan';
import type { PageCostPlan, PageCostRun, RunOnce, WorkloadRuns } from './page-cost-plan';

type Driver = {
  load(options: object): Promise<{ quotedWithPlainCashtag: number }>;
  run(options: object): Promise<{ wallMs: number; frames: number; gaps: number[]; marked: number }>;
};
declare const pageCost: Driver;

async function launch(): Promise<Browser> {
  const executablePath = requireBrowser('firefox', ROOT).path;
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No Firefox build in .output/firefox-mv2. Run `npm run build` first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Keep Firefox off the network: the machine has none, and its retries would land in the runs.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

/** One run in a new tab; Firefox has no Chrome trace, so the page's own frame clock is the figure. */
async function runOnce(browser: Browser, workload: PageCostWorkload, withExtension: boolean, plan: PageCostPlan) {
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const answer = pageCostResponse(request.url(), workload);
      void (answer === 'abort' ? request.abort('blockedbyclient') : request.respond(answer));
    });
    await page.goto(withExtension ? WITH_EXTENSION_URL : WITHOUT_EXTENSION_URL, { waitUntil: 'load' });
    const loaded = await page.evaluate((options) => pageCost.load(options), loadOptions(workload));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { cells, batch, keep } = plan;
    const result = await page.evaluate((options) => pageCost.run(options), { cells, batch, keep });
    // The content script marks the capture's cashtag links: proof it ran, or that it did not.
    if (withExtension !== result.marked > 0) {
      const where = withExtension ? WITH_EXTENSION_URL : WITHOUT_EXTENSION_URL;
      const marked = `${result.marked} cashtag links marked at ${where}`;
      throw new Error(`Firefox, ${workload.id}: ${marked}; is the extension built and installed?`);
    }
    const { wallMs, frames, gaps, marked } = result;
    const { quotedWithPlainCashtag } = loaded;
    const run: PageCostRun = { withExtension, wallMs, frames, gaps, marked, quotedWithPlainCashtag };
    return run;
  } finally {
    await page.close();
  }
}

/** The same interleaved pairs as in Chromium, in one Firefox ESR with the extension installed. */
export async function measurePageCostFirefox(
  workloads: PageCostWorkload[],
  plan: PageCostPlan,
  log: (line: string) => void,
): Promise<WorkloadRuns[]> {
  const browser = await launch();
  const run: RunOnce = (workload, withExtension, runPlan) => runOnce(browser, workload, withExtension, runPlan);
  try {
    return await interleavedRounds('Firefox', workloads, plan, run, log);
  } finally {
    await browser.close();
  }
}
