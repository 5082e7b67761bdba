import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import {
  cardPhase,
  cardState,
  centerOf,
  clearStorage,
  patchSettings,
  waitForCard,
  waitForNoCard,
  waitForPhase,
  waitForScan,
} from './harness/page-helpers';
import { artifactPath, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

const CARD = ['cashtag-context', '.card'];

/** Moves the pointer onto the n-th element matching `selector`, in a few steps like a hand would. */
async function hover(page: TestPage, selector: string, index = 0) {
  const { x, y } = await centerOf(page, selector, index);
  await page.moveMouse(x, y, 4);
  return { x, y };
}

async function moveAway(page: TestPage) {
  await page.moveMouse(5, 5, 4);
}

/** The element that has focus, seen through our shadow root. */
function activeDescription(page: TestPage) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.localName === 'cashtag-context') {
      const inner = active.shadowRoot?.activeElement;
      return `card:${inner?.localName}:${inner?.getAttribute('aria-label') ?? inner?.textContent?.slice(0, 30)}`;
    }
    return active?.getAttribute('data-cashtag')
      ? `cashtag:${active.getAttribute('data-cashtag')}`
      : (active?.localName ?? 'none');
  });
}

describe.each(BROWSERS)('%s: the card', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let page: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
  });
  afterAll(() => session?.close());

  describe('on a light timeline', () => {
    beforeAll(async () => {
      await clearStorage(options);
      page = await session.openX('https://x.com/home', 'home-light.html');
      await waitForScan(page);
    });
    beforeEach(async () => {
      await page.press('Escape');
      await moveAway(page);
      await waitForNoCard(page);
    });
    afterAll(() => page?.close());

    it('hovering $GRT shows what the article says about $GRT', async () => {
      await hover(page, 'a[data-cashtag="GRT"]');
      await waitForCard(page, 'GRT');
      const card = (await cardState(page))!;
      expect(card.text).toContain('What the article says about $GRT');
      expect(card.text).toContain('The Graph');
      expect(card.text).toContain('¶40');
      expect(card.text).toContain('Jeff Morris Jr');
      expect(card.role).toBeNull();
      await page.screenshot(artifactPath(`card-light-${browserName}.png`));
    });

    it('stays open while the pointer travels into the card, and closes once it leaves both', async () => {
      await hover(page, 'a[data-cashtag="GRT"]');
      await waitForCard(page, 'GRT');
      const card = (await cardState(page))!;
      await page.moveMouse(card.box.left + 40, card.box.top + 40, 6);
      // Open, not closing: no grace period runs, so nothing is left that could close it.
      await waitForPhase(page, 'open');
      expect((await cardState(page))?.symbol).toBe('GRT');
      await moveAway(page);
      await waitForNoCard(page, 2000);
    });

    it('a quick pass over a cashtag opens nothing', async () => {
      await hover(page, 'a[data-cashtag="BTC"]');
      await waitForPhase(page, 'opening');
      await moveAway(page);
      // Closed, not opening: the hover delay was cancelled, so no card can follow.
      await waitForPhase(page, 'closed');
      expect(await cardState(page)).toBeNull();
    });

    it('moving straight from an open card’s cashtag to the next one opens the next one’s card', async () => {
      // Two cashtags side by side in one post: the pointer leaves one and rests on the other.
      await hover(page, 'a[data-cashtag="BRK.B"]');
      await waitForCard(page, 'BRK.B');
      const next = await page.evaluate(() => {
        const box = document.querySelector('a[data-cashtag="BRK.A"]')!.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.moveMouse(next.x, next.y, 3);
      await waitForCard(page, 'BRK.A');
    });

    it('opens on keyboard focus; Esc closes it and keeps focus on the cashtag', async () => {
      // Focus the element before the cashtag in tab order, then press Tab like a reader would.
      await page.evaluate(() => {
        const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')].filter(
          (element) => element.tabIndex >= 0,
        );
        const target = document.querySelector('a[data-cashtag="GRT"]') as HTMLElement;
        target.scrollIntoView({ block: 'center' });
        focusable[focusable.indexOf(target) - 1]!.focus();
      });
      await page.press('Tab');
      await waitForCard(page, 'GRT');
      expect(await activeDescription(page)).toBe('cashtag:GRT');
      expect((await cardState(page))!.text).toContain('Press ↓ to enter the card');
      expect(
        await page.evaluate(() => document.querySelector('a[data-cashtag="GRT"]')!.getAttribute('aria-describedby')),
      ).toBe('cashtag-context-description');
      await page.press('Escape');
      await waitForNoCard(page);
      expect(await activeDescription(page)).toBe('cashtag:GRT');
      expect(
        await page.evaluate(() => document.querySelector('a[data-cashtag="GRT"]')!.hasAttribute('aria-describedby')),
      ).toBe(false);
    });

    it('↓ enters and pins the card, Tab stays inside it, Esc returns to the cashtag', async () => {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        (document.querySelector('a[data-cashtag="GRT"]') as HTMLElement).focus();
      });
      await waitForCard(page, 'GRT');
      await page.press('ArrowDown');
      await page.waitFor('the card to be a focused dialog', () => {
        const card = document.querySelector('cashtag-context')?.shadowRoot?.querySelector('div:not([hidden]) > .card');
        return (
          card?.getAttribute('role') === 'dialog' &&
          document.querySelector('cashtag-context')!.shadowRoot!.activeElement === card
        );
      });
      const visited = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await page.press('Tab');
        visited.add(await activeDescription(page));
      }
      expect([...visited].every((entry) => entry.startsWith('card:'))).toBe(true);
      expect(visited.size).toBeGreaterThanOrEqual(4);
      await page.press('Escape');
      await waitForNoCard(page);
      expect(await activeDescription(page)).toBe('cashtag:GRT');
    });

    it('a click on the card pins it until a click outside', async () => {
      await hover(page, 'a[data-cashtag="AMZN"]');
      await waitForCard(page, 'AMZN');
      const card = (await cardState(page))!;
      await page.click(card.box.left + 30, card.box.top + 12);
      await page.waitFor(
        'a pinned dialog',
        () =>
          document
            .querySelector('cashtag-context')
            ?.shadowRoot?.querySelector('div:not([hidden]) > .card')
            ?.getAttribute('role') === 'dialog',
      );
      await moveAway(page);
      expect(await cardPhase(page)).toBe('pinned');
      expect((await cardState(page))?.symbol).toBe('AMZN');
      await page.click(5, 400);
      await waitForNoCard(page);
    });

    it('keys typed in the card never reach X’s shortcuts', async () => {
      await page.evaluate(() => {
        (window as unknown as { keysSeen: number }).keysSeen = 0;
        document.addEventListener('keydown', () => (window as unknown as { keysSeen: number }).keysSeen++);
      });
      await hover(page, 'a[data-cashtag="GRT"]');
      await waitForCard(page, 'GRT');
      await page.evaluate(() => {
        const root = document.querySelector('cashtag-context')!.shadowRoot!;
        [...root.querySelectorAll('button')].find((button) => button.textContent === 'Add a note')!.click();
      });
      await page.waitFor(
        'the note editor',
        () => document.querySelector('cashtag-context')?.shadowRoot?.activeElement?.localName === 'textarea',
      );
      await page.type('jklrt');
      expect(await page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen)).toBe(0);
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('cashtag-context')!.shadowRoot!.querySelector('textarea') as HTMLTextAreaElement)
              .value,
        ),
      ).toBe('jklrt');
      // Unsaved text keeps the card open through a stray click outside.
      await page.click(5, 400);
      expect(await cardPhase(page)).toBe('pinned');
      expect((await cardState(page))?.symbol).toBe('GRT');
      await page.evaluate(() => {
        const root = document.querySelector('cashtag-context')!.shadowRoot!;
        [...root.querySelectorAll('button')].find((button) => button.textContent === 'Cancel')!.click();
      });
    });

    it('stays wholly inside the viewport near every edge', async () => {
      await page.setViewport(560, 420);
      let checked = 0;
      try {
        // Put a cashtag near the top, the middle and the bottom of a short, narrow window.
        for (const fraction of [0.18, 0.5, 0.94]) {
          for (const index of [0, 3, 8]) {
            const point = await page.evaluate(
              ({ fraction, index }) => {
                const link = document.querySelectorAll('a[data-cashtag]')[index]!;
                link.scrollIntoView({ block: 'center', inline: 'end' });
                const box = link.getBoundingClientRect();
                scrollBy(0, box.top - innerHeight * fraction);
                const moved = link.getBoundingClientRect();
                const x = moved.left + moved.width / 2;
                const y = moved.top + moved.height / 2;
                // Skip spots where X's own sticky header covers the link.
                const hit = document.elementFromPoint(x, y);
                return hit && (hit === link || link.contains(hit)) ? { x, y } : null;
              },
              { fraction, index },
            );
            if (!point) continue;
            await page.moveMouse(point.x, point.y, 3);
            await waitForCard(page);
            const card = (await cardState(page))!;
            const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
            expect(card.box.left).toBeGreaterThanOrEqual(0);
            expect(card.box.top).toBeGreaterThanOrEqual(0);
            expect(card.box.right).toBeLessThanOrEqual(viewport.width);
            expect(card.box.bottom).toBeLessThanOrEqual(viewport.height);
            checked++;
            await moveAway(page);
            await waitForNoCard(page);
          }
        }
        expect(checked).toBeGreaterThanOrEqual(6);
      } finally {
        await page.setViewport(1280, 800);
      }
    });

    it('on a right-to-left page, it still reads left to right and stays in view', async () => {
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      try {
        await hover(page, 'a[data-cashtag="GRT"]');
        await waitForCard(page, 'GRT');
        const card = (await cardState(page))!;
        const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
        expect(card.box.left).toBeGreaterThanOrEqual(0);
        expect(card.box.right).toBeLessThanOrEqual(viewport.width);
        expect(
          await page.evaluate(
            () =>
              getComputedStyle(document.querySelector('cashtag-context')!.shadowRoot!.querySelector('.card')!)
                .direction,
          ),
        ).toBe('ltr');
      } finally {
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
      }
    });

    it('a plain-text cashtag in a trend opens the card the same way', async () => {
      const point = await page.evaluate(() => {
        const trend = [...document.querySelectorAll('[data-testid="trend"]')].find((element) =>
          element.textContent!.includes('$PEPE'),
        )!;
        trend.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(trend, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf('$PEPE');
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at + 1);
          range.setEnd(node, at + 3);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      });
      expect(point).not.toBeNull();
      await page.moveMouse(point!.x, point!.y, 4);
      await waitForCard(page, 'PEPE');
      expect((await cardState(page))!.text).toContain('The article does not name $PEPE');
    });

    it('focus on a trend row opens its card; focus on a whole post or on a handle opens nothing', async () => {
      await moveAway(page);
      await waitForNoCard(page);
      await page.evaluate(() => {
        const trend = [...document.querySelectorAll<HTMLElement>('[data-testid="trend"]')].find((element) =>
          element.textContent!.includes('$PEPE'),
        )!;
        trend.scrollIntoView({ block: 'center' });
        trend.focus();
      });
      await waitForCard(page, 'PEPE');
      // The trend row is X's node, not a cashtag link: it gets no attribute from us.
      expect(await page.evaluate(() => document.querySelectorAll('[aria-describedby]').length)).toBe(0);
      await page.press('Escape');
      await waitForNoCard(page);

      // A post by "Doge Maxi $DOGE": the post and the handle hold no cashtag of their own.
      for (const part of ['post', 'handle'] as const) {
        await page.evaluate((part) => {
          const name = [...document.querySelectorAll('[data-testid="User-Name"]')].find((element) =>
            element.textContent!.includes('$DOGE'),
          )!;
          const post = name.closest('article')!;
          const handle = [...name.querySelectorAll('a')].find((link) => link.textContent!.startsWith('@'))!;
          const target = (part === 'post' ? post : handle) as HTMLElement;
          target.scrollIntoView({ block: 'center' });
          target.focus();
        }, part);
        // Focus opens a card at once or not at all: there is no delay to wait out.
        expect(await cardPhase(page)).toBe('closed');
        expect(await cardState(page)).toBeNull();
      }
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    });

    it('passes an axe-core audit (WCAG 2.2 A/AA), open and pinned', async () => {
      await hover(page, 'a[data-cashtag="GRT"]');
      await waitForCard(page, 'GRT');
      expect(await axeViolations(page, CARD)).toEqual([]);
      const card = (await cardState(page))!;
      await page.click(card.box.left + 30, card.box.top + 12);
      await page.waitFor(
        'a pinned dialog',
        () =>
          document
            .querySelector('cashtag-context')
            ?.shadowRoot?.querySelector('div:not([hidden]) > .card')
            ?.getAttribute('role') === 'dialog',
      );
      expect(await axeViolations(page, CARD)).toEqual([]);
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });

  describe('in X’s other themes', () => {
    afterAll(() => clearStorage(options));

    it.each([
      ['home-dark.html', 'rgb(0, 0, 0)', 'dark'],
      ['home-dim.html', 'rgb(21, 32, 43)', 'dim'],
      ['home-contrast.html', 'rgb(5, 5, 5)', 'contrast'],
    ])('%s: the card is drawn on X’s background and passes axe', async (fixture, background, name) => {
      const themed = await session.openX('https://x.com/home', fixture);
      await waitForScan(themed);
      await hover(themed, 'a[data-cashtag]');
      await waitForCard(themed);
      expect((await cardState(themed))!.background).toBe(background);
      expect(await axeViolations(themed, CARD)).toEqual([]);
      await themed.screenshot(artifactPath(`card-${name}-${browserName}.png`));
      expect(themed.errors).toEqual([]);
      await themed.close();
    });

    it('follows a live theme switch without reopening', async () => {
      const themed = await session.openX('https://x.com/home', 'theme-switch.html');
      await waitForScan(themed);
      await hover(themed, 'a[data-cashtag]');
      await waitForCard(themed);
      expect((await cardState(themed))!.background).toBe('rgb(255, 255, 255)');
      await themed.evaluate(() => (window as unknown as { xTheme: { set(name: string): void } }).xTheme.set('dark'));
      await themed.waitFor('the card to turn dark', () => {
        const card = document.querySelector('cashtag-context')?.shadowRoot?.querySelector('div:not([hidden]) > .card');
        return !!card && getComputedStyle(card).backgroundColor === 'rgb(0, 0, 0)';
      });
      await themed.close();
    });

    it('the theme setting can force a light card on a dark page', async () => {
      await patchSettings(options, { theme: 'light' });
      const themed = await session.openX('https://x.com/home', 'home-dark.html');
      await waitForScan(themed);
      await hover(themed, 'a[data-cashtag]');
      await waitForCard(themed);
      expect((await cardState(themed))!.background).toBe('rgb(255, 255, 255)');
      await themed.close();
    });

    it('in Chinese when the language setting says so', async () => {
      await patchSettings(options, { language: 'zh_CN', theme: 'auto' });
      const chinese = await session.openX('https://x.com/home', 'home-light.html');
      await waitForScan(chinese);
      await hover(chinese, 'a[data-cashtag="GRT"]');
      await waitForCard(chinese, 'GRT');
      const card = (await cardState(chinese))!;
      expect(card.text).toContain('文章关于 $GRT 的内容');
      expect(card.text).toContain('第 40 段');
      await chinese.screenshot(artifactPath(`card-zh-${browserName}.png`));
      await chinese.close();
    });
  });

  describe('in X Pro’s scrolling columns', () => {
    it('follows the cashtag as its column scrolls, and closes when it scrolls away', async () => {
      await clearStorage(options);
      const pro = await session.openX('https://pro.x.com/i/decks/1894410122007195648', 'pro.html');
      // A short window makes short columns, so a cashtag can scroll out of its column.
      await pro.setViewport(1280, 480);
      await waitForScan(pro);
      const selector = '[data-fixture-column="search"] a[data-cashtag]';
      const gap = () =>
        pro.evaluate((selector) => {
          const anchor = document.querySelectorAll(selector)[2]!.getBoundingClientRect();
          const card = document
            .querySelector('cashtag-context')!
            .shadowRoot!.querySelector('div:not([hidden]) > .card')!
            .getBoundingClientRect();
          // Below the cashtag or above it: the distance to it stays the same while it moves.
          return Math.round(card.top >= anchor.bottom ? card.top - anchor.bottom : anchor.top - card.bottom);
        }, selector);
      await hover(pro, selector, 2);
      await waitForCard(pro);
      const before = (await cardState(pro))!;
      const gapBefore = await gap();
      // Pin it, so the scroll below is the only thing that can move or close it.
      await pro.click(before.box.left + 30, before.box.top + 12);
      await pro.evaluate(() => document.querySelector('[data-fixture-column="search"]')!.scrollBy(0, 40));
      await pro.waitFor(
        'the card to move with the column',
        (top) => {
          const card = document
            .querySelector('cashtag-context')
            ?.shadowRoot?.querySelector('div:not([hidden]) > .card');
          return !!card && Math.abs(card.getBoundingClientRect().top - top) >= 30;
        },
        before.box.top,
      );
      // Positions are rounded to whole pixels while X's layout is fractional.
      expect(Math.abs((await gap()) - gapBefore)).toBeLessThanOrEqual(2);
      await pro.evaluate(() => document.querySelector('[data-fixture-column="search"]')!.scrollBy(0, 5000));
      await waitForNoCard(pro);
      expect(pro.errors).toEqual([]);
      await pro.close();
    });

    it('closes when X recycles the cashtag’s cell', async () => {
      const page = await session.openX('https://x.com/home', 'recycle.html');
      await waitForScan(page);
      await hover(page, '[data-fixture-cell] a[data-cashtag]');
      await waitForCard(page);
      const box = (await cardState(page))!.box;
      await page.click(box.left + 30, box.top + 12);
      await page.evaluate(() =>
        (window as unknown as { xVirtualList: { removeFirst(n: number): number } }).xVirtualList.removeFirst(1),
      );
      await waitForNoCard(page);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
});
