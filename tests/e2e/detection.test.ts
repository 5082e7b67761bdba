import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domUnchanged } from './harness/dom-unchanged';
import { allFixtures, expectationFor } from './harness/fixtures';
import {
  cardState,
  centerOfText,
  clearStorage,
  markedSpans,
  markedSymbols,
  patchSettings,
  PLAIN_ZONE_OF,
  sleep,
  waitForCard,
  waitForNoCard,
  waitForScan,
} from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** Waits until the marks stop changing for a few frames: the scan of the page is done. */
async function settle(page: TestPage) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let stable = 0;
        const tick = () => {
          const count = document.querySelectorAll('[data-cashtag]').length;
          stable = count === last ? stable + 1 : 0;
          last = count;
          if (stable >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

describe.each(BROWSERS)('%s: finding cashtags', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
    // Hovering every cashtag in running text: no need to wait out the hover intent each time.
    await patchSettings(options, { hoverDelayMs: 0 });
  });
  afterAll(async () => {
    await clearStorage(options);
    await session?.close();
  });

  describe.each(allFixtures())('%s', (fixture) => {
    const expected = expectationFor(fixture);
    let page: TestPage;
    beforeAll(async () => {
      page = await session.openX(expected.url, fixture);
      if (expected.links.length + expected.plain.length) await waitForScan(page);
      await settle(page);
    });
    afterAll(() => page?.close());

    it('marks every cashtag link with its symbol, and nothing else', async () => {
      expect(await markedSymbols(page)).toEqual(expected.links);
    });

    it('marks the spans X draws for unlinked cashtags (quoted posts, trends), and no other', async () => {
      const spans = (await markedSpans(page)).map((entry) => entry.split(':')[1]).sort();
      expect(spans).toEqual(
        expected.plain
          .filter((entry) => entry.marked)
          .map((entry) => entry.symbol)
          .sort(),
      );
    });

    it('opens the card of every cashtag in running text (names, link cards), leaving no highlight', async () => {
      const seen = new Map<string, number>();
      for (const entry of expected.plain.filter((plain) => !plain.marked)) {
        const key = `${entry.where}:${entry.symbol}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const point = await centerOfText(page, PLAIN_ZONE_OF[entry.where]!, `$${entry.symbol}`, occurrence);
        expect(point, `$${entry.symbol} in a ${entry.where}`).not.toBeNull();
        if (!point!.visible) continue;
        await page.moveMouse(point!.x, point!.y);
        await waitForCard(page, entry.symbol);
        expect((await cardState(page))?.symbol).toBe(entry.symbol);
        await page.moveMouse(2, 2);
        await waitForNoCard(page);
      }
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(
        await page.evaluate(() => document.querySelector('style[data-cashtag-context]')?.textContent ?? ''),
      ).not.toContain('::highlight');
    });

    it("leaves X's nodes and text exactly as they were", async () => {
      const result = await domUnchanged(page);
      expect(result.detail).toBe(result.same ? result.detail : 'no difference');
      expect(result.same).toBe(true);
      expect(result.textSame).toBe(true);
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });

  describe('as X changes the page', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.openX('https://x.com/home', 'recycle.html');
      await waitForScan(page);
      await settle(page);
    });
    afterAll(() => page?.close());

    it('marks cells X adds later, and cells it removes and re-adds as new nodes', async () => {
      const added = await page.evaluate(() => {
        const list = (
          window as unknown as {
            xVirtualList: {
              appendFromTemplate(n: number): Element[];
              removeFirst(n: number): number;
              readdRemoved(): Element[];
            };
          }
        ).xVirtualList;
        list.removeFirst(3);
        const fresh = [...list.appendFromTemplate(4), ...list.readdRemoved()];
        for (const [index, cell] of fresh.entries()) cell.setAttribute('data-test-new', String(index));
        return fresh.length;
      });
      expect(added).toBe(7);
      await page.waitFor('every link in the new cells to be marked', () => {
        const links = [...document.querySelectorAll('[data-test-new] a[href*="src=cashtag_click"]')];
        return links.length > 0 && links.every((link) => link.hasAttribute('data-cashtag'));
      });
      expect(page.errors).toEqual([]);
    });

    it('re-reads a link X rewrites in place (text node and href)', async () => {
      const before = await page.evaluate(() =>
        document.querySelector('[data-fixture-cell] a[data-cashtag]')!.getAttribute('data-cashtag'),
      );
      await page.evaluate(() => {
        (
          window as unknown as { xVirtualList: { setCashtag(cell: number, link: number, symbol: string): void } }
        ).xVirtualList.setCashtag(0, 0, 'LINK');
      });
      await page.waitFor(
        'the rewritten link to read LINK',
        () => document.querySelector('[data-fixture-cell] a[data-cashtag]')?.getAttribute('data-cashtag') === 'LINK',
      );
      expect(before).not.toBe('LINK');
    });

    it('finds a quoted post X adds later, and keeps no mark on what it removes', async () => {
      await page.evaluate(() => {
        const cell = document.createElement('div');
        cell.setAttribute('data-testid', 'cellInnerDiv');
        cell.setAttribute('data-test-quote', '');
        const article = document.createElement('article');
        article.setAttribute('data-testid', 'tweet');
        const quote = document.createElement('div');
        quote.setAttribute('role', 'link');
        quote.setAttribute('tabindex', '0');
        const text = document.createElement('div');
        text.setAttribute('data-testid', 'tweetText');
        const entity = document.createElement('span');
        entity.setAttribute('dir', 'ltr');
        entity.textContent = '$AVAX';
        text.append('Quoting: ', entity, ' looks strong');
        quote.append(text);
        article.append(quote);
        cell.append(article);
        document.querySelector('[data-virtual-list]')!.append(cell);
      });
      await page.waitFor(
        "the quote's span to be marked",
        () => document.querySelector('[data-test-quote] span[dir="ltr"]')?.getAttribute('data-cashtag') === 'AVAX',
      );
      await page.evaluate(() =>
        document.querySelector('[data-test-quote] span[dir="ltr"]')!.firstChild!.replaceWith('AVAX'),
      );
      await page.waitFor(
        'the span to lose its mark once X changed its text',
        () => !document.querySelector('[data-test-quote] [data-cashtag]'),
      );
      await page.evaluate(() => document.querySelector('[data-test-quote]')!.remove());
      expect(page.errors).toEqual([]);
    });

    it('marks what arrives after an in-app navigation (pushState)', async () => {
      await page.evaluate(() => {
        history.pushState({}, '', '/explore');
        const cell = document.createElement('div');
        cell.setAttribute('data-testid', 'cellInnerDiv');
        cell.setAttribute('data-test-nav', '');
        const text = document.createElement('div');
        text.setAttribute('data-testid', 'tweetText');
        const link = document.createElement('a');
        link.setAttribute('href', '/search?q=%24AVAX&src=cashtag_click');
        link.textContent = '$AVAX';
        text.append('Rotating into ', link);
        cell.append(text);
        document.querySelector('[data-virtual-list]')!.append(cell);
      });
      await page.waitFor(
        'the new link to be marked',
        () => document.querySelector('[data-test-nav] a')?.getAttribute('data-cashtag') === 'AVAX',
      );
      expect(page.errors).toEqual([]);
    });
  });

  describe('follows the settings live', () => {
    let page: TestPage;
    const expected = expectationFor('home-light.html');
    beforeAll(async () => {
      page = await session.openX('https://x.com/home', 'home-light.html');
      await waitForScan(page);
      await settle(page);
    });
    afterAll(async () => {
      await clearStorage(options);
      await page?.close();
    });

    const set = (change: Record<string, unknown>) => patchSettings(options, change);

    it('only the article’s tickers', async () => {
      await set({ annotate: 'article' });
      await page.waitFor('only indexed tickers to stay marked', () => !document.querySelector('a[data-cashtag="SOL"]'));
      const marked = new Set(await markedSymbols(page));
      expect([...marked].sort()).toEqual(['AMZN', 'BTC', 'DOGE', 'GRT', 'USDC']);
    });

    it('crypto and the article’s tickers', async () => {
      await set({ annotate: 'crypto' });
      await page.waitFor('coins to be marked again', () => !!document.querySelector('a[data-cashtag="SOL"]'));
      const marked = new Set(await markedSymbols(page));
      expect(marked.has('AMZN')).toBe(true);
      expect(marked.has('MSFT')).toBe(false);
      expect(marked.has('ETH')).toBe(true);
    });

    it('all cashtags again', async () => {
      await set({ annotate: 'all' });
      await page.waitFor(
        'every link to be marked',
        (count) => document.querySelectorAll('a[data-cashtag]').length === count,
        expected.links.length,
      );
    });

    it('switching x.com off removes every mark, highlight and the page style; on brings them back', async () => {
      await set({ sites: { x: false, twitter: true, mobile: true, pro: true } });
      await page.waitFor(
        'all marks to go',
        () => !document.querySelector('[data-cashtag]') && !CSS.highlights.has('cashtag-context'),
      );
      expect(await page.evaluate(() => document.querySelector('style[data-cashtag-context]')?.textContent ?? '')).toBe(
        '',
      );
      await set({ sites: { x: true, twitter: true, mobile: true, pro: true } });
      await page.waitFor(
        'the marks to return',
        (count) => document.querySelectorAll('a[data-cashtag]').length === count,
        expected.links.length,
      );
      await sleep(100);
      expect(page.errors).toEqual([]);
    });
  });
});
