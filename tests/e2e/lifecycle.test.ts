import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centerOf, sleep, waitForCard, waitForPhase, waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession } from './harness/session';

/**
 * The extension is reloaded under an open X tab, as an update or a disable-and-enable does. The
 * old content script must stop cleanly: no errors in the page, nothing of ours left twice.
 */
describe.each(BROWSERS)('%s: when the extension is updated under an open tab', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  it('the old content script stops cleanly and leaves no error in the page', async () => {
    const page = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(page);
    const { x, y } = await centerOf(page, 'a[data-cashtag="GRT"]');
    await page.moveMouse(x, y, 3);
    await waitForCard(page, 'GRT');

    const options = await session.openExtensionPage('options.html');
    await options.evaluate(() => {
      const api = globalThis as unknown as {
        browser?: { runtime: { reload(): void } };
        chrome: { runtime: { reload(): void } };
      };
      setTimeout(() => (api.browser ?? api.chrome).runtime.reload(), 0);
    });
    await sleep(2500);

    // Give the old script every reason to act: the page changes, the pointer moves, a key is pressed.
    await page.evaluate(() => {
      const cells = document.querySelectorAll('[data-testid="cellInnerDiv"]');
      const cell = cells[cells.length - 1]!;
      cell.parentElement!.append(cell.cloneNode(true));
    });
    await page.moveMouse(5, 5, 2);
    const again = await centerOf(page, 'a[data-cashtag="BTC"], a[href*="%24BTC"]');
    await page.moveMouse(again.x, again.y, 3);
    await page.press('Escape');
    // Where a new copy of the script took over (Firefox), its own card must close as usual.
    await page.moveMouse(5, 5, 2);
    await waitForPhase(page, 'closed');

    const state = await page.evaluate(() => ({
      styles: document.querySelectorAll('style[data-cashtag-context]').length,
      hosts: document.querySelectorAll('cashtag-context').length,
      marks: document.querySelectorAll('a[data-cashtag]').length,
      describedBy: document.querySelectorAll('[aria-describedby~="cashtag-context-description"]').length,
    }));
    expect(page.errors).toEqual([]);
    expect(state.styles).toBeLessThanOrEqual(1);
    expect(state.hosts).toBeLessThanOrEqual(1);
    expect(state.describedBy).toBe(0);
    // Chromium does not inject the new version into open tabs: the orphan removes everything it
    // added. Firefox injects the new version, which takes over the page as if newly loaded.
    if (browserName === 'chromium') expect(state).toMatchObject({ styles: 0, hosts: 0, marks: 0 });
    else expect(state.marks).toBeGreaterThan(0);
  });
});
