import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { chooseFile } from './file-input';
import {
  cardPhase,
  cardState,
  centerOf,
  clearStorage,
  getStorage,
  patchSettings,
  sleep,
  waitForCard,
  waitForNoCard,
  waitForPhase,
  waitForScan,
} from './harness/page-helpers';
import { artifactPath, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** Clicks the first element in the options page whose text (or label) matches. */
function clickText(page: TestPage, selector: string, text: string) {
  return page.evaluate(
    ({ selector, text }) => {
      const element = [...document.querySelectorAll<HTMLElement>(selector)].find(
        (candidate) => candidate.textContent?.trim() === text,
      );
      if (!element) throw new Error(`No ${selector} with text ${text}`);
      element.click();
    },
    { selector, text },
  );
}

/**
 * Reloads the options page and waits for the new document to render. The old one is marked, so
 * a reload that starts late is never mistaken for one that has finished; the page is asked from
 * here, since a wait inside it dies with the document it started in.
 */
async function reload(page: TestPage) {
  await page.evaluate(() => {
    (window as unknown as { reloading?: boolean }).reloading = true;
    setTimeout(() => location.reload(), 0);
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate(
        () =>
          !(window as unknown as { reloading?: boolean }).reloading &&
          document.readyState === 'complete' &&
          !!document.querySelector('nav a[aria-current="page"]'),
      )
      .catch(() => false);
    if (loaded) return;
    await sleep(50);
  }
  throw new Error('The options page did not load again within 10 s');
}

async function goToSection(page: TestPage, hash: string) {
  await page.evaluate((hash) => (location.hash = hash), hash);
  await page.waitFor(
    `the ${hash} section`,
    (hash) => document.querySelector('main')?.id === `section-${hash.replace(/^#/, '').split('/')[0]}`,
    hash,
  );
}

describe.each(BROWSERS)('%s: options page and popup', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let x: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
    x = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(x);
  });
  afterAll(() => session?.close());
  beforeEach(async () => {
    await clearStorage(options);
    await reload(options);
    await x.waitFor('the X tab to be back to defaults', () => document.querySelectorAll('a[data-cashtag]').length > 20);
  });

  it('turning the extension off on the options page removes every cue and the card from an open X tab', async () => {
    await x.bringToFront();
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="GRT"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'GRT');
    await options.bringToFront();
    await goToSection(options, '#general');
    await options.evaluate(() => (document.getElementById('enabled') as HTMLInputElement).click());
    await x.waitFor(
      'marks, highlights and card to go',
      () =>
        !document.querySelector('a[data-cashtag]') &&
        !CSS.highlights.has('cashtag-context') &&
        !document.querySelector('cashtag-context'),
    );
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ enabled: false });
    await options.evaluate(() => (document.getElementById('enabled') as HTMLInputElement).click());
    await x.waitFor('marks to return', () => document.querySelectorAll('a[data-cashtag]').length > 20);
    expect(x.errors).toEqual([]);
  });

  it('switching to "open on click" applies at once: hover opens nothing, a click pins the card', async () => {
    await goToSection(options, '#general');
    await options.evaluate(() => (document.getElementById('openOn-click') as HTMLInputElement).click());
    await options.waitFor('the setting to be saved', () => !!document.querySelector('[role="status"]'));
    await x.bringToFront();
    await x.moveMouse(5, 5);
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="BTC"]');
    await x.moveMouse(px, py, 3);
    // In this mode the pointer starts no hover delay: nothing is left that could open a card.
    expect(await cardPhase(x)).toBe('closed');
    expect(await cardState(x)).toBeNull();
    const before = x.url();
    await x.click(px, py);
    await waitForCard(x, 'BTC');
    expect((await cardState(x))!.role).toBe('dialog');
    expect(x.url()).toBe(before);
    await x.press('Escape');
    await waitForNoCard(x);
  });

  it('the cue setting changes the page style live', async () => {
    await goToSection(options, '#appearance');
    await options.evaluate(() => (document.getElementById('cue-badge') as HTMLInputElement).click());
    await x.waitFor('the badge cue', () =>
      document.querySelector('style[data-cashtag-context]')!.textContent!.includes('::after'),
    );
    await options.evaluate(() => (document.getElementById('cue-none') as HTMLInputElement).click());
    await x.waitFor('no cue', () => document.querySelector('style[data-cashtag-context]')!.textContent === '');
    // Without a cue the cashtags still open the card.
    await x.bringToFront();
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="GRT"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'GRT');
    await x.moveMouse(5, 5);
  });

  it('card size, the timeline switch and the hover delay apply to an open X tab at once', async () => {
    await goToSection(options, '#appearance');
    await options.evaluate(() => (document.getElementById('cardSize-compact') as HTMLInputElement).click());
    await x.bringToFront();
    await x.moveMouse(5, 5);
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="GRT"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'GRT');
    expect(
      await x.evaluate(() => {
        const card = document.querySelector('cashtag-context')!.shadowRoot!.querySelector('div:not([hidden]) > .card')!;
        return {
          compact: card.classList.contains('compact'),
          timeline: !!card.querySelector('.timeline, .timeline-slot'),
          claims: card.querySelectorAll('.claims li').length,
        };
      }),
    ).toEqual({ compact: true, timeline: false, claims: 1 });
    await x.moveMouse(5, 5);
    await waitForNoCard(x);

    await options.bringToFront();
    await options.evaluate(() => (document.getElementById('cardSize-full') as HTMLInputElement).click());
    // The timeline switch is available again once the card is full size.
    await options.waitFor(
      'the timeline switch',
      () => !(document.getElementById('show-timeline') as HTMLInputElement).disabled,
    );
    await options.evaluate(() => (document.getElementById('show-timeline') as HTMLInputElement).click());
    await goToSection(options, '#general');
    await options.evaluate(() => {
      const delay = document.getElementById('hover-delay') as HTMLInputElement;
      delay.value = '1200';
      delay.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.waitFor('the delay to be saved', async () => {
      const api = globalThis as unknown as { browser?: unknown; chrome: unknown };
      const stored = await (
        (api.browser ?? api.chrome) as {
          storage: { sync: { get(key: string): Promise<{ settings?: { hoverDelayMs?: number } }> } };
        }
      ).storage.sync.get('settings');
      return stored.settings?.hoverDelayMs === 1200;
    });
    await x.bringToFront();
    const again = await centerOf(x, 'a[data-cashtag="GRT"]');
    const pointedAt = Date.now();
    await x.moveMouse(again.x, again.y, 3);
    await waitForPhase(x, 'opening');
    expect(await cardState(x)).toBeNull();
    await waitForCard(x, 'GRT', 3000);
    // The hover delay began after the pointer set off, so it cannot have been any shorter.
    expect(Date.now() - pointedAt).toBeGreaterThanOrEqual(1200);
    expect(
      await x.evaluate(
        () =>
          !!document.querySelector('cashtag-context')!.shadowRoot!.querySelector('div:not([hidden]) > .card .timeline'),
      ),
    ).toBe(false);
    await x.moveMouse(5, 5);
    await waitForNoCard(x);
  });

  it('a note added on the options page shows on the card', async () => {
    await goToSection(options, '#notes');
    await clickText(options, 'button', 'Add note');
    await options.evaluate(() => {
      const symbol = document.getElementById('new-note-symbol') as HTMLInputElement;
      symbol.value = '$grt';
      symbol.dispatchEvent(new Event('input', { bubbles: true }));
      symbol.dispatchEvent(new Event('blur'));
    });
    await options.waitFor('the note form', () => !!document.getElementById('note-GRT'));
    await options.evaluate(() => {
      const text = document.getElementById('note-GRT') as HTMLTextAreaElement;
      text.value = 'Indexer rewards thesis: watch query fees.';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickText(options, 'button', 'Save');
    await options.waitFor(
      'the note in the list',
      () =>
        document.querySelector('.note-item[data-symbol="GRT"] .note-text')?.textContent ===
        'Indexer rewards thesis: watch query fees.',
    );
    await x.bringToFront();
    await x.moveMouse(5, 5);
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="GRT"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'GRT');
    expect((await cardState(x))!.text).toContain('Indexer rewards thesis: watch query fees.');
    await x.moveMouse(5, 5);
    await waitForNoCard(x);
  });

  it('a note written on the card shows on the options page', async () => {
    await x.bringToFront();
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="BTC"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'BTC');
    await x.evaluate(() => {
      const root = document.querySelector('cashtag-context')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((button) => button.textContent === 'Add a note')!.click();
    });
    await x.waitFor(
      'the editor',
      () => document.querySelector('cashtag-context')?.shadowRoot?.activeElement?.localName === 'textarea',
    );
    await x.type('Halving math.');
    await x.evaluate(() => {
      const root = document.querySelector('cashtag-context')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((button) => button.textContent === 'Save')!.click();
    });
    await x.waitFor(
      'the saved note on the card',
      () =>
        document.querySelector('cashtag-context')?.shadowRoot?.querySelector('.note-text')?.textContent ===
        'Halving math.',
    );
    await options.bringToFront();
    await goToSection(options, '#notes');
    await options.waitFor(
      'the note on the options page',
      () => document.querySelector('.note-item[data-symbol="BTC"] .note-text')?.textContent === 'Halving math.',
    );
    await x.press('Escape');
  });

  it('a broken backup file is refused with a message and changes nothing', async () => {
    await patchSettings(options, { cue: 'badge' });
    const before = { sync: await getStorage(options, 'sync'), local: await getStorage(options, 'local') };
    await goToSection(options, '#data');
    await chooseFile(
      options,
      '#backup-file',
      'broken.json',
      '{"format": "cashtag-context-backup", "version": 1, "settings": ',
    );
    await options.waitFor(
      'the error',
      () => document.querySelector('[role="alert"]')?.textContent?.includes('not valid JSON') ?? false,
    );
    await chooseFile(
      options,
      '#backup-file',
      'future.json',
      JSON.stringify({ format: 'cashtag-context-backup', version: 9 }),
    );
    await options.waitFor(
      'the version error',
      () => document.querySelector('[role="alert"]')?.textContent?.includes('version 9 is not supported') ?? false,
    );
    await chooseFile(
      options,
      '#backup-file',
      'pack.json',
      JSON.stringify({ format: 'cashtag-context-pack', version: 1 }),
    );
    await options.waitFor(
      'the not-a-backup error',
      () => document.querySelector('[role="alert"]')?.textContent?.includes('not a Cashtag Context backup') ?? false,
    );
    expect({ sync: await getStorage(options, 'sync'), local: await getStorage(options, 'local') }).toEqual(before);
  });

  it('export then import restores the same state, after a preview', async () => {
    const tickers = { watched: ['GRT'], muted: ['DOGE', 'PEPE'], fadeCrowded: true, crowdedAt: 4 };
    await patchSettings(options, { annotate: 'crypto', hoverDelayMs: 450, language: 'zh_CN', ...tickers });
    await options.evaluate(async () => {
      const api =
        (globalThis as unknown as { browser?: typeof globalThis; chrome: unknown }).browser ??
        (globalThis as unknown as { chrome: unknown }).chrome;
      await (api as { storage: { local: { set(items: unknown): Promise<void> } } }).storage.local.set({
        notes: {
          GRT: { text: 'Keep.', updatedAt: '2026-11-01T10:00:00.000Z' },
          DOGE: { text: 'Meme.', updatedAt: '2026-11-02T10:00:00.000Z' },
        },
      });
    });
    const before = {
      sync: (await getStorage(options, 'sync')).settings,
      notes: (await getStorage(options, 'local')).notes,
    };
    await goToSection(options, '#data');
    // Capture the download: the page makes a Blob URL and clicks a link to it.
    await options.evaluate(() => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        (window as unknown as { exported: { href: string; name: string } }).exported = {
          href: this.href,
          name: this.download,
        };
      };
    });
    await options.evaluate(() =>
      [...document.querySelectorAll('button')].find((button) => button.textContent === '导出')!.click(),
    );
    await options.waitFor('the export', () => !!(window as unknown as { exported?: unknown }).exported);
    const exported = await options.evaluate(async () => {
      const { href, name } = (window as unknown as { exported: { href: string; name: string } }).exported;
      return { name, text: await (await fetch(href)).text() };
    });
    expect(exported.name).toMatch(/^cashtag-context-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await clearStorage(options);
    await reload(options);
    await goToSection(options, '#data');
    await chooseFile(options, '#backup-file', exported.name, exported.text);
    await options.waitFor(
      'the preview',
      () => document.querySelector('.preview')?.textContent?.includes('add notes for $DOGE, $GRT') ?? false,
    );
    await clickText(options, '.preview button', 'Import');
    await options.waitFor(
      'the import to finish',
      () => document.querySelector('[role="status"]')?.textContent?.includes('已导入') ?? false,
    );
    // The test stored only some settings; the backup holds them all, with defaults for the rest.
    expect((await getStorage(options, 'sync')).settings).toMatchObject(before.sync as object);
    expect((await getStorage(options, 'sync')).settings).toMatchObject(tickers);
    expect((await getStorage(options, 'local')).notes).toEqual(before.notes);
    // The later tests hover cashtags by their plain mark: no crowded fade under them.
    await patchSettings(options, { fadeCrowded: false, muted: [] });
  });

  it('reset asks first, keeps notes, and can be undone', async () => {
    await patchSettings(options, { cue: 'none' });
    await options.evaluate(async () => {
      const api = globalThis as unknown as { browser?: unknown; chrome: unknown };
      await (
        (api.browser ?? api.chrome) as { storage: { local: { set(items: unknown): Promise<void> } } }
      ).storage.local.set({
        notes: { GRT: { text: 'Keep me.', updatedAt: '2026-11-01T10:00:00.000Z' } },
      });
    });
    await goToSection(options, '#data');
    await clickText(options, 'button', 'Reset to defaults');
    await options.waitFor(
      'the question',
      () => document.querySelector('.confirm')?.textContent?.includes('Reset all settings') ?? false,
    );
    await clickText(options, '.confirm button', 'Reset to defaults');
    await options.waitFor(
      'the reset',
      () => !!document.querySelector('[role="status"]')?.textContent?.includes('Settings reset'),
    );
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ cue: 'underline' });
    expect((await getStorage(options, 'local')).notes).toMatchObject({ GRT: { text: 'Keep me.' } });
    await clickText(options, 'button', 'Undo');
    await options.waitFor(
      'the undo',
      () => !!document.querySelector('[role="status"]')?.textContent?.includes('Restored'),
    );
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ cue: 'none' });
  });

  it('imports a context pack, shows it, and turns it off and removes it', async () => {
    await goToSection(options, '#context');
    const pack = {
      format: 'cashtag-context-pack',
      version: 1,
      id: 'test-notes',
      title: { en: 'Test desk notes', zh: '测试笔记' },
      source: {
        title: { original: 'Desk notes', en: 'Desk notes', zh: '笔记' },
        author: 'Test Desk',
        authorNote: { en: 'A test author.', zh: '测试作者。' },
        originalPublication: { en: 'Internal', zh: '内部' },
        publisher: { en: 'Test Desk', zh: '测试' },
        date: '2026-01-01',
        language: 'en',
        paragraphCount: 2,
      },
      verdict: { text: { en: 'Neutral.', zh: '中性。' }, stance: 0 },
      summary: { en: 'Notes <img src=x onerror=alert(1)>.', zh: '摘要。' },
      claims: [
        {
          id: 'sol-claim',
          text: { en: 'SOL claim from the desk.', zh: '关于 SOL 的说法。' },
          paragraph: 1,
          figures: [],
        },
      ],
      timeline: [],
      tickers: [
        {
          symbol: 'SOL',
          name: { en: 'Solana', zh: 'Solana' },
          assetKind: 'crypto',
          relation: 'named',
          why: { en: 'Named.', zh: '提及。' },
          claims: ['sol-claim'],
        },
      ],
      general: { crypto: [], stock: [] },
    };
    const broken = { ...pack, tickers: [{ ...pack.tickers[0], claims: ['nope'] }] };
    await chooseFile(options, '#pack-file', 'broken-pack.json', JSON.stringify(broken));
    await options.waitFor(
      'the reference error',
      () => document.querySelector('[role="alert"]')?.textContent?.includes('tickers[0].claims[0]') ?? false,
    );
    expect((await getStorage(options, 'local')).importedPacks ?? []).toEqual([]);
    await chooseFile(options, '#pack-file', 'desk.json', JSON.stringify(pack));
    await options.waitFor('the pack on the page', () => !!document.querySelector('.pack[data-pack="test-notes"]'));
    expect(
      await options.evaluate(() => document.querySelector('.pack[data-pack="test-notes"]')!.textContent),
    ).toContain('Notes <img src=x onerror=alert(1)>.');
    expect(await options.evaluate(() => document.querySelector('.pack[data-pack="test-notes"] img'))).toBeNull();
    // The X tab picks the new pack up live.
    await x.bringToFront();
    await x.moveMouse(5, 5);
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="SOL"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'SOL');
    expect((await cardState(x))!.text).toContain('SOL claim from the desk.');
    await x.moveMouse(5, 5);
    await options.bringToFront();
    await options.evaluate(() => (document.getElementById('pack-on-test-notes') as HTMLInputElement).click());
    await options.waitFor('the switch to be saved', async () => true);
    await clickText(options, '.pack[data-pack="test-notes"] button', 'Remove');
    await clickText(options, '.confirm button', 'Remove');
    await options.waitFor('the pack to go', () => !document.querySelector('.pack[data-pack="test-notes"]'));
    // The built-in pack has no Remove button.
    expect(
      await options.evaluate(() =>
        [...document.querySelectorAll('.pack[data-pack="twitter-crypto-2023"] button')].map(
          (button) => button.textContent,
        ),
      ),
    ).not.toContain('Remove');
  });

  it('the card’s "Open full context" lands on the Context section at the ticker', async () => {
    await goToSection(options, '#context/GRT');
    await options.waitFor(
      'the selected ticker',
      () => document.querySelector('.ticker.on')?.getAttribute('data-symbol') === 'GRT',
    );
    expect(await options.evaluate(() => document.querySelectorAll('.events li.on').length)).toBeGreaterThan(0);
  });

  it.each(['#general', '#appearance', '#notes', '#context', '#data', '#about'])(
    'options %s passes axe-core',
    async (hash) => {
      await goToSection(options, hash);
      expect(await axeViolations(options)).toEqual([]);
      if (hash === '#context') await options.screenshot(artifactPath(`options-context-${browserName}.png`));
    },
  );

  it('the popup lists the cashtags on the current X tab and switches the site', async () => {
    const tabId = await options.evaluate(async () => {
      const api = globalThis as unknown as { browser?: unknown; chrome: unknown };
      const tabs = await (
        (api.browser ?? api.chrome) as { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } }
      ).tabs.query({ url: 'https://x.com/*' });
      return tabs[0]!.id;
    });
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('the list', () => document.querySelectorAll('.found li').length > 0);
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('.found li')].map((row) => ({
        symbol: row.getAttribute('data-symbol'),
        named: row.classList.contains('named'),
        text: row.textContent,
      })),
    );
    expect(rows[0]).toMatchObject({ symbol: 'GRT', named: true });
    expect(rows.find((row) => row.symbol === 'AMZN')?.named).toBe(true);
    expect(rows.find((row) => row.symbol === 'ETH')?.text).toContain('crypto');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot(artifactPath(`popup-${browserName}.png`));
    await popup.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).click());
    await x.waitFor('x.com to be switched off', () => !document.querySelector('a[data-cashtag]'));
    expect((await getStorage(options, 'sync')).settings).toMatchObject({ sites: { x: false } });
    await popup.close();
  });

  it('the popup on a tab that is not X says so', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(
      'the message',
      () => document.querySelector('main')?.textContent?.includes('not an X page') ?? false,
    );
    await popup.close();
  });

  it('logs no errors', () => {
    expect(options.errors).toEqual([]);
    expect(x.errors).toEqual([]);
  });
});
