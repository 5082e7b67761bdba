import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-browser';
import { generateTimeline } from './timeline';

/**
 * The pages of the page-cost workload and how both browsers serve them. The same page is served at
 * an X host, where the content script runs, and at a host outside its matches, where it does not:
 * the only difference between the two runs of a pair is the extension.
 */
export const WITH_EXTENSION_URL = 'https://x.com/home';
export const WITHOUT_EXTENSION_URL = 'https://example.org/home';
const SERVED_HOSTS = new Set(['x.com', 'example.org']);
export const DRIVER_PATH = '/__bench__/page-cost.js';
const POSTS_PATH = '/__bench__/posts.json';

/** The real captures are other people's pages: read from here at run time, never copied. */
export const REAL_X_DIR = process.env.BENCH_REAL_X ?? path.resolve(ROOT, '..', 'shared', 'real-x');

export interface PageCostWorkload {
  id: string;
  /** `real`: a saved x.com page; `fixtures`: the fixtures' markup. */
  kind: 'real' | 'fixtures';
  html: string;
  /** The posts the page re-appends (fixtures); a capture re-appends its own cells. */
  posts?: string[];
}

export type WorkloadChoice = 'all' | 'real' | 'fixtures';

const driverSource = readFileSync(path.join(import.meta.dirname, 'page-cost-driver.js'), 'utf8');
const fixtureCss = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'x.css'));

function withDriver(html: string): string {
  const tag = `<script src="${DRIVER_PATH}"></script>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + tag : html.slice(0, end) + tag + html.slice(end);
}

/** The fixture page around a generated timeline whose quoted posts hold plain-text cashtags. */
export function fixtureWorkload(posts = 400): PageCostWorkload {
  const page = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'home-light.html'), 'utf8');
  const { posts: generated } = generateTimeline(posts, { quotes: 'plain' });
  return { id: 'fixtures', kind: 'fixtures', html: withDriver(page), posts: generated };
}

/** Every capture in `dir`, or a reason why there are none. */
export function realWorkloads(dir = REAL_X_DIR): { workloads: PageCostWorkload[]; skipped?: string } {
  if (!existsSync(dir)) return { workloads: [], skipped: `skipped: ${path.relative(ROOT, dir)} not found` };
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort();
  if (!files.length) return { workloads: [], skipped: `skipped: no .html capture in ${path.relative(ROOT, dir)}` };
  const workloads = files.map(
    (file): PageCostWorkload => ({
      id: `real:${file.replace(/\.html$/, '')}`,
      kind: 'real',
      html: withDriver(readFileSync(path.join(dir, file), 'utf8')),
    }),
  );
  return { workloads };
}

export function pageCostWorkloads(choice: WorkloadChoice): { workloads: PageCostWorkload[]; skipped?: string } {
  const real = choice === 'fixtures' ? { workloads: [] } : realWorkloads();
  return { ...real, workloads: [...(choice === 'real' ? [] : [fixtureWorkload()]), ...real.workloads] };
}

/** What the driver's `load()` is told: fixtures fetch their posts, captures get a plain cashtag per quote. */
export const loadOptions = (workload: PageCostWorkload) =>
  workload.posts ? { postsUrl: POSTS_PATH } : { addPlainCashtags: true };

export type PageCostResponse = { status: number; contentType: string; body: string | Buffer } | 'abort';

const EMPTY_IMAGE = {
  status: 200,
  contentType: 'image/svg+xml',
  body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"/>',
};

/**
 * One answer for both hosts, so both runs load exactly the same things: the page, the driver, the
 * posts, the fixtures' CSS, and an empty image for anything else a page asks of its host or of
 * X's image hosts (a capture's avatars, media and `_files/`). WebDriver BiDi does not tell the
 * kind of request, so the answer goes by the URL alone.
 */
export function pageCostResponse(url: string, workload: PageCostWorkload): PageCostResponse {
  const { hostname, pathname } = new URL(url);
  if (/(^|\.)twimg\.com$/.test(hostname)) return EMPTY_IMAGE;
  if (!SERVED_HOSTS.has(hostname)) return 'abort';
  if (pathname === DRIVER_PATH) return { status: 200, contentType: 'text/javascript', body: driverSource };
  if (pathname === POSTS_PATH) {
    return { status: 200, contentType: 'application/json', body: JSON.stringify(workload.posts ?? []) };
  }
  if (pathname === '/__fixtures__/x.css') return { status: 200, contentType: 'text/css', body: fixtureCss };
  if (pathname === '/home') return { status: 200, contentType: 'text/html; charset=utf-8', body: workload.html };
  return EMPTY_IMAGE;
}
