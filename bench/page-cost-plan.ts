import { UsageError } from './args';
import type { PageCostWorkload } from './page-cost-pages';
import { PARTS, type MainThreadTime, type Part } from './trace-parts';
import { median, percentile } from './stats';

/** How much each run of the page-cost workload does; the same in both browsers. */
export interface PageCostPlan {
  /** Interleaved pairs (with, without); at least 7, more with BENCH_ROUNDS. */
  rounds: number;
  /** Cells appended per run, `batch` per animation frame, the oldest beyond `keep` removed. */
  cells: number;
  batch: number;
  keep: number;
}

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError(`${name} must be a whole number of at least 1, not "${process.env[name]}"`);
  }
  return value;
};

export function pageCostPlan(): PageCostPlan {
  return {
    rounds: Math.max(7, positive('BENCH_ROUNDS', 7)),
    cells: positive('BENCH_PAGE_CELLS', 600),
    batch: positive('BENCH_PAGE_BATCH', 5),
    keep: 40,
  };
}

export interface PageCostRun {
  withExtension: boolean;
  /** Chromium: the renderer main thread's CPU time by part (ms), from a trace. */
  time?: MainThreadTime;
  /** Chromium: the same thread's busy time by the wall clock, waits for a core included. */
  mainThreadWallMs?: number;
  /** From the first animation frame of the workload to the one after its last batch. */
  wallMs: number;
  frames: number;
  /** Gaps between animation frames (Firefox keeps them; Chromium's are not stored). */
  gaps?: number[];
  marked: number;
  quotedWithPlainCashtag: number;
}

export interface WorkloadRuns {
  workload: string;
  kind: 'real' | 'fixtures';
  runs: PageCostRun[];
}

/** One run of a workload; a warm-up run's figures are not kept. */
export type RunOnce = (
  workload: PageCostWorkload,
  withExtension: boolean,
  plan: PageCostPlan,
  warmUp: boolean,
) => Promise<PageCostRun | undefined>;

/**
 * A short warm-up pair (the first run of a page compiles what later runs reuse), then `rounds`
 * pairs, with and without the extension in turn, so the machine's drift and the other jobs on it
 * fall on both sides alike.
 */
export async function interleavedRounds(
  browser: string,
  workloads: PageCostWorkload[],
  plan: PageCostPlan,
  runOnce: RunOnce,
  log: (line: string) => void,
): Promise<WorkloadRuns[]> {
  const results: WorkloadRuns[] = [];
  for (const workload of workloads) {
    const warmUp = { ...plan, cells: plan.batch * 20 };
    await runOnce(workload, true, warmUp, true);
    await runOnce(workload, false, warmUp, true);
    const runs: PageCostRun[] = [];
    for (let round = 1; round <= plan.rounds; round++) {
      log(`page cost, ${browser}, ${workload.id}: round ${round}/${plan.rounds}`);
      for (const withExtension of [true, false]) {
        const run = await runOnce(workload, withExtension, plan, false);
        if (run) runs.push(run);
      }
    }
    results.push({ workload: workload.id, kind: workload.kind, runs });
  }
  return results;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

export function spread(values: number[]): Spread {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    q1: percentile(values, 25),
    q3: percentile(values, 75),
  };
}

export interface Comparison {
  without: Spread;
  with: Spread;
  /** Median with against median without, in % of the part's own time without (null if that is 0). */
  overheadPercent: number | null;
  /** The same difference in % of the page's whole main-thread time without the extension. */
  ofTotalPercent: number;
  /** Each pair's own overhead (with against the run right before or after it), in %. */
  pairOverheadPercent: Spread | null;
}

export function compare(withValues: number[], withoutValues: number[], totalWithout: number): Comparison {
  const withSpread = spread(withValues);
  const withoutSpread = spread(withoutValues);
  const difference = withSpread.median - withoutSpread.median;
  const pairs = withValues.map((value, index) => ((value - withoutValues[index]!) / withoutValues[index]!) * 100);
  return {
    without: withoutSpread,
    with: withSpread,
    overheadPercent: withoutSpread.median > 0 ? (difference / withoutSpread.median) * 100 : null,
    ofTotalPercent: (difference / totalWithout) * 100,
    pairOverheadPercent: withoutValues.every((value) => value > 0) ? spread(pairs) : null,
  };
}

export type ChromiumSummary = {
  workload: string;
  kind: 'real' | 'fixtures';
  rounds: number;
  /** The thread's busy time by the wall clock: what the load of the machine adds shows here. */
  mainThreadWall: Comparison;
} & Record<Part | 'total', Comparison>;

export function summariseChromium({ workload, kind, runs }: WorkloadRuns): ChromiumSummary {
  const pick = (withExtension: boolean, part: Part | 'total') =>
    runs.filter((run) => run.withExtension === withExtension).map((run) => run.time![part]);
  const totalWithout = median(pick(false, 'total'));
  const parts = Object.fromEntries(
    [...PARTS, 'total' as const].map((part) => [part, compare(pick(true, part), pick(false, part), totalWithout)]),
  ) as Record<Part | 'total', Comparison>;
  const wall = (withExtension: boolean) =>
    runs.filter((run) => run.withExtension === withExtension).map((run) => run.mainThreadWallMs!);
  const mainThreadWall = compare(wall(true), wall(false), median(wall(false)));
  return { workload, kind, rounds: runs.length / 2, mainThreadWall, ...parts };
}

export interface FirefoxSummary {
  workload: string;
  kind: 'real' | 'fixtures';
  rounds: number;
  /** The workload's time, one batch per frame: a frame that takes longer makes the whole run longer. */
  wall: Comparison;
  /** Each run's median and 95th-percentile gap between animation frames. */
  medianGap: Comparison;
  p95Gap: Comparison;
}

export function summariseFirefox({ workload, kind, runs }: WorkloadRuns): FirefoxSummary {
  const pick = (withExtension: boolean, value: (run: PageCostRun) => number) =>
    runs.filter((run) => run.withExtension === withExtension).map(value);
  const measure = (value: (run: PageCostRun) => number) =>
    compare(pick(true, value), pick(false, value), median(pick(false, (run) => run.wallMs)));
  return {
    workload,
    kind,
    rounds: runs.length / 2,
    wall: measure((run) => run.wallMs),
    medianGap: measure((run) => median(run.gaps!)),
    p95Gap: measure((run) => percentile(run.gaps!, 95)),
  };
}
