import type { PageCostResults } from './page-cost';
import type { ChromiumSummary, Comparison, FirefoxSummary, Spread } from './page-cost-plan';
import { PARTS, type Part } from './trace-parts';

export const PAGE_COST_BUDGETS = {
  /** The whole renderer main thread with the extension, against the page alone (real markup). */
  totalPercent: 3,
  /** Any one rendering part against the same part of the page alone (real markup). */
  partPercent: 5,
};
const BUDGETED_PARTS = ['style', 'layout', 'prePaint', 'paint'] as const satisfies readonly Part[];

export const PART_LABELS: Record<Part | 'total', string> = {
  total: 'main thread, total',
  style: 'style (UpdateLayoutTree)',
  layout: 'layout',
  prePaint: 'pre-paint',
  paint: 'paint',
  layerize: 'layerize',
  pageScript: 'the page’s scripts',
  ourScript: 'our scripts',
  gc: 'garbage collection',
  other: 'other work in tasks',
};

type Row = [string, string, string, string];
const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const percent = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`);
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const range = (spread: Spread) => `${ms(spread.median)} (${ms(spread.min)}–${ms(spread.max)})`;
const pairs = ({ pairOverheadPercent: pair }: Comparison) =>
  pair ? `pairs ${percent(pair.q1)} to ${percent(pair.q3)} (IQR)` : '';
const workloadName = (summary: { workload: string }) => summary.workload.replace(/^real:/, 'real ');

export const totalWithinBudget = (summary: ChromiumSummary) =>
  (summary.total.overheadPercent ?? Infinity) <= PAGE_COST_BUDGETS.totalPercent;
const overhead = (summary: ChromiumSummary, part: Part) => summary[part].overheadPercent ?? 0;
export const worstPart = (summary: ChromiumSummary) =>
  BUDGETED_PARTS.reduce((worst, part) => (overhead(summary, part) > overhead(summary, worst) ? part : worst));

/** The page-cost lines of the bench's main table: per workload the total and the worst rendering part. */
export function pageCostRows(results: PageCostResults): Row[] {
  const rows: Row[] = [];
  for (const summary of results.chromium) {
    const name = `Page cost (Chromium, ${workloadName(summary)})`;
    const real = summary.kind === 'real';
    rows.push([
      `${name}: main thread`,
      percent(summary.total.overheadPercent),
      `CPU ${ms(summary.total.with.median)} with us, ${ms(summary.total.without.median)} alone; ` +
        `${pairs(summary.total)}; ` +
        `${summary.rounds} rounds; by the wall clock ${percent(summary.mainThreadWall.overheadPercent)}`,
      real ? `≤ ${PAGE_COST_BUDGETS.totalPercent} % ${pass(totalWithinBudget(summary))}` : '',
    ]);
    const worst = worstPart(summary);
    const worstPercent = summary[worst].overheadPercent ?? 0;
    rows.push([
      `${name}: worst rendering part`,
      `${PART_LABELS[worst]} ${percent(worstPercent)}`,
      BUDGETED_PARTS.map((part) => `${PART_LABELS[part].split(' ')[0]} ${percent(overhead(summary, part))}`).join(', '),
      real ? `each ≤ ${PAGE_COST_BUDGETS.partPercent} % ${pass(worstPercent <= PAGE_COST_BUDGETS.partPercent)}` : '',
    ]);
  }
  rows.push(...results.firefox.map(firefoxRow));
  if (results.skipped) rows.push(['Page cost, real captures', 'skipped', results.skipped, '']);
  return rows;
}

/** Firefox has no trace to split: the workload's time (one batch a frame) and its frame gaps. */
function firefoxRow(summary: FirefoxSummary): Row {
  const { wall, medianGap, p95Gap } = summary;
  const gaps = (comparison: Comparison) => `${ms(comparison.with.median)} vs ${ms(comparison.without.median)}`;
  return [
    `Page cost (Firefox, ${workloadName(summary)}): workload time`,
    percent(wall.overheadPercent),
    `${range(wall.with)} with us, ${range(wall.without)} alone; ${pairs(wall)}; ` +
      `frame gap median ${gaps(medianGap)}, p95 ${gaps(p95Gap)}; ${summary.rounds} rounds`,
    '',
  ];
}

/** Every part of every workload: the page alone, with the extension, and the difference. */
export function pageCostTable(results: PageCostResults): string {
  const header = ['workload', 'main-thread part', 'page alone: median (min–max)', 'with the extension'];
  header.push('overhead', 'of total', 'spread of pairs');
  const lines: string[][] = [header];
  for (const summary of results.chromium) {
    for (const part of ['total', ...PARTS] as const) {
      const comparison = summary[part];
      lines.push([
        part === 'total' ? workloadName(summary) : '',
        PART_LABELS[part],
        range(comparison.without),
        range(comparison.with),
        percent(comparison.overheadPercent),
        percent(comparison.ofTotalPercent),
        pairs(comparison).replace(/^pairs /, ''),
      ]);
    }
  }
  return formatTable(lines);
}

export function formatTable(lines: string[][]): string {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
