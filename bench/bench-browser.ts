import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { requireBrowser } from '../tests/browsers/find-browser';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output', 'firefox-mv2');
const BENCH_URL = 'https://x.com/home';

/**
 * The page's own code: it inserts posts the way X's React does while scrolling, one cell at a
 * time at the end of the timeline, drops the oldest cells like X's virtual list, and measures the
 * list (X reads cell heights to virtualise). Served as its own script, so traces can tell its work
 * from the extension's.
 */
const PAGE_SCRIPT = `
window.bench = {
  posts: [],
  next: 0,
  list: document.querySelector('[data-testid="cellInnerDiv"]').parentElement,
  /** The generated posts come from the bench as a file, not as a giant argument over CDP. */
  async load() {
    this.posts = await (await fetch('/__bench__/posts.json')).json();
    this.next = 0;
    this.list.replaceChildren();
  },
  insertBatch(n, keep) {
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const template = document.createElement('template');
      template.innerHTML = this.posts[this.next++ % this.posts.length];
      this.list.append(template.content.firstElementChild);
    }
    while (this.list.childElementCount > keep) this.list.firstElementChild.remove();
    void this.list.offsetHeight;
    return performance.now() - started;
  },
};
`;

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** The extension's service worker, when the extension is loaded. */
  worker?: Worker;
  close(): Promise<void>;
}

export interface ChromiumProfile {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Headless Chromium in a fresh profile, with the built extension loaded or not; nothing routed yet. */
export async function launchChromium(withExtension: boolean): Promise<ChromiumProfile> {
  const executablePath = requireBrowser('chromium', ROOT).path;
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No Chrome build in .output/chrome-mv3. Run `npm run build` first.');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cashtag-bench-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBench(
  withExtension: boolean,
  settings?: Record<string, unknown>,
  posts: string[] = [],
): Promise<BenchBrowser> {
  const { context, close } = await launchChromium(withExtension);
  const css = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'x.css'));
  const postsJson = JSON.stringify(posts);
  // X's whole page around the timeline (navigation, composer, trends, who to follow), so a
  // full-document rescan has what a real one would have to walk.
  const pageHtml = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'home-light.html'), 'utf8').replace(
    '</body>',
    '<script src="/__bench__/page.js"></script></body>',
  );
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    if (!/(^|\.)(x|twitter)\.com$/.test(url.hostname)) {
      return /\.twimg\.com$/.test(url.hostname)
        ? route.fulfill({
            status: 200,
            contentType: 'image/svg+xml',
            body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"/>',
          })
        : route.abort('blockedbyclient');
    }
    if (url.pathname === '/__fixtures__/x.css')
      return route.fulfill({ status: 200, contentType: 'text/css', body: css });
    if (url.pathname === '/__bench__/page.js')
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: PAGE_SCRIPT });
    if (url.pathname === '/__bench__/posts.json')
      return route.fulfill({ status: 200, contentType: 'application/json', body: postsJson });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml });
  });
  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (settings) await applySettings(worker, settings);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    ...(worker && { worker }),
    close,
  };
}

/** Stores settings for the extension as its options page would (unnamed ones keep their defaults). */
export async function applySettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.sync.set({ settings: value, settings$: { v: 3 } });
  }, settings);
}

export async function openBenchPage(browser: BenchBrowser): Promise<void> {
  await browser.page.goto(BENCH_URL, { waitUntil: 'load' });
  await browser.page.evaluate(() => (window as unknown as { bench: { load(): Promise<void> } }).bench.load());
}

/** Lets one frame pass: the extension batches its work per animation frame. */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
