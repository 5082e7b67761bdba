import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import twitterText from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domUnchanged } from './harness/dom-unchanged';
import { ROOT } from './harness/paths';
import {
  cardState,
  centerOf,
  clearStorage,
  patchSettings,
  waitForCard,
  waitForNoCard,
  waitForScan,
} from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/**
 * Real pages of x.com that other people saved (../shared/real-x, see its README): read from there
 * at run time and never copied into the project. They are the best evidence of X's markup, so
 * every cashtag a reader sees in them must be found and open its card.
 */
const REAL_X = path.resolve(ROOT, '..', 'shared', 'real-x');
const captures = existsSync(REAL_X)
  ? readdirSync(REAL_X)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];

if (!captures.length) {
  console.warn(`SKIPPED: the real-page tests: ${REAL_X} holds no saved x.com pages.`);
  describe('real saved x.com pages', () => {
    it.skip(`skipped: no captures in ${REAL_X}`, () => {});
  });
}

/** Each post text's visible text as X's rule reads it (emoji `<img>` as a non-space character). */
function postTexts(page: TestPage) {
  return page.evaluate(() => {
    const ruleText = (node: Node): string => {
      let out = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out += (child as Text).data;
        else if (child instanceof Element)
          out += child.localName === 'img' ? (child.getAttribute('alt') ? '\uFFFC' : '') : ruleText(child);
      }
      return out;
    };
    return [...document.querySelectorAll('[data-testid="tweetText"]')].map((block) => ({
      text: ruleText(block),
      marked: [...block.querySelectorAll('[data-cashtag]')].map((element) => element.getAttribute('data-cashtag')!),
    }));
  });
}

describe.each(captures.length ? BROWSERS : [])('%s: real saved x.com pages', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
    await patchSettings(options, { hoverDelayMs: 0 });
  });
  afterAll(async () => {
    await clearStorage(options);
    await session?.close();
  });

  describe.each(captures)('%s', (capture) => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.openX('https://x.com/home', path.join(REAL_X, capture));
      await waitForScan(page);
    });
    afterAll(() => page?.close());

    it("marks every one of X's cashtag links with its symbol", async () => {
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href*="src=cashtag_click"]')]
          .filter((link) => /^\s*\$[A-Za-z]+\s*$/.test(link.textContent ?? ''))
          .map((link) => ({
            text: link.textContent!.trim().slice(1).toUpperCase(),
            mark: link.getAttribute('data-cashtag'),
          })),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.mark).toBe(link.text);
    });

    it("marks, in every post and quoted post, exactly the cashtags X's rule finds, and nothing else", async () => {
      const blocks = await postTexts(page);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const byRule = twitterText.extractCashtagsWithIndices(block.text).map(({ cashtag }) => cashtag.toUpperCase());
        expect(block.marked, block.text.slice(0, 80)).toEqual(byRule);
      }
      const outside = await page.evaluate(
        () =>
          [...document.querySelectorAll('[data-cashtag]')].filter(
            (element) => !element.closest('[data-testid="tweetText"], [data-testid="trend"]'),
          ).length,
      );
      expect(outside).toBe(0);
    });

    it('opens the card of every marked cashtag on hover', async () => {
      const count = await page.evaluate(() => document.querySelectorAll('[data-cashtag]').length);
      for (let index = 0; index < count; index++) {
        const symbol = await page.evaluate(
          (index) => document.querySelectorAll('[data-cashtag]')[index]!.getAttribute('data-cashtag'),
          index,
        );
        const point = await centerOf(page, '[data-cashtag]', index);
        await page.moveMouse(point.x, point.y);
        await waitForCard(page, symbol!);
        expect((await cardState(page))?.symbol).toBe(symbol);
        await page.moveMouse(2, 2);
        await waitForNoCard(page);
      }
    });

    it("leaves X's nodes and text as they were, but for our attribute", async () => {
      const result = await domUnchanged(page);
      expect(result.detail).toBe(result.same ? result.detail : 'no difference');
      expect(result.same).toBe(true);
      expect(result.textSame).toBe(true);
    });

    it('puts no ::highlight rule into the page', async () => {
      const css = await page.evaluate(() => document.querySelector('style[data-cashtag-context]')?.textContent ?? '');
      expect(css).toContain('[data-cashtag]');
      expect(css).not.toContain('::highlight');
    });
  });
});
