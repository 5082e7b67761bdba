import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { cardState, centerOfText, sleep, waitForCard, waitForNoCard, waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** What has focus on the page: X's element, described for assertions. */
function focused(page: TestPage) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.matches('div[role="link"][tabindex="0"]'))
      return `quote:${active.textContent?.includes('$SOL') ? 'SOL' : '?'}`;
    return active.localName;
  });
}

/**
 * Quoted posts as X really draws them (see the saved-page fixture): their cashtags are plain
 * `<span dir="ltr">` text, and the quote is one focusable `div[role="link"]`.
 */
describe.each(BROWSERS)('%s: cashtags in quoted posts', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    page = await session.openX('https://x.com/home', 'saved.html');
    await waitForScan(page, 6);
  });
  afterAll(() => session?.close());

  it("hovering a quote's $SOL opens its card, the same card as a link's", async () => {
    // The saved page's whitespace widens the span: aim at the word itself.
    const point = await centerOfText(page, 'div[role="link"] [data-testid="tweetText"]', '$SOL');
    expect(point?.visible).toBe(true);
    await page.moveMouse(point!.x, point!.y);
    await waitForCard(page, 'SOL');
    const card = await cardState(page);
    expect(card?.symbol).toBe('SOL');
    expect(card?.text).toMatch(/crypto|Solana/i);
    // A span is not focusable: no accessible description is written on X's node.
    expect(await page.evaluate(() => document.querySelectorAll('[aria-describedby]').length)).toBe(0);
    expect(await axeViolations(page, ['cashtag-context', '.card'])).toEqual([]);
    await page.moveMouse(2, 2);
    await waitForNoCard(page);
  });

  it("focusing the quote opens its first cashtag's card, Esc returns focus to the quote", async () => {
    await page.evaluate(() => {
      const quote = [...document.querySelectorAll<HTMLElement>('div[role="link"][tabindex="0"]')].find((element) =>
        element.textContent!.includes('$SOL'),
      )!;
      quote.scrollIntoView({ block: 'center' });
      quote.focus();
    });
    await waitForCard(page, 'SOL');
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await focused(page)).toBe('quote:SOL');
  });

  it("focusing the outer post, whose own text has no cashtag, opens nothing for the quote's", async () => {
    await page.evaluate(() => {
      const quote = [...document.querySelectorAll('div[role="link"][tabindex="0"]')].find((element) =>
        element.textContent!.includes('$SOL'),
      )!;
      const post = quote.closest('article') as HTMLElement;
      post.scrollIntoView({ block: 'center' });
      post.focus();
    });
    await sleep(400);
    expect(await cardState(page)).toBeNull();
  });

  it('logs no errors', () => {
    expect(page.errors).toEqual([]);
  });
});
