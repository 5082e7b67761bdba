import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFixtures, expectationFor } from './harness/fixtures';
import { clearStorage, highlightedTexts, markedSymbols, patchSettings, sleep, waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/**
 * X's page as the parser builds it from the fixture's source, next to the live page after the
 * extension ran: every element, attribute and text node must be the same, except our one
 * attribute and our own nodes.
 */
function domUnchanged(page: TestPage) {
  return page.evaluate(async () => {
    const OURS = new Set(['data-cashtag', 'aria-describedby']);
    const signature = (root: Element) => {
      const out: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) return void out.push(`#${(node as Text).data}`);
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const element = node as Element;
        if (element.localName === 'cashtag-context' || element.hasAttribute('data-cashtag-context')) return;
        // recycle.html's own script lays out its list and cells on load: that is the fixture, not us.
        const scripted = element.hasAttribute('data-virtual-list') || element.hasAttribute('data-fixture-cell');
        const attributes = [...element.attributes]
          .filter((attribute) => !OURS.has(attribute.name) && !(scripted && attribute.name === 'style'))
          .map((attribute) => `${attribute.name}=${attribute.value}`)
          .sort();
        out.push(`<${element.localName} ${attributes.join(' ')}>`);
        for (const child of element.childNodes) walk(child);
        out.push(`</${element.localName}>`);
      };
      walk(root);
      return out;
    };
    const source = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html');
    const live = signature(document.documentElement);
    const parsed = signature(fresh.documentElement);
    const firstDifference = live.findIndex((entry, index) => entry !== parsed[index]);
    return {
      same: live.length === parsed.length && firstDifference === -1,
      detail: firstDifference === -1 ? `${live.length} vs ${parsed.length} entries` : `${live[firstDifference]} ≠ ${parsed[firstDifference]}`,
      textSame: document.body.textContent === fresh.body.textContent,
    };
  });
}

/** Waits until the marks stop changing for a few frames: the scan of the page is done. */
async function settle(page: TestPage) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let stable = 0;
        const tick = () => {
          const count = document.querySelectorAll('a[data-cashtag]').length + (CSS.highlights.get('cashtag-context')?.size ?? 0);
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
  });
  afterAll(() => session?.close());

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

    it('highlights the plain-text cashtags', async () => {
      expect(await highlightedTexts(page)).toEqual(expected.plain.map((entry) => `$${entry.symbol}`).sort());
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
        const list = (window as unknown as { xVirtualList: { appendFromTemplate(n: number): Element[]; removeFirst(n: number): number; readdRemoved(): Element[] } }).xVirtualList;
        list.removeFirst(3);
        const fresh = [...list.appendFromTemplate(4), ...list.readdRemoved()];
        fresh.forEach((cell, index) => cell.setAttribute('data-test-new', String(index)));
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
      const before = await page.evaluate(() => document.querySelector('[data-fixture-cell] a[data-cashtag]')!.getAttribute('data-cashtag'));
      await page.evaluate(() => {
        (window as unknown as { xVirtualList: { setCashtag(cell: number, link: number, symbol: string): void } }).xVirtualList.setCashtag(0, 0, 'LINK');
      });
      await page.waitFor('the rewritten link to read LINK', () => document.querySelector('[data-fixture-cell] a[data-cashtag]')?.getAttribute('data-cashtag') === 'LINK');
      expect(before).not.toBe('LINK');
    });

    it('lets go of plain-text highlights when X removes their nodes', async () => {
      const before = await page.evaluate(() => CSS.highlights.get('cashtag-context')?.size ?? 0);
      expect(before).toBeGreaterThan(0);
      await page.evaluate(() => document.querySelectorAll('[data-testid="trend"]').forEach((trend) => trend.remove()));
      await page.waitFor('no highlight to point into a removed trend', () => {
        const ranges = [...((CSS.highlights.get('cashtag-context') as unknown as Iterable<Range>) ?? [])];
        return ranges.every((range) => range.startContainer.isConnected);
      });
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
      await page.waitFor('the new link to be marked', () => document.querySelector('[data-test-nav] a')?.getAttribute('data-cashtag') === 'AVAX');
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
      await page.waitFor('every link to be marked', (count) => document.querySelectorAll('a[data-cashtag]').length === count, expected.links.length);
    });

    it('switching x.com off removes every mark, highlight and the page style; on brings them back', async () => {
      await set({ sites: { x: false, twitter: true, mobile: true, pro: true } });
      await page.waitFor('all marks to go', () => !document.querySelector('a[data-cashtag]') && !CSS.highlights.has('cashtag-context'));
      expect(await page.evaluate(() => document.querySelector('style[data-cashtag-context]')?.textContent ?? '')).toBe('');
      await set({ sites: { x: true, twitter: true, mobile: true, pro: true } });
      await page.waitFor('the marks to return', (count) => document.querySelectorAll('a[data-cashtag]').length === count, expected.links.length);
      await sleep(100);
      expect(page.errors).toEqual([]);
    });
  });
});
