import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { domUnchanged } from './harness/dom-unchanged';
import {
  centerOf,
  centerOfText,
  getStorage,
  patchSettings,
  tabIdOf,
  waitForCard,
  waitForNoCard,
  waitForScan,
} from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** Every post on the page: does its text (or its quote's) hold `symbol`, and is it faded? */
function posts(page: TestPage, symbol: string) {
  return page.evaluate((symbol) => {
    const cashtag = new RegExp(`\\$${symbol}(?![A-Za-z0-9])`);
    return [...document.querySelectorAll('article[data-testid="tweet"]')].map((post) => ({
      mentions: [...post.querySelectorAll('[data-testid="tweetText"]')].some((text) =>
        cashtag.test(text.textContent ?? ''),
      ),
      faded: getComputedStyle(post).opacity !== '1',
    }));
  }, symbol);
}

const fadedCount = (page: TestPage) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('article[data-testid="tweet"]')].filter(
        (post) => getComputedStyle(post).opacity !== '1',
      ).length,
  );

/** Presses one of the card's buttons by its visible text (the accessible name says the ticker). */
function pressCardButton(page: TestPage, label: string) {
  return page.evaluate((label) => {
    const root = document.querySelector('cashtag-context')!.shadowRoot!;
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
    if (!button) throw new Error(`no button "${label}" on the card`);
    button.click();
    return button.getAttribute('aria-pressed');
  }, label);
}

function cardButtons(page: TestPage) {
  return page.evaluate(() =>
    [...document.querySelector('cashtag-context')!.shadowRoot!.querySelectorAll('.tickers button')].map((button) => [
      button.textContent,
      button.getAttribute('aria-pressed'),
    ]),
  );
}

async function openQuoteCard(page: TestPage) {
  const point = await centerOfText(page, 'div[role="link"] [data-testid="tweetText"]', '$SOL');
  await page.moveMouse(point!.x, point!.y);
  await waitForCard(page, 'SOL');
}

