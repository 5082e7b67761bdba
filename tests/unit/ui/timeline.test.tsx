// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { cardChart } from '../../../src/card/card-chart';
import { BUILTIN_PACK_JSON } from '../../../src/context/builtin-pack';
import { parsePack } from '../../../src/context/parse-pack';
import { Timeline } from '../../../src/ui/Timeline';
import { mount, text } from '../helpers/render';

const parsed = parsePack(BUILTIN_PACK_JSON);
if (!parsed.ok) throw new Error('built-in pack invalid');
const chart = cardChart(parsed.pack, 'en');
const usdc = new Set(parsed.pack.tickers.find((ticker) => ticker.symbol === 'USDC')!.events);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function renderTimeline(highlighted: ReadonlySet<string> = usdc) {
  const mounted = mount(<Timeline chart={chart} highlighted={highlighted} labelled="about $USDC" />);
  cleanup = mounted.cleanup;
  const root = mounted.container;
  const events = () => [...root.querySelectorAll<SVGGElement>('[role="option"]')];
  const detail = () => text(root.querySelector('.tl-detail'));
  const focused = () => (document.activeElement as Element | null)?.getAttribute('data-event');
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    act(() => void (document.activeElement ?? root).dispatchEvent(event));
    return event;
  };
  return { root, events, detail, focused, press };
}

describe('Timeline: one Tab stop, every event reachable', () => {
  it('is a listbox with exactly one event in the Tab order: the ticker’s first', () => {
    const { root, events } = renderTimeline();
    expect(root.querySelector('.tl-chart')!.getAttribute('role')).toBe('listbox');
    const stops = events().filter((event) => event.getAttribute('tabindex') === '0');
    expect(stops.map((event) => event.getAttribute('data-event'))).toEqual(['stripe-usdc-test']);
    expect(events()).toHaveLength(parsed.pack.timeline.length);
  });

  it('without highlighted events, the first event is the Tab stop and the line gives the hint', () => {
    const { events, detail } = renderTimeline(new Set());
    expect(events()[0]!.getAttribute('tabindex')).toBe('0');
    expect(detail()).toBe(chart.hint);
  });

  it('← → move focus between events in date order, Home and End go to the ends, and the line follows', () => {
    const { events, detail, focused, press } = renderTimeline();
    act(() =>
      events()
        .find((event) => event.getAttribute('tabindex') === '0')!
        .focus(),
    );
    expect(focused()).toBe('stripe-usdc-test');
    expect(detail()).toBe(`${chart.events.find((event) => event.id === 'stripe-usdc-test')!.text} ¶36`);
    const order = chart.events.map((event) => event.id);
    const start = order.indexOf('stripe-usdc-test');
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    expect(focused()).toBe(order[start + 1]);
    expect(detail()).toContain(chart.events[start + 1]!.text);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focused()).toBe(order[start - 1]);
    press('Home');
    expect(focused()).toBe(order[0]);
    press('ArrowLeft');
    expect(focused()).toBe(order[0]);
    press('End');
    expect(focused()).toBe(order.at(-1));
    expect(detail()).toContain(chart.events.at(-1)!.text);
    // The roving stop follows focus, so Tab back into the chart returns to the same event.
    const withAttribute = (name: string, value: string) =>
      events()
        .filter((event) => event.getAttribute(name) === value)
        .map((event) => event.getAttribute('data-event'));
    expect(withAttribute('tabindex', '0')).toEqual([order.at(-1)]);
    expect(withAttribute('aria-selected', 'true')).toEqual([order.at(-1)]);
  });

  it('leaves Esc, Tab and keys with a modifier to the card: it neither handles nor stops them', () => {
    const { events, focused, press, root } = renderTimeline();
    let reached = 0;
    root.addEventListener('keydown', () => reached++);
    act(() => events()[3]!.focus());
    const before = focused();
    for (const [key, init] of [
      ['Escape', {}],
      ['Tab', {}],
      ['ArrowRight', { altKey: true }],
    ] as const) {
      expect(press(key, init).defaultPrevented, key).toBe(false);
    }
    expect(reached).toBe(3);
    expect(focused()).toBe(before);
  });

  it('pointing at or tapping an event shows its date, text and paragraph in the live line', () => {
    const { root, events, detail } = renderTimeline();
    const line = root.querySelector('.tl-detail')!;
    expect(line.getAttribute('aria-live')).toBe('polite');
    act(() => void events()[4]!.dispatchEvent(new PointerEvent('pointerenter')));
    expect(detail()).toBe(`${chart.events[4]!.text} ${chart.events[4]!.paragraph.short}`);
    act(() => void events()[9]!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(detail()).toBe(`${chart.events[9]!.text} ${chart.events[9]!.paragraph.short}`);
    expect(line.querySelector('.para .sr-only')!.textContent).toBe(chart.events[9]!.paragraph.long);
    expect(root.querySelector('title')).toBeNull();
  });

  it('names every event for assistive technology, paragraph included', () => {
    const { events } = renderTimeline();
    events().forEach((event, index) => {
      const { text: said, paragraph } = chart.events[index]!;
      expect(event.getAttribute('aria-label')).toBe(`${said} ${paragraph.long}`);
    });
  });

  it('has a one-line legend in words, with the ticker’s entry only when it has labelled events', () => {
    const legend = (highlighted?: ReadonlySet<string>) =>
      text(renderTimeline(highlighted).root.querySelector('.tl-legend'));
    expect(legend()).toBe('toward crypto away neutral about $USDC');
    cleanup?.();
    expect(legend(new Set())).toBe('toward crypto away neutral');
  });
});
