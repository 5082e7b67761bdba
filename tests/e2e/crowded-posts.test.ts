import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { domUnchanged } from './harness/dom-unchanged';
import { centerOf, patchSettings, waitForScan, waitForStoredSettings } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/**
 * Every post on the page: the most distinct cashtags any one of its texts (its own, its quote's)
 * holds, counted here with a rule of our own rather than the extension's, and whether it is faded.
 */
function posts(page: TestPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll('article[data-testid="tweet"]')].map((post) => ({
      distinct: Math.max(
        0,
        ...[...post.querySelectorAll('[data-testid="tweetText"]')].map(
          (text) =>
            new Set(
              [...(text.textContent ?? '').matchAll(/(?:^|\s)\$([A-Za-z]{1,6})(?![A-Za-z0-9])/g)].map((match) =>
                match[1]!.toUpperCase(),
              ),
            ).size,
        ),
      ),
      inQuote: post.querySelector('div[role="link"] [data-testid="tweetText"]')?.textContent ?? '',
      faded: getComputedStyle(post).opacity !== '1',
    })),
  );
}

/** Waits until exactly the posts with `atLeast` distinct cashtags (none for 0) are faded. */
async function expectCrowdedFaded(page: TestPage, atLeast: number) {
  const expected = (await posts(page)).map((post) => atLeast > 0 && post.distinct >= atLeast);
  await page.waitFor(
    `posts with ${atLeast || 'no'} distinct cashtags faded`,
    (expected) =>
      [...document.querySelectorAll('article[data-testid="tweet"]')].every(
        (post, index) => (getComputedStyle(post).opacity !== '1') === expected[index],
      ),
    expected,
  );
  const all = await posts(page);
  expect(all.map((post) => post.faded)).toEqual(expected);
  return all;
}

/** Changes a control on the options page the way a reader does, and lets Preact see it. */
function setControl(page: TestPage, selector: string, value: boolean | string) {
  return page.evaluate(
    ({ selector, value }) => {
      const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      if (typeof value === 'boolean') {
        if ((control as HTMLInputElement).checked !== value) (control as HTMLInputElement).click();
        return;
      }
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

describe.each(BROWSERS)('%s: crowded posts', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let x: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html#watch');
    x = await session.openX('https://x.com/home', 'demo-light.html');
    await waitForScan(x, 10);
  });
  afterAll(() => session?.close());

  it('is off by default: no post is faded, however many tickers it lists', async () => {
    const all = await expectCrowdedFaded(x, 0);
    expect(Math.max(...all.map((post) => post.distinct))).toBeGreaterThanOrEqual(6);
  });

  it('switched on in the options, fades the shill lists (also a quoted one) and nothing else', async () => {
    await options.bringToFront();
    await options.waitFor('the switch', () => !!document.querySelector('#fade-crowded'));
    await setControl(options, '#fade-crowded', true);
    expect(await axeViolations(options)).toEqual([]);
    await waitForStoredSettings(options, { fadeCrowded: true, crowdedAt: 5 });
    await x.bringToFront();
    const all = await expectCrowdedFaded(x, 5);
    expect(all.filter((post) => post.faded)).toHaveLength(2);
    expect(all.some((post) => post.faded && post.inQuote.includes('$PYTH'))).toBe(true);
    expect(all.some((post) => !post.faded)).toBe(true);
    expect(await domUnchanged(x)).toMatchObject({ same: true, textSame: true });
  });

  it('a crowded post comes back while pointed at', async () => {
    const index = (await posts(x)).findIndex((post) => post.faded);
    await x.evaluate((index) => {
      document.querySelectorAll('article[data-testid="tweet"]')[index]!.scrollIntoView({ block: 'center' });
    }, index);
    const { x: px, y: py } = await centerOf(x, 'article[data-testid="tweet"]', index);
    await x.moveMouse(px, py);
    await x.waitFor(
      'the pointed post at full opacity',
      (index) => getComputedStyle(document.querySelectorAll('article[data-testid="tweet"]')[index]!).opacity === '1',
      index,
    );
    await x.moveMouse(2, 2);
  });

  it('a higher count leaves only the longer list faded, also after a reload', async () => {
    await options.bringToFront();
    await setControl(options, '#crowded-at', '6');
    await waitForStoredSettings(options, { fadeCrowded: true, crowdedAt: 6 });
    await x.bringToFront();
    const all = await expectCrowdedFaded(x, 6);
    expect(all.filter((post) => post.faded)).toHaveLength(1);
    await x.goto('https://x.com/home');
    await waitForScan(x, 10);
    await expectCrowdedFaded(x, 6);
  });

  it('switched off, every post is back', async () => {
    await patchSettings(options, { fadeCrowded: false });
    await expectCrowdedFaded(x, 0);
  });

  it('logs no errors', () => {
    expect(x.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });
});
