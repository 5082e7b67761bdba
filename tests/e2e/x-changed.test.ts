import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** The id of the open x.com tab, asked from one of the extension's own pages. */
function xTabId(extensionPage: TestPage) {
  return extensionPage.evaluate(async () => {
    const api = globalThis as unknown as { browser?: unknown; chrome: unknown };
    const tabs = await (
      (api.browser ?? api.chrome) as { tabs: { query(q: object): Promise<{ id: number }[]> } }
    ).tabs.query({ url: 'https://x.com/*' });
    return tabs[0]!.id;
  });
}

/**
 * If X stops linking cashtags (or its links stop matching our selectors), cards still open from
 * the text, and the popup says so: a broken selector must be noticed, not silent.
 */
describe.each(BROWSERS)('%s: when X changes its links', (browserName) => {
  let session: ExtensionSession;
  let x: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    x = await session.openX('https://x.com/home', 'no-cashtags.html');
    // Posts whose text holds cashtags as plain spans, none in a link: X's markup moved on.
    await x.evaluate(() => {
      const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
      for (const symbol of ['SOL', 'JUP', 'PEPE', 'WIF']) {
        const cell = document.createElement('div');
        cell.setAttribute('data-testid', 'cellInnerDiv');
        const article = document.createElement('article');
        article.setAttribute('data-testid', 'tweet');
        const text = document.createElement('div');
        text.setAttribute('data-testid', 'tweetText');
        text.setAttribute('dir', 'auto');
        text.setAttribute('lang', 'en');
        const entity = document.createElement('span');
        entity.textContent = `$${symbol}`;
        text.append('Watching ', entity, ' today');
        article.append(text);
        cell.append(article);
        timeline.append(cell);
      }
    });
    await waitForScan(x, 4);
  });
  afterAll(() => session?.close());

  it('marks the unlinked cashtags, and the popup lists them and says the page looks different', async () => {
    const options = await session.openExtensionPage('options.html');
    const popup = await session.openExtensionPage(`popup.html?tab=${await xTabId(options)}`);
    await popup.waitFor('the list', () => document.querySelectorAll('.found li').length > 0);
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('.found li')].map((row) => row.getAttribute('data-symbol')),
    );
    expect(listed.sort()).toEqual(['JUP', 'PEPE', 'SOL', 'WIF']);
    const warning = await popup.evaluate(() => document.querySelector('.warning')?.textContent ?? '');
    expect(warning).toContain('looks different');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await options.close();
  });

  it('says nothing of the kind on a page with X’s links', async () => {
    await x.close();
    x = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(x);
    const options = await session.openExtensionPage('options.html');
    const popup = await session.openExtensionPage(`popup.html?tab=${await xTabId(options)}`);
    await popup.waitFor('the list', () => document.querySelectorAll('.found li').length > 0);
    expect(await popup.evaluate(() => document.querySelector('.warning'))).toBeNull();
    await popup.close();
    await options.close();
  });

  it('logs no errors', () => {
    expect(x.errors).toEqual([]);
  });
});
