/**
 * npm run demo — shows the extension at work without an X account: an X-like demo timeline is
 * served on https://x.com/home inside a browser started with the built extension.
 *
 *   npm run demo                          a Chromium window (on a machine with a display)
 *   npm run demo -- --browser firefox     the same in Firefox
 *   npm run demo -- --screenshot DIR      headless: hover some cashtags, mute $PEPE, write PNGs to DIR
 *   npm run demo -- --store               headless: the 1280×800 store screenshots, both languages
 *   npm run demo -- --mobile              X's phone layout on a 390×844 touch screen, a tap opens the sheet
 *                                         (headless: phone-sheet-light/dark.png; with --store: 5-phone.png)
 *
 * Without a display it runs headless and writes screenshots to demo-screenshots/. A missing browser
 * is installed first (tests/browsers/install-browsers.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeHost } from '../browsers/host';
import { BrowserSetupError, ensureBrowsers } from '../browsers/install-browsers';
import { cardState, centerOf, patchSettings, sleep, waitForCard, waitForScan } from '../e2e/harness/page-helpers';
import { BUILD_DIRS, ROOT } from '../e2e/harness/paths';
import { launch, type BrowserName, type ExtensionSession, type TestPage } from '../e2e/harness/session';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    screenshot: { type: 'string' },
    store: { type: 'boolean', default: false },
    mobile: { type: 'boolean', default: false },
  },
});
const browser: BrowserName = values.browser === 'firefox' ? 'firefox' : 'chromium';
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const say = (message: string) => process.stdout.write(`${message}\n`);

/** The newest source file, to tell whether the build is older than the code. */
function newestSource(): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) visit(file);
      else newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const dir of ['src', 'entrypoints', 'assets/public'])
    if (existsSync(path.join(ROOT, dir))) visit(path.join(ROOT, dir));
  for (const file of ['wxt.config.ts', 'package.json', 'assets/icon.svg'])
    newest = Math.max(newest, statSync(path.join(ROOT, file)).mtimeMs);
  return newest;
}

function buildIfNeeded() {
  const manifests = Object.values(BUILD_DIRS).map((dir) => path.join(dir, 'manifest.json'));
  const built = manifests.every(existsSync) ? Math.min(...manifests.map((file) => statSync(file).mtimeMs)) : 0;
  if (built > newestSource()) return;
  say('Building the extension for Chrome and Firefox…');
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(String((error as { stderr?: Buffer }).stderr ?? error));
    throw new Error('The build failed; see above.');
  }
}

async function hover(page: TestPage, symbol: string) {
  await page.moveMouse(5, 5);
  await sleep(350);
  const { x, y } = await centerOf(page, `a[data-cashtag="${symbol}"]`);
  await page.moveMouse(x, y, 5);
  await waitForCard(page, symbol);
  // Let the entry animation and the timeline's frame finish before the picture.
  await sleep(400);
}

/**
 * Mutes $PEPE from its card (the Sol Summer post) as a reader would, then centres that post
 * between two others: a faded post beside normal ones. The shill list further down fades too.
 */
async function muteFromCard(page: TestPage) {
  await hover(page, 'PEPE');
  await page.evaluate(() => {
    const buttons = document.querySelector('cashtag-context')!.shadowRoot!.querySelectorAll('.tickers button');
    (buttons[1] as HTMLButtonElement).click();
  });
  await page.moveMouse(5, 5);
  await page.waitFor('the muted post faded', () => {
    const post = document.querySelector('a[data-cashtag="PEPE"]')?.closest('article');
    return !!post && getComputedStyle(post).opacity !== '1';
  });
  await page.evaluate(() =>
    document.querySelector('a[data-cashtag="PEPE"]')!.closest('article')!.scrollIntoView({ block: 'center' }),
  );
  await sleep(400);
}

interface Shot {
  file: string;
  take: (session: ExtensionSession) => Promise<void>;
}

/** Opens the demo timeline in light or dark, scanned and ready. */
async function demoPage(session: ExtensionSession, theme: 'light' | 'dark'): Promise<TestPage> {
  const page = await session.openX('https://x.com/home', `demo-${theme}.html`);
  await waitForScan(page, 10);
  await sleep(300);
  return page;
}

function cardShots(dir: string, theme: 'light' | 'dark', cards: [string, string][]): Shot[] {
  return [
    {
      file: path.join(dir, `timeline-${theme}.png`),
      take: async (session) => {
        const page = await demoPage(session, theme);
        await page.screenshot(path.join(dir, `timeline-${theme}.png`));
        for (const [symbol, name] of cards) {
          await hover(page, symbol);
          if (!(await cardState(page))) throw new Error(`The card for $${symbol} did not open`);
          await page.screenshot(path.join(dir, `card-${name}-${theme}.png`));
        }
        await page.close();
      },
    },
  ];
}

