import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession } from './harness/session';

describe.each(BROWSERS)('%s: the built extension loads', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  it('runs its content script on a routed https://x.com/home', async () => {
    const page = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(page);
    expect(await page.evaluate(() => document.querySelector('a[data-cashtag]')?.getAttribute('data-cashtag'))).toMatch(
      /^[A-Z]+$/,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.waitFor(
      'the options page to render',
      () => document.querySelector('nav a[aria-current="page"]') !== null,
    );
    expect(await page.evaluate(() => document.querySelector('h2')?.textContent)).toBe('General');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
