import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import {
  cardState,
  centerOf,
  clearStorage,
  patchSettings,
  sleep,
  waitForCard,
  waitForNoCard,
  waitForScan,
} from './harness/page-helpers';
import { artifactPath, BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

const CARD = ['cashtag-context', '.card'];

/** Opens the card for `symbol` by hovering its first link, and waits for its timeline. */
async function openCard(page: TestPage, symbol: string) {
  const { x, y } = await centerOf(page, `a[data-cashtag="${symbol}"]`);
  await page.moveMouse(x, y, 4);
  await waitForCard(page, symbol);
  await waitForTimeline(page);
}

/** The card draws its timeline a frame after its text. */
function waitForTimeline(page: TestPage) {
  return page.waitFor('the timeline', () => {
    return !!document.querySelector('cashtag-context')?.shadowRoot?.querySelector('.tl-chart');
  });
}

/** What the chart shows, read through our shadow root. */
function chartState(page: TestPage) {
  return page.evaluate(() => {
    const root = document.querySelector('cashtag-context')!.shadowRoot!;
    const box = (element: Element) => {
      const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
      return { left, right, top, bottom, width, height };
    };
    const card = root.querySelector('.card')!;
    const style = getComputedStyle(card);
    const cardBox = box(card);
    return {
      detail: root.querySelector('.tl-detail')?.textContent ?? '',
      focused: root.activeElement?.getAttribute('data-event') ?? null,
      content: {
        left: cardBox.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
        right: cardBox.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
      },
      legend: box(root.querySelector('.tl-legend')!),
      legendLine: parseFloat(getComputedStyle(root.querySelector('.tl-legend')!).lineHeight),
      labels: [...root.querySelectorAll('.tl-tag text')].map((text) => ({ text: text.textContent, ...box(text) })),
      targets: [...root.querySelectorAll('[role="option"] .tl-hit')].map(box),
      events: [...root.querySelectorAll('[role="option"]')].map((event) => event.getAttribute('data-event')!),
    };
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
// Half a pixel of slack: boxes that only touch do not overlap.
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectApart(labels: (Box & { text: string | null })[]) {
  for (const [i, label] of labels.entries()) {
    for (const other of labels.slice(i + 1)) {
      expect(overlaps(label, other), `${label.text} / ${other.text}`).toBe(false);
    }
  }
}

/** Labels clear of each other and of the card's edges, every target a fingertip's size: as drawn. */
async function expectReadableChart(page: TestPage, labels: number) {
  const chart = await chartState(page);
  expect(chart.labels).toHaveLength(labels);
  expectApart(chart.labels);
  for (const label of chart.labels) {
    expect(label.left, label.text!).toBeGreaterThanOrEqual(chart.content.left - 0.5);
    expect(label.right, label.text!).toBeLessThanOrEqual(chart.content.right + 0.5);
  }
  for (const [i, target] of chart.targets.entries()) {
    expect(target.width).toBeGreaterThanOrEqual(24 - 0.01);
    expect(target.height).toBeGreaterThanOrEqual(24 - 0.01);
    for (const other of chart.targets.slice(i + 1)) expect(overlaps(target, other)).toBe(false);
  }
  // The legend fits on one line.
  expect(chart.legend.height).toBeLessThan(chart.legendLine * 1.5);
}

describe.each(BROWSERS)('%s: the card’s timeline', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let page: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
    await clearStorage(options);
    page = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(page);
  });
  afterAll(async () => {
    await page?.close();
    await session?.close();
  });
  beforeEach(async () => {
    await page.press('Escape');
    await page.moveMouse(5, 5, 4);
    await waitForNoCard(page);
  });

  it('labels the ticker’s events clear of each other and of the card’s edges; every target is 24 px', async () => {
    await openCard(page, 'USDC');
    await expectReadableChart(page, 2);
    expect((await chartState(page)).labels.map((label) => label.text)).toEqual([
      'Stripe tries USDC payouts · Apr 2022',
      'Twitter Coins reported · c. Jan 2023',
    ]);
    await sleep(200);
    await page.screenshot(artifactPath(`timeline-usdc-${browserName}.png`));
  });

  it('↓ into the card, Tab to the chart: ← → Home End walk the events and the line; Esc closes', async () => {
    await page.evaluate(() => {
      (window as unknown as { keysSeen: number }).keysSeen = 0;
      document.addEventListener('keydown', () => (window as unknown as { keysSeen: number }).keysSeen++);
      const link = document.querySelector('a[data-cashtag="GRT"]') as HTMLElement;
      link.scrollIntoView({ block: 'center' });
      link.focus();
    });
    await waitForCard(page, 'GRT');
    await page.press('ArrowDown');
    await waitForTimeline(page);
    // Tab through the card's controls until the chart's one stop; it is GRT's own event.
    for (let i = 0; i < 12 && !(await chartState(page)).focused; i++) await page.press('Tab');
    const start = await chartState(page);
    expect(start.focused).toBe('search-price-charts');
    expect(start.detail).toContain('price chart');
    expect(start.detail).toContain('¶39');
    const at = start.events.indexOf('search-price-charts');

    await page.press('ArrowRight');
    const next = await chartState(page);
    expect(next.focused).toBe(start.events[at + 1]);
    expect(next.detail).not.toBe(start.detail);
    await page.press('ArrowLeft');
    await page.press('ArrowLeft');
    expect((await chartState(page)).focused).toBe(start.events[at - 1]);
    await page.press('Home');
    expect((await chartState(page)).focused).toBe(start.events[0]);
    await page.press('End');
    const end = await chartState(page);
    expect(end.focused).toBe(start.events.at(-1));
    expect(end.detail).toContain('¶');
    // One Tab stop: Tab leaves the chart, and Tab round the pinned card comes back to the same event.
    await page.press('Tab');
    expect((await chartState(page)).focused).toBeNull();
    for (let i = 0; i < 12 && !(await chartState(page)).focused; i++) await page.press('Tab');
    expect((await chartState(page)).focused).toBe(start.events.at(-1));

    expect(await page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen)).toBe(0);
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cashtag'))).toBe('GRT');
  });

  it('resting the pointer on an event, or clicking or tapping one, shows it in the line under the chart', async () => {
    await openCard(page, 'GRT');
    const eventCentre = (id: string) =>
      page.evaluate((id) => {
        const root = document.querySelector('cashtag-context')!.shadowRoot!;
        const target = root.querySelector(`[data-event="${id}"] .tl-hit`)!;
        const { left, top, width, height } = target.getBoundingClientRect();
        return { x: left + width / 2, y: top + height / 2 };
      }, id);
    const { events } = await chartState(page);
    const hovered = await eventCentre(events[3]!);
    await page.moveMouse(hovered.x, hovered.y, 4);
    await page.waitFor(
      'the hovered event in the line',
      (id) => {
        const root = document.querySelector('cashtag-context')!.shadowRoot!;
        return root.querySelector(`[data-event="${id}"]`)?.getAttribute('aria-selected') === 'true';
      },
      events[3]!,
    );
    const afterHover = (await chartState(page)).detail;
    expect(afterHover).toContain('¶');

    const clicked = await eventCentre(events.at(-2)!);
    await page.click(clicked.x, clicked.y);
    await page.waitFor(
      'the clicked event in the line',
      (before) => {
        const line = document.querySelector('cashtag-context')!.shadowRoot!.querySelector('.tl-detail')!.textContent;
        return line !== before;
      },
      afterHover,
    );

    // A tap: the pointer events a touch screen sends, at the event's centre.
    const tapped = await eventCentre(events[0]!);
    await page.evaluate(({ x, y }) => {
      const target = document.querySelector('cashtag-context')!.shadowRoot!.elementFromPoint(x, y)!;
      const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'touch', isPrimary: true };
      for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'pointerup']) {
        target.dispatchEvent(new PointerEvent(type, init));
      }
      target.dispatchEvent(new MouseEvent('click', init));
    }, tapped);
    await page.waitFor(
      'the tapped event in the line',
      (id) => {
        const root = document.querySelector('cashtag-context')!.shadowRoot!;
        return root.querySelector(`[data-event="${id}"]`)?.getAttribute('aria-selected') === 'true';
      },
      events[0]!,
    );
    expect((await chartState(page)).detail).toContain('Jack Dorsey');
  });

  it('passes an axe-core audit with an event shown, and the card stays inside a small window', async () => {
    await openCard(page, 'USDC');
    const card = (await cardState(page))!;
    await page.click(card.box.left + 30, card.box.top + 12);
    await page.evaluate(() => {
      const root = document.querySelector('cashtag-context')!.shadowRoot!;
      (root.querySelector('[role="option"][tabindex="0"]') as SVGGElement).focus();
    });
    expect(await axeViolations(page, CARD)).toEqual([]);
    await page.press('Escape');
    await waitForNoCard(page);

    await page.setViewport(560, 420);
    try {
      await page.waitFor('the small window', () => innerWidth === 560 && innerHeight === 420);
      // Opened from the keyboard: Firefox's driver may still place the pointer by the larger window.
      await page.evaluate(() => {
        const link = document.querySelector('a[data-cashtag="USDC"]') as HTMLElement;
        // Esc above gave the focus back to this link: take it away, so focusing it opens the card.
        (document.activeElement as HTMLElement | null)?.blur();
        link.scrollIntoView({ block: 'center' });
        link.focus();
      });
      await waitForCard(page, 'USDC');
      const small = (await cardState(page))!;
      expect(small.box.top).toBeGreaterThanOrEqual(0);
      expect(small.box.bottom).toBeLessThanOrEqual(420);
    } finally {
      await page.setViewport(1280, 800);
    }
  });

  it('in Chinese: labels, legend and line in Chinese, still clear of each other and of the edges', async () => {
    await patchSettings(options, { language: 'zh_CN' });
    const chinese = await session.openX('https://x.com/home', 'home-light.html');
    try {
      await waitForScan(chinese);
      await openCard(chinese, 'USDC');
      await expectReadableChart(chinese, 2);
      const chart = await chartState(chinese);
      expect(chart.labels.map((label) => label.text)).toEqual([
        'Stripe 试行 USDC 付款 · 2022年4月',
        '曝出推特 Coins 计划 · 约 2023年1月',
      ]);
      expect(chart.detail).toContain('← 和 →');
      await sleep(200);
      await chinese.screenshot(artifactPath(`timeline-usdc-zh-${browserName}.png`));
      expect(chinese.errors).toEqual([]);
    } finally {
      await chinese.close();
      await clearStorage(options);
    }
  });

  it('logs no errors', () => {
    expect(page.errors).toEqual([]);
  });

  it('on the options page, the large timeline labels the ticker’s events and walks by keyboard', async () => {
    const full = await session.openExtensionPage('options.html#context/TWTR');
    try {
      await full.waitFor('the large timeline', () => !!document.querySelector('.timeline-large .tl-chart'));
      const state = () =>
        full.evaluate(() => ({
          focused: document.activeElement?.getAttribute('data-event') ?? null,
          detail: document.querySelector('.timeline-large .tl-detail')!.textContent ?? '',
          labels: [...document.querySelectorAll('.timeline-large .tl-tag text')].map((text) => {
            const { left, right, top, bottom } = text.getBoundingClientRect();
            return { text: text.textContent, left, right, top, bottom };
          }),
          listed: document.querySelectorAll('ol.events li').length,
          events: [...document.querySelectorAll<SVGElement>('.timeline-large [role="option"]')].map(
            (item) => item.dataset.event,
          ),
        }));
      const before = await state();
      expect(before.labels).toHaveLength(4);
      expectApart(before.labels);
      expect(before.listed).toBe(before.events.length);
      await full.evaluate(() => {
        (document.querySelector('.timeline-large [role="option"][tabindex="0"]') as SVGGElement).focus();
      });
      expect((await state()).focused).toBe('ipo-2013');
      await full.press('ArrowRight');
      const next = await state();
      expect(next.focused).toBe(before.events[before.events.indexOf('ipo-2013') + 1]);
      expect(next.detail).toContain('¶');
      await full.press('End');
      expect((await state()).focused).toBe(before.events.at(-1));
      expect(await axeViolations(full)).toEqual([]);
      expect(full.errors).toEqual([]);
    } finally {
      await full.close();
    }
  });
});