async function screenshots(dir: string) {
  mkdirSync(dir, { recursive: true });
  const session = await launch(browser, { headless: true, viewport: { width: 1280, height: 800 } });
  try {
    const shots: Shot[] = [
      ...cardShots(dir, 'light', [
        ['GRT', 'named'],
        ['SOL', 'coin'],
        ['AMZN', 'stock'],
      ]),
      ...cardShots(dir, 'dark', [
        ['GRT', 'named'],
        ['PEPE', 'coin'],
        ['AMZN', 'stock'],
      ]),
    ];
    for (const shot of shots) await shot.take(session);
    const options = await session.openExtensionPage('options.html#context/GRT');
    const muted = await demoPage(session, 'light');
    await muteFromCard(muted);
    await muted.screenshot(path.join(dir, 'muted-light.png'));
    await patchSettings(options, { muted: [] });
    await muted.close();
    await options.waitFor('the context page', () => !!document.querySelector('.ticker.on'));
    await options.evaluate(() => scrollTo(0, 0));
    await options.screenshot(path.join(dir, 'options.png'));
    const page = await demoPage(session, 'light');
    const tabId = await options.evaluate(async () => {
      const api = globalThis as unknown as { browser?: unknown; chrome: unknown };
      const tabs = await (
        (api.browser ?? api.chrome) as { tabs: { query(q: object): Promise<{ id: number }[]> } }
      ).tabs.query({ url: 'https://x.com/*' });
      return tabs[0]!.id;
    });
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(360, 560);
    await popup.waitFor('the popup list', () => document.querySelectorAll('.found li').length > 0);
    await popup.screenshot(path.join(dir, 'popup.png'));
    await page.close();
  } finally {
    await session.close();
  }
  say(`Screenshots written to ${path.relative(process.cwd(), dir) || '.'}/:`);
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort())
    say(`  ${file}`);
}

/** The store listing's 1280×800 pictures, in English and in Chinese. */
async function storeScreenshots() {
  for (const language of ['en', 'zh_CN'] as const) {
    const dir = path.join(ROOT, 'assets', 'store', language);
    mkdirSync(dir, { recursive: true });
    const session = await launch(browser, { headless: true, viewport: { width: 1280, height: 800 } });
    try {
      const options = await session.openExtensionPage('options.html');
      await patchSettings(options, { language });
      const light = await demoPage(session, 'light');
      await hover(light, 'GRT');
      await light.screenshot(path.join(dir, '1-named-ticker.png'));
      await hover(light, 'AMZN');
      await light.screenshot(path.join(dir, '3-stock.png'));
      const dark = await demoPage(session, 'dark');
      await hover(dark, 'PEPE');
      await dark.screenshot(path.join(dir, '2-other-coin-dark.png'));
      await muteFromCard(light);
      await light.screenshot(path.join(dir, '6-muted.png'));
      await options.evaluate(() => (location.hash = '#context/GRT'));
      await options.waitFor('the context page', () => !!document.querySelector('.ticker.on'));
      await options.evaluate(() => scrollTo(0, 0));
      await options.screenshot(path.join(dir, '4-full-context.png'));
    } finally {
      await session.close();
    }
    say(`Store screenshots written to assets/store/${language}/`);
  }
}

/** X's phone layout with $GRT's sheet opened by a tap, in light or dark. */
async function phoneWithSheet(session: ExtensionSession, theme: 'light' | 'dark'): Promise<TestPage> {
  const page = await session.openX('https://x.com/home', theme === 'light' ? 'phone.html' : 'phone-dark.html');
  await waitForScan(page);
  const { x, y } = await centerOf(page, 'a[data-cashtag="GRT"]');
  await page.tap(x, y);
  await waitForCard(page, 'GRT');
  await sleep(400);
  return page;
}

/** The phone pictures: light and dark into `dir`, or (`store`) one per language into the store's folders. */
async function mobileScreenshots(dir: string, store: boolean) {
  const session = await launch(browser, { headless: true, touch: true });
  try {
    if (store) {
      const options = await session.openExtensionPage('options.html');
      for (const language of ['en', 'zh_CN'] as const) {
        await patchSettings(options, { language });
        const page = await phoneWithSheet(session, 'light');
        await page.screenshot(path.join(ROOT, 'assets', 'store', language, '5-phone.png'));
        await page.close();
      }
      await patchSettings(options, { language: 'auto' });
      say('Phone pictures written to assets/store/en/5-phone.png and assets/store/zh_CN/5-phone.png');
      return;
    }
    mkdirSync(dir, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      const page = await phoneWithSheet(session, theme);
      await page.screenshot(path.join(dir, `phone-sheet-${theme}.png`));
      await page.close();
    }
    const where = path.relative(process.cwd(), dir) || '.';
    say(`Phone screenshots written to ${where}/: phone-sheet-light.png, phone-sheet-dark.png`);
  } finally {
    await session.close();
  }
}

/** A real window: the reader hovers the cashtags; closing the browser ends the demo. */
async function interactive() {
  const session = await launch(browser, { headless: false, viewport: { width: 1280, height: 800 } });
  await demoPage(session, 'dark');
  await demoPage(session, 'light');
  say('The demo timeline is open (light and dark tabs). Hover a cashtag such as $GRT, $BTC or $AMZN,');
  say('or Tab to one. Close the browser window to end the demo.');
  await session.closed();
}

/** A phone-sized touch window on X's phone layout, light and dark: tap a cashtag. */
async function interactivePhone() {
  const session = await launch(browser, { headless: false, touch: true });
  await session.openX('https://x.com/home', 'phone-dark.html');
  await session.openX('https://x.com/home', 'phone.html');
  say("X's phone layout is open on a touch screen (light and dark tabs). Tap $GRT, $BTC or $AMZN;");
  say('close the browser window to end the demo.');
  await session.closed();
}

try {
  ensureBrowsers([browser], nodeHost(ROOT), { say });
} catch (error) {
  if (!(error instanceof BrowserSetupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
buildIfNeeded();
if (values.mobile && (values.store || values.screenshot || !hasDisplay)) {
  await mobileScreenshots(path.resolve(values.screenshot ?? 'demo-screenshots'), values.store);
} else if (values.mobile) await interactivePhone();
else if (values.store) await storeScreenshots();
else if (values.screenshot || !hasDisplay) {
  if (!hasDisplay && !values.screenshot) say('No display found: running headless and writing screenshots instead.');
  await screenshots(path.resolve(values.screenshot ?? 'demo-screenshots'));
} else await interactive();
