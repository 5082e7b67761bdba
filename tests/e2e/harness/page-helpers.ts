import type { TestPage } from './session';

/** Symbols of the marked cashtag links, in document order (a crowded post's token left out). */
export function markedSymbols(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[data-cashtag]')].map((link) => link.getAttribute('data-cashtag')!.split(' ')[0]!),
  );
}

/** What else carries our mark: the spans X draws for unlinked cashtags (quotes, trends), as `tag:SYMBOL`. */
export function markedSpans(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-cashtag]:not(a)')].map(
      (element) => `${element.localName}:${element.getAttribute('data-cashtag')!.split(' ')[0]}`,
    ),
  );
}

/** Waits until the content script has done its first pass (a cashtag is marked). */
export async function waitForScan(page: TestPage, minimum = 1): Promise<void> {
  await page.waitFor(
    `at least ${minimum} marked cashtag(s)`,
    (count) => document.querySelectorAll('[data-cashtag]').length >= count,
    minimum,
    10_000,
  );
}

/** Where each kind of plain-text cashtag in the fixtures' expectations lives on X's page. */
export const PLAIN_ZONE_OF: Record<string, string> = {
  quote: 'div[role="link"][tabindex="0"] [data-testid="tweetText"]',
  trend: '[data-testid="trend"]',
  'display-name': '[data-testid="User-Name"], [data-testid="UserName"]',
  'card-title': '[data-testid="card.wrapper"]',
};

/**
 * Centre of the `occurrence`-th `$SYMBOL` in the text of the zones matching `zones` (found with a
 * Range over X's own text node), scrolled into view, and whether a reader can see it there; null
 * when absent.
 */
export function centerOfText(page: TestPage, zones: string, text: string, occurrence = 0) {
  return page.evaluate(
    ({ zones, text, occurrence }) => {
      let seen = 0;
      for (const zone of document.querySelectorAll(zones)) {
        const walker = document.createTreeWalker(zone, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const pattern = new RegExp(`(^|[^A-Za-z0-9$])(\\${text})(?![A-Za-z])`, 'gi');
          for (const match of node.data.matchAll(pattern)) {
            if (seen++ !== occurrence) continue;
            const start = match.index! + match[1]!.length;
            (node.parentElement ?? zone).scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + text.length);
            const box = range.getBoundingClientRect();
            const x = box.left + box.width / 2;
            const y = box.top + box.height / 2;
            // A name cut off with an ellipsis (narrow X Pro columns) hides its end from the reader.
            const visible = node.parentElement?.contains(document.elementFromPoint(x, y)) ?? false;
            return { x, y, visible };
          }
        }
      }
      return null;
    },
    { zones, text, occurrence },
  );
}

/** Centre of the first element matching `selector` (in the page's own DOM), scrolled into view. */
export async function centerOf(page: TestPage, selector: string, index = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ selector, index }) => {
      const element = document.querySelectorAll(selector)[index];
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, index },
  );
  if (!point) throw new Error(`No element matches ${selector} [${index}]`);
  return point;
}

/** The open card's root inside our shadow root, described for assertions. */
export function cardState(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('cashtag-context');
    const card = host?.shadowRoot?.querySelector('.card');
    // A closed card stays in our shadow root, hidden, for the next one to reuse.
    if (!card || (card.parentElement as HTMLElement).hidden) return null;
    const box = card.getBoundingClientRect();
    return {
      symbol: card.getAttribute('data-symbol'),
      role: card.getAttribute('role'),
      text: card.textContent ?? '',
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      background: getComputedStyle(card).backgroundColor,
    };
  });
}

/**
 * Waits until the card for `symbol` is open, its entrance animation has finished and its timeline
 * is drawn (a frame after the text), so that what is read or pictured afterwards is what the
 * reader ends up seeing.
 */
export function waitForCard(page: TestPage, symbol?: string, timeoutMs = 5000) {
  return page.waitFor(
    symbol ? `the card for $${symbol}` : 'a card',
    (expected) => {
      const card = document.querySelector('cashtag-context')?.shadowRoot?.querySelector('.card');
      return (
        !!card &&
        !(card.parentElement as HTMLElement).hidden &&
        (expected === null || card.getAttribute('data-symbol') === expected) &&
        !card.querySelector('.timeline-slot') &&
        card.getAnimations().every((animation) => animation.playState === 'finished')
      );
    },
    symbol ?? null,
    timeoutMs,
  );
}

export type CardPhase = 'closed' | 'opening' | 'open' | 'closing' | 'pinned';

