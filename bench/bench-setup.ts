import type { BenchBrowser } from './bench-browser';
import { generateTimeline } from './timeline';

/** What the scan, hover, start-up and memory measurements share: their sizes, budgets and posts. */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
export const SCAN_POSTS = 2000;
export const BATCH = 20;
/** Cells X keeps in its virtual list around the viewport. */
export const KEEP = 60;
export const HOVERS = 120;
export const MEMORY_POSTS = 10_000;
export const MEMORY_HOVERS = 200;

export const BUDGETS = {
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

export const isContentScript = (url: string) =>
  url.startsWith('chrome-extension://') && url.endsWith('/content-scripts/content.js');

export const timeline = generateTimeline(SCAN_POSTS);
/** The same posts with quoted posts as X draws them: their cashtags are plain text. */
export const plainQuotesTimeline = generateTimeline(SCAN_POSTS, { quotes: 'plain' });
/**
 * The reader's own lists at their heaviest: 20 muted tickers, every symbol the timeline uses among
 * them (about a third of the posts fade), and the crowded-post fade at its lowest count.
 */
export const MUTED_READER = {
  muted: ['GRT', 'BTC', 'ETH', 'SOL', 'DOGE', 'AMZN', 'USDC', 'PEPE', 'LINK', 'NVDA'].concat([
    'ARB',
    'TSLA',
    'HOOD',
    'AVAX',
    'WIF',
    'BONK',
    'SHIB',
    'FLOKI',
    'TURBO',
    'MOG',
  ]),
  fadeCrowded: true,
  crowdedAt: 3,
};
export const log = (message: string) => process.stderr.write(`${message}\n`);

export function insertBatch(page: BenchBrowser['page'], batch: number, keep: number) {
  return page.evaluate(
    ({ batch, keep }) =>
      (window as unknown as { bench: { insertBatch(n: number, keep: number): number } }).bench.insertBatch(batch, keep),
    { batch, keep },
  );
}