describe.each(BROWSERS)('%s: watch and mute tickers', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let x: TestPage;
  /** A second X tab, open before the mute: it must follow at once, without a reload. */
  let other: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html#watch');
    other = await session.openX('https://x.com/home', 'saved.html');
    await waitForScan(other, 6);
    x = await session.openX('https://x.com/home', 'saved.html');
    await waitForScan(x, 6);
    await x.bringToFront();
  });
  afterAll(() => session?.close());

  it('Mute on a quoted $SOL fades exactly the posts that mention it, in every open X tab; X’s DOM stays', async () => {
    await openQuoteCard(x);
    expect(await cardButtons(x)).toEqual([
      ['Watch $SOL', 'false'],
      ['Mute $SOL', 'false'],
    ]);
    expect(await axeViolations(x, ['cashtag-context', '.card'])).toEqual([]);
    await pressCardButton(x, 'Mute $SOL');
    await x.moveMouse(2, 2);
    await waitForNoCard(x);
    await x.waitFor('a post to fade', () =>
      [...document.querySelectorAll('article')].some((post) => getComputedStyle(post).opacity !== '1'),
    );
    const all = await posts(x, 'SOL');
    expect(all.some((post) => post.mentions)).toBe(true);
    expect(all.some((post) => !post.mentions)).toBe(true);
    expect(all.map((post) => post.faded)).toEqual(all.map((post) => post.mentions));
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ muted: ['SOL'] });
    expect(await domUnchanged(x)).toMatchObject({ same: true, textSame: true });
    await other.waitFor('the other tab to fade the same posts', () =>
      [...document.querySelectorAll('article')].some((post) => getComputedStyle(post).opacity !== '1'),
    );
    expect((await posts(other, 'SOL')).map((post) => post.faded)).toEqual(all.map((post) => post.faded));
  });

  it('a faded post comes back while pointed at or focused inside', async () => {
    const faded = await x.evaluate(() =>
      [...document.querySelectorAll('article')].findIndex((post) => getComputedStyle(post).opacity !== '1'),
    );
    const { x: px, y: py } = await centerOf(x, 'article[data-testid="tweet"]', faded);
    await x.moveMouse(px, py);
    await x.waitFor(
      'the pointed post at full opacity',
      (index) => getComputedStyle(document.querySelectorAll('article')[index]!).opacity === '1',
      faded,
    );
    await x.moveMouse(2, 2);
    await x.evaluate((index) => {
      const post = document.querySelectorAll('article')[index]!;
      post.querySelector<HTMLElement>('div[role="link"][tabindex="0"], a[href]')!.focus({ preventScroll: true });
    }, faded);
    expect(
      await x.evaluate((index) => getComputedStyle(document.querySelectorAll('article')[index]!).opacity, faded),
    ).toBe('1');
    await x.evaluate(() => (document.activeElement as HTMLElement).blur());
    await waitForNoCard(x);
  });

  it('survives a reload; the card says it is muted, and Unmute brings every post back', async () => {
    await x.goto('https://x.com/home');
    await waitForScan(x, 6);
    await x.waitFor('the fade after reload', () =>
      [...document.querySelectorAll('article')].some((post) => getComputedStyle(post).opacity !== '1'),
    );
    await openQuoteCard(x);
    expect(await x.evaluate(() => document.querySelector('cashtag-context')!.shadowRoot!.textContent)).toContain(
      'You muted $SOL',
    );
    expect(await cardButtons(x)).toEqual([
      ['Watch $SOL', 'false'],
      ['Unmute $SOL', 'true'],
    ]);
    expect(await axeViolations(x, ['cashtag-context', '.card'])).toEqual([]);
    await pressCardButton(x, 'Unmute $SOL');
    await x.moveMouse(2, 2);
    await x.waitFor('every post at full opacity', () =>
      [...document.querySelectorAll('article')].every((post) => getComputedStyle(post).opacity === '1'),
    );
    expect(await fadedCount(x)).toBe(0);
  });

  it('a watched ticker gets a ★ and comes first in the popup', async () => {
    await patchSettings(options, { watched: ['SOL'] });
    await x.waitFor('the star on $SOL', () => {
      const mark = document.querySelector('[data-cashtag="SOL"]');
      return !!mark && getComputedStyle(mark, '::before').content.includes('★');
    });
    expect(
      await x.evaluate(() => getComputedStyle(document.querySelector('[data-cashtag="LAND"]')!, '::before').content),
    ).not.toContain('★');
    const popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(options, 'https://x.com/*')}`);
    await popup.waitFor('the list', () => document.querySelectorAll('.found li').length > 1);
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('.found li')].map((row) => [row.getAttribute('data-symbol'), row.textContent]),
    );
    expect(rows[0]![0]).toBe('SOL');
    expect(rows[0]![1]).toContain('★ watched');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options section adds and removes, refuses a bad ticker with a message, in both languages', async () => {
    await options.bringToFront();
    await options.goto(await options.evaluate(() => location.href));
    await options.waitFor('the section', () => !!document.querySelector('[data-list="muted"] input'));
    expect(await axeViolations(options)).toEqual([]);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-list="muted"] input')!;
      input.value = '4ever';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form!.requestSubmit();
    });
    await options.waitFor('the message', () =>
      (document.querySelector('[data-list="muted"] [role="alert"]')?.textContent ?? '').includes(
        '“4ever” is not a ticker',
      ),
    );
    expect(await axeViolations(options)).toEqual([]);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-list="muted"] input')!;
      input.value = '$pepe';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form!.requestSubmit();
    });
    await options.waitFor('$PEPE listed', () => !!document.querySelector('[data-list="muted"] li[data-symbol="PEPE"]'));
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ muted: ['PEPE'], watched: ['SOL'] });
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-list="watched"] li[data-symbol="SOL"] button')!.click(),
    );
    await options.waitFor('$SOL gone', () => !document.querySelector('[data-list="watched"] li'));
    await patchSettings(options, { language: 'zh_CN' });
    await options.waitFor('Chinese', () => document.documentElement.lang.startsWith('zh'));
    expect(await axeViolations(options)).toEqual([]);
    await x.bringToFront();
    await x.waitFor(
      'no star',
      () => !getComputedStyle(document.querySelector('[data-cashtag="SOL"]')!, '::before').content.includes('★'),
    );
    await openQuoteCard(x);
    expect(await cardButtons(x)).toEqual([
      ['关注 $SOL', 'false'],
      ['静音 $SOL', 'false'],
    ]);
    expect(await axeViolations(x, ['cashtag-context', '.card'])).toEqual([]);
  });

  it('logs no errors', () => {
    expect(x.errors).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });
});
