import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { respond, X_URL } from './fixture-responses';
import { BUILD_DIRS } from './paths';
import {
  assertBrowserInstalled,
  assertBuilt,
  type ExtensionSession,
  type LaunchOptions,
  PHONE_VIEWPORT,
  type TestPage,
} from './session';

/** A fixed moz-extension UUID, so tests can open the options page by URL. */
const EXTENSION_UUID = '11111111-2222-3333-4444-555555555555';

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = assertBrowserInstalled('firefox');
  const extension = options.extension ?? assertBuilt('firefox');
  const manifest = JSON.parse(readFileSync(path.join(BUILD_DIRS.firefox, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: options.touch
      ? { ...(options.viewport ?? PHONE_VIEWPORT), hasTouch: true, isMobile: true }
      : (options.viewport ?? { width: 1280, height: 800 }),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Keep Firefox off the network: the machine has none, and CI must not wait for it.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(path.resolve(extension));
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const pages = new Map<string, string>();

  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (!/^https?:\/\//.test(url)) return void request.continue();
      const response = respond(url, pages);
      if (response) void request.respond(response);
      else void request.abort('blockedbyclient');
    });
    return page;
  };

  return {
    browser: 'firefox',
    extensionOrigin,
    serve: (url, fixture) => void pages.set(url, fixture),
    async openX(url, fixture) {
      if (!X_URL.test(url)) throw new Error(`Not an X URL: ${url}`);
      pages.set(url.split('#')[0]!, fixture);
      const wrapped = wrapPage(await newPage());
      await wrapped.goto(url);
      return wrapped;
    },
    async openExtensionPage(pathAndHash) {
      const page = await newPage();
      // Wrapped first, so console errors are collected from the first script on.
      const wrapped = wrapPage(page);
      const url = `${extensionOrigin}/${pathAndHash}`;
      const look = () => ({
        href: location.href,
        rendered: document.readyState === 'complete' && !!document.getElementById('app')?.childElementCount,
      });
      // Navigations to moz-extension:// pages never report "load" over BiDi (nor change
      // `page.url()`), and a page-side wait dies with the about:blank document it started in. So
      // start the navigation, then ask the tab from here until the app has rendered. Right after
      // install the add-on may not serve its pages yet: navigate again while the tab stays blank.
      const deadline = Date.now() + 20_000;
      let navigatedAt = 0;
      let seen = 'about:blank';
      while (Date.now() < deadline) {
        const now = await page.evaluate(look).catch(() => undefined);
        if (now) seen = now.href;
        if (now?.rendered && now.href.startsWith(extensionOrigin)) return wrapped;
        if (!seen.startsWith(extensionOrigin) && Date.now() - navigatedAt > 5000) {
          navigatedAt = Date.now();
          void page.goto(url).catch(() => {});
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Timed out after 20 s waiting for ${url} to render (the tab is at ${seen})`);
    },
    closed: () => new Promise((resolve) => browser.once('disconnected', () => resolve())),
    close: () => browser.close(),
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
        await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 'raf' }, arg);
      } catch (error) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}\n${String(error)}`);
      }
    },
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    async touch(points, holdMs) {
      const [first, ...rest] = points;
      await page.touchscreen.touchStart(first!.x, first!.y);
      for (const point of rest) await page.touchscreen.touchMove(point.x, point.y);
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      await page.touchscreen.touchEnd();
    },
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    // Keeps a phone's touch and mobile flags: changing them would reload the page.
    setViewport: (width, height) => page.setViewport({ ...page.viewport(), width, height }),
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
