import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import {
  cardPhase,
  cardState,
  centerOf,
  centerOfText,
  clearStorage,
  getStorage,
  PLAIN_ZONE_OF,
  sleep,
  waitForCard,
  waitForNoCard,
  waitForPhase,
  waitForScan,
} from './harness/page-helpers';
import { artifactPath, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

const HOME = 'https://x.com/home';
const SEARCH_GRT = 'https://x.com/search?q=%24GRT&src=cashtag_click';
/** An empty stretch of X's top bar on a phone: nothing of X's there takes a tap. */
const OUTSIDE = { x: 330, y: 26 };

/** Where the page is scrolled: a tap on a cashtag must leave it there. */
const scrollOf = (page: TestPage) => page.evaluate(() => ({ x: scrollX, y: scrollY }));

/** A box inside our shadow root, by selector, with the viewport's size. */
function boxInCard(page: TestPage, selector: string) {
  return page.evaluate((selector) => {
    const element = document.querySelector('cashtag-context')?.shadowRoot?.querySelector(selector);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      left: box.left,
      top: box.top,
      right: box.right,
      bottom: box.bottom,
      height: box.height,
      visible: style.display !== 'none' && style.visibility !== 'hidden' && box.height > 0,
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, selector);
}

async function tapOn(page: TestPage, selector: string) {
  const { x, y } = await centerOf(page, selector);
  await page.tap(x, y);
}

describe.each(BROWSERS)('%s: touch on a phone', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let page: TestPage;

  beforeAll(async () => {
    session = await launch(browserName, { touch: true });
    session.serve(SEARCH_GRT, 'search.html');
    options = await session.openExtensionPage('options.html');
    await clearStorage(options);
  });
  afterAll(() => session?.close());

  /** Clicks a radio button of the options page and waits for the change to be stored. */
  async function chooseOnOptionsPage(id: string) {
    const value = id.replace('touchOpen-', '');
    await options.evaluate((id) => (document.getElementById(id) as HTMLInputElement).click(), id);
    await options.waitFor('the setting to be saved', () => !!document.querySelector('[role="status"]'));
    await expect.poll(async () => (await getStorage(options, 'sync')).settings).toMatchObject({ touchOpen: value });
  }

  beforeEach(async () => {
    await page?.close();
    page = await session.openX(HOME, 'phone.html');
    await waitForScan(page);
  });

  it('a tap on $GRT opens its sheet with the article’s claims; no link followed, the page not moved', async () => {
    const { x, y } = await centerOf(page, 'a[data-cashtag="GRT"]');
    const before = await scrollOf(page);
    await page.tap(x, y);
    await waitForCard(page, 'GRT');
    expect(await cardPhase(page)).toBe('pinned');
    expect(page.url()).toBe(HOME);
    expect(await scrollOf(page)).toEqual(before);
    const card = (await cardState(page))!;
    expect(card.text).toContain('What the article says about $GRT');
    expect(card.text).toContain('¶40');
    await page.screenshot(artifactPath(`touch-sheet-${browserName}.png`));
  });

  it('a tap on a quoted post’s $GRT or a display name’s $DOGE opens their cards and follows no link', async () => {
    await tapOn(page, `${PLAIN_ZONE_OF.quote} [data-cashtag="GRT"]`);
    await waitForCard(page, 'GRT');
    await page.tap(OUTSIDE.x, OUTSIDE.y);
    await waitForNoCard(page);
    const name = (await centerOfText(page, PLAIN_ZONE_OF['display-name']!, '$DOGE'))!;
    expect(name.visible).toBe(true);
    await page.tap(name.x, name.y);
    await waitForCard(page, 'DOGE');
    expect(page.url()).toBe(HOME);
  });

  it('the sheet spans the bottom edge, ≤ 70 % of the height, with a visible handle and close button', async () => {
    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    const sheet = (await boxInCard(page, '.card'))!;
    const { width, height } = sheet.viewport;
    expect(sheet.left).toBe(0);
    expect(Math.abs(sheet.right - width)).toBeLessThanOrEqual(1);
    expect(Math.abs(sheet.bottom - height)).toBeLessThanOrEqual(1);
    expect(sheet.height).toBeLessThanOrEqual(height * 0.7 + 1);
    expect((await boxInCard(page, '.grab'))?.visible).toBe(true);
    expect((await boxInCard(page, '.close'))?.visible).toBe(true);
    expect(await axeViolations(page, ['cashtag-context', '.card'])).toEqual([]);
  });

  it('a tap outside closes the sheet; so do its close button and a downward swipe on its handle', async () => {
    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    await page.tap(OUTSIDE.x, OUTSIDE.y);
    await waitForNoCard(page);
    expect(page.url()).toBe(HOME);

    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    const close = (await boxInCard(page, '.close'))!;
    await page.tap((close.left + close.right) / 2, (close.top + close.bottom) / 2);
    await waitForNoCard(page);

    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    const handle = (await boxInCard(page, '.grab'))!;
    const start = { x: (handle.left + handle.right) / 2, y: (handle.top + handle.bottom) / 2 };
    await page.touch([start, { x: start.x, y: start.y + 40 }, { x: start.x, y: start.y + 120 }], 50);
    await waitForNoCard(page);
    expect(page.url()).toBe(HOME);
  });

  it('a short swipe on the handle leaves the sheet open and back in its place', async () => {
    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    const before = (await boxInCard(page, '.card'))!;
    const handle = (await boxInCard(page, '.grab'))!;
    const start = { x: (handle.left + handle.right) / 2, y: (handle.top + handle.bottom) / 2 };
    await page.touch([start, { x: start.x, y: start.y + 10 }, { x: start.x, y: start.y + 25 }], 50);
    await sleep(400);
    expect(await cardPhase(page)).toBe('pinned');
    const after = (await boxInCard(page, '.card'))!;
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
  });

  it('a finger scrolling X’s page from above the sheet leaves the sheet open', async () => {
    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    const sheet = (await boxInCard(page, '.card'))!;
    const x = sheet.viewport.width / 2;
    const y = sheet.top - 20;
    await page.touch(
      [
        { x, y },
        { x, y: y - 30 },
        { x, y: y - 60 },
      ],
      80,
    );
    await sleep(400);
    expect(await cardPhase(page)).toBe('pinned');
    expect(page.url()).toBe(HOME);
    await page.tap(OUTSIDE.x, OUTSIDE.y);
    await waitForNoCard(page);
  });

  it('the sheet’s “Search $GRT on X” follows X’s own search link', async () => {
    await tapOn(page, 'a[data-cashtag="GRT"]');
    await waitForCard(page, 'GRT');
    // The action is at the end of the sheet: scroll the sheet itself (not X's page) to it.
    await page.evaluate(() => {
      const sheet = document.querySelector('cashtag-context')!.shadowRoot!.querySelector('.card')!;
      sheet.scrollTop = sheet.scrollHeight;
    });
    const link = (await boxInCard(page, '.actions a'))!;
    expect(link.bottom).toBeLessThanOrEqual(link.viewport.height);
    await page.tap((link.left + link.right) / 2, (link.top + link.bottom) / 2);
    await page.waitFor('the search page', (url) => location.href === url, SEARCH_GRT, 10_000);
  });

  it('with long presses chosen, a tap follows X’s link and a long press opens the card', async () => {
    // Chosen on the options page, as a reader would.
    await chooseOnOptionsPage('touchOpen-long-press');
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ touchOpen: 'long-press' });
    try {
      // A fresh page reads the setting when it starts.
      await page.close();
      page = await session.openX(HOME, 'phone.html');
      await waitForScan(page);
      const { x, y } = await centerOf(page, 'a[data-cashtag="GRT"]');
      await page.touch([{ x, y }], 800);
      await waitForCard(page, 'GRT');
      expect(await cardPhase(page)).toBe('pinned');
      expect(page.url()).toBe(HOME);
      await page.tap(OUTSIDE.x, OUTSIDE.y);
      await waitForNoCard(page);
      await page.tap(x, y);
      await page.waitFor('the search page', (url) => location.href === url, SEARCH_GRT, 10_000);
    } finally {
      await chooseOnOptionsPage('touchOpen-tap');
    }
  });

  it('a mouse still opens the card on hover, and a wide touch screen keeps the card next to its cashtag', async () => {
    await page.setViewport(1024, 768);
    const { x, y } = await centerOf(page, 'a[data-cashtag="BTC"]');
    await page.moveMouse(x, y, 4);
    await waitForPhase(page, 'open');
    await waitForCard(page, 'BTC');
    await page.moveMouse(5, 5, 4);
    await waitForNoCard(page);

    await page.tap(x, y);
    await waitForCard(page, 'BTC');
    expect(await cardPhase(page)).toBe('pinned');
    const card = (await boxInCard(page, '.card'))!;
    expect(card.right - card.left).toBeLessThan(400);
    expect(card.top).toBeGreaterThan(y);
  });
});
