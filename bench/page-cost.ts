import { UsageError, type BenchArgs, type BrowserName } from './args';
import { measurePageCostChromium } from './page-cost-chromium';
import { measurePageCostFirefox } from './page-cost-firefox';
import { pageCostWorkloads } from './page-cost-pages';
import { pageCostPlan, summariseChromium, summariseFirefox } from './page-cost-plan';
import type { ChromiumSummary, FirefoxSummary, PageCostPlan, WorkloadRuns } from './page-cost-plan';

export interface PageCostResults {
  plan: PageCostPlan;
  /** The extension's settings for the Chromium runs, when BENCH_SETTINGS changed them. */
  settings?: Record<string, unknown>;
  /** Why the real captures were not measured, when they were not. */
  skipped?: string;
  chromium: ChromiumSummary[];
  /** Every run's figures, in the order they ran (with, without, with, …). */
  chromiumRuns: WorkloadRuns[];
  firefox: FirefoxSummary[];
}

/** BENCH_SETTINGS='{"cue":"none"}' measures the extension with other settings, to find what costs. */
function benchSettings(raw = process.env.BENCH_SETTINGS): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  const example = '{"cue":"none"}';
  throw new UsageError(
    `BENCH_SETTINGS must be a JSON object of the extension's settings, such as ${example}, not ${raw}`,
  );
}

/** What X's whole page pays for the extension: the same page with and without it, interleaved. */
export async function measurePageCost(args: BenchArgs, log: (line: string) => void): Promise<PageCostResults> {
  const plan = pageCostPlan();
  const settings = benchSettings();
  if (settings && args.browsers.includes('firefox')) log('page cost: BENCH_SETTINGS applies to the Chromium runs only');
  const { workloads, skipped } = pageCostWorkloads(args.workload);
  // Printed where it cannot be missed: a run without the real captures measures less than it says.
  if (skipped) log(`page cost: ${skipped}`);
  const runIn = (browser: BrowserName, measure: typeof measurePageCostChromium) =>
    workloads.length && args.browsers.includes(browser) ? measure(workloads, plan, log, settings) : Promise.resolve([]);
  const chromiumRuns = await runIn('chromium', measurePageCostChromium);
  const firefoxRuns = await runIn('firefox', measurePageCostFirefox);
  return {
    plan,
    ...(settings && { settings }),
    ...(skipped && { skipped }),
    chromium: chromiumRuns.map(summariseChromium),
    chromiumRuns,
    // The frame gaps of every run are many; the summaries keep what they say.
    firefox: firefoxRuns.map(summariseFirefox),
  };
}
