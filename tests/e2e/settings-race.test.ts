import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStorage, tabIdOf, waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/**
 * Clicks `selector` in `page` at the wall-clock time `at` (all pages share the machine's clock), so
 * that two pages act within a few milliseconds of each other whatever the drivers' latency. The
 * wait spins rather than sleeps: a timer in a background tab may be throttled to a second.
 */
function clickAt(page: TestPage, selector: string, at: number): Promise<number> {
  return page.evaluate(
    ({ selector, at }) => {
      while (Date.now() < at) {
        // Spin until the agreed moment.
      }
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`No ${selector}`);
      element.click();
      return Date.now();
    },
    { selector, at },
  );
}

interface Stored {
  cue?: string;
  sites?: { x?: boolean };
}

/** Polls storage until both changes are in or 5 s have passed; returns what is stored then. */
async function settleOn(page: TestPage, cue: string, siteOn: boolean): Promise<Stored> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const settings = ((await getStorage(page, 'sync')).settings ?? {}) as Stored;
    if ((settings.cue === cue && settings.sites?.x === siteOn) || Date.now() > deadline) return settings;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(BROWSERS)('%s: two pages change settings at the same moment', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    const x = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(x);
    options = await session.openExtensionPage('options.html#appearance');
    await options.waitFor('the appearance section', () => !!document.getElementById('cue-badge'));
    popup = await session.openExtensionPage(`popup.html?tab=${await tabIdOf(options, 'https://x.com/*')}`);
    await popup.waitFor('the site switch', () => !!document.getElementById('site-switch'));
  });
  afterAll(() => session?.close());

  // Several rounds, each a fresh race, so that a write that overwrites the other page's cannot pass
  // by luck of timing.
  const rounds = [
    { cue: 'badge', siteOn: false },
    { cue: 'none', siteOn: true },
    { cue: 'underline', siteOn: false },
    { cue: 'badge', siteOn: true },
  ];

  it.each(rounds)('the popup switches x.com and the options page sets the cue "$cue": both stay', async (round) => {
    const at = Date.now() + 300;
    const [optionsClicked, popupClicked] = await Promise.all([
      clickAt(options, `#cue-${round.cue}`, at),
      clickAt(popup, '#site-switch', at),
    ]);
    expect(Math.abs(optionsClicked - popupClicked)).toBeLessThan(50);

    const stored = await settleOn(options, round.cue, round.siteOn);
    expect(stored).toMatchObject({ cue: round.cue, sites: { x: round.siteOn } });
    // Both pages show the stored value again before the next round clicks.
    await popup.waitFor(
      'the popup to show the stored switch',
      (on) => {
        return (document.getElementById('site-switch') as HTMLInputElement).checked === on;
      },
      round.siteOn,
    );
    await options.waitFor(
      'the options page to show the stored cue',
      (cue) => {
        return (document.getElementById(`cue-${cue}`) as HTMLInputElement).checked;
      },
      round.cue,
    );
  });

  it('logs no errors', () => {
    expect(options.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });
});