/**
 * The card's state machine, as our host element `<cashtag-context data-state>` shows it: `opening`
 * while the hover delay runs, `closing` during the grace period. No host yet means `closed`.
 */
export function cardPhase(page: TestPage): Promise<CardPhase> {
  return page.evaluate(
    () => (document.querySelector('cashtag-context')?.getAttribute('data-state') ?? 'closed') as CardPhase,
  );
}

export function waitForPhase(page: TestPage, phase: CardPhase, timeoutMs = 5000) {
  return page.waitFor(
    `the card to be ${phase}`,
    (expected) => (document.querySelector('cashtag-context')?.getAttribute('data-state') ?? 'closed') === expected,
    phase,
    timeoutMs,
  );
}

export function waitForNoCard(page: TestPage, timeoutMs = 5000) {
  return page.waitFor(
    'the card to close',
    () => !document.querySelector('cashtag-context')?.shadowRoot?.querySelector('div:not([hidden]) > .card'),
    undefined,
    timeoutMs,
  );
}

/**
 * The extension's storage API inside one of its own pages: `browser` in Firefox, `chrome` in
 * Chromium (both return promises). Only usable inside `evaluate`, where it is re-declared.
 */
type StorageArea = {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
};
type Storage = { local: StorageArea; sync: StorageArea };

/**
 * Waits until the page's scripts can reach the extension's storage API. Right after a reload the
 * driver can briefly run code in a document without it (seen once in Firefox over BiDi).
 */
export function waitForExtensionApi(extensionPage: TestPage) {
  return extensionPage.waitFor('the extension API in the page', () => {
    const api = globalThis as unknown as { browser?: { storage?: unknown }; chrome?: { storage?: unknown } };
    return !!(api.browser ?? api.chrome)?.storage;
  });
}

/** Writes to the extension's storage from one of its own pages, as the options page would. */
export async function setStorage(extensionPage: TestPage, area: 'local' | 'sync', items: Record<string, unknown>) {
  await waitForExtensionApi(extensionPage);
  return extensionPage.evaluate(
    ({ area, items }) => {
      const api = globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } };
      return (api.browser ?? api.chrome).storage[area].set(items);
    },
    { area, items },
  );
}

export async function getStorage(extensionPage: TestPage, area: 'local' | 'sync') {
  await waitForExtensionApi(extensionPage);
  return extensionPage.evaluate((area) => {
    const api = globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } };
    return (api.browser ?? api.chrome).storage[area].get(null);
  }, area);
}

export async function clearStorage(extensionPage: TestPage) {
  await waitForExtensionApi(extensionPage);
  return extensionPage.evaluate(async () => {
    const api = globalThis as unknown as { browser?: { storage: Storage }; chrome: { storage: Storage } };
    const storage = (api.browser ?? api.chrome).storage;
    await Promise.all([storage.local.clear(), storage.sync.clear()]);
  });
}

/** Changes some settings the way the options page does (read, merge, write the whole value). */
export async function patchSettings(extensionPage: TestPage, change: Record<string, unknown>) {
  const stored = await getStorage(extensionPage, 'sync');
  await setStorage(extensionPage, 'sync', {
    settings: { ...((stored.settings as object | undefined) ?? {}), ...change },
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the stored settings hold `expected`: a control's change reaches storage through the background. */
export async function waitForStoredSettings(extensionPage: TestPage, expected: Record<string, unknown>) {
  const holds = (settings: Record<string, unknown> | undefined) =>
    Object.entries(expected).every(([key, value]) => JSON.stringify(settings?.[key]) === JSON.stringify(value));
  for (const deadline = Date.now() + 5000; ; await sleep(50)) {
    const { settings } = (await getStorage(extensionPage, 'sync')) as { settings?: Record<string, unknown> };
    if (holds(settings)) return;
    if (Date.now() > deadline)
      throw new Error(`stored settings never held ${JSON.stringify(expected)}: ${JSON.stringify(settings)}`);
  }
}

/** The id of the first tab whose URL matches `pattern` (e.g. `https://x.com/*`), asked from an extension page. */
export async function tabIdOf(extensionPage: TestPage, pattern: string): Promise<number> {
  await waitForExtensionApi(extensionPage);
  const id = await extensionPage.evaluate(async (pattern) => {
    type Tabs = { query(query: object): Promise<{ id?: number }[]> };
    const api = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const [tab] = await (api.browser ?? api.chrome).tabs.query({ url: pattern });
    return tab?.id ?? null;
  }, pattern);
  if (id === null) throw new Error(`No open tab matches ${pattern}`);
  return id;
}
