import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { respond, X_URL } from './fixture-responses';
import { BUILD_DIRS } from './paths';
import { assertBrowserInstalled, assertBuilt, type ExtensionSession, type LaunchOptions, type TestPage } from './session';

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
    defaultViewport: options.viewport ?? { width: 1280, height: 800 },
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
      const wrapped = wrapPage(page);
      const rendered = () => document.readyState === 'complete' && (document.body?.childElementCount ?? 0) > 0 && !!document.getElementById('app')?.childElementCount;
      // Navigations to moz-extension:// pages never report "load" over BiDi: start one, then wait
      // for the app. Right after install the add-on may not serve its pages yet, so try again.
      for (let attempt = 1; ; attempt++) {
        void page.goto(`${extensionOrigin}/${pathAndHash}`).catch(() => {});
        try {
          await wrapped.waitFor('the extension page to render', rendered, undefined, 5000);
          return wrapped;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
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
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
