import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { respond, X_URL } from './fixture-responses';
import {
  assertBrowserInstalled,
  assertBuilt,
  type ExtensionSession,
  type LaunchOptions,
  PHONE_VIEWPORT,
  type TestPage,
} from './session';

/** A phone's user agent, so X-like pages see what a phone's Chromium sends. */
const PHONE_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = assertBrowserInstalled('chromium');
  const extension = options.extension ?? assertBuilt('chromium');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cashtag-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? (options.touch ? PHONE_VIEWPORT : { width: 1280, height: 800 }),
    ...(options.touch && { hasTouch: true, isMobile: true, userAgent: PHONE_USER_AGENT }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const pages = new Map<string, string>();

  // Everything the fixtures load is answered locally; any other host is refused, as on the real
  // machine's closed network, so an accidental request shows up as a console error.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const response = respond(url, pages);
    return response ? route.fulfill(response) : route.abort('blockedbyclient');
  });

  const open = async (url: string) => {
    const page = await context.newPage();
    const wrapped = wrapPage(page);
    await wrapped.goto(url);
    return wrapped;
  };

  return {
    browser: 'chromium',
    extensionOrigin,
    serve: (url, fixture) => void pages.set(url, fixture),
    async openX(url, fixture) {
      if (!X_URL.test(url)) throw new Error(`Not an X URL: ${url}`);
      pages.set(url.split('#')[0]!, fixture);
      return open(url);
    },
    openExtensionPage: (pathAndHash) => open(`${extensionOrigin}/${pathAndHash}`),
    closed: () => new Promise((resolve) => context.once('close', () => resolve())),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => {
      await page.evaluate(source);
    },
    async waitFor(what, fn, arg, timeoutMs = 5000) {
      try {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 'raf' });
      } catch (error) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}\n${String(error)}`);
      }
    },
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    async touch(points, holdMs) {
      // Playwright taps only; a held or moving finger goes through the DevTools protocol.
      const cdp = await page.context().newCDPSession(page);
      const send = (type: string, at?: { x: number; y: number }) =>
        cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: at ? [at] : [] });
      await send('touchStart', points[0]);
      for (const point of points.slice(1)) await send('touchMove', point);
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      await send('touchEnd');
      await cdp.detach();
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
