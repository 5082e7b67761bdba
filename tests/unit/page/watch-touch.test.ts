// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS } from '../../../src/page/watch-touch';
import { cashtagLink, recordHandlers, watchEachTest } from '../helpers/interactions';

/** `taps`: whether the card takes a tap; `presses`: the setting "a long press opens the card". */
const handlersFor = ({ taps = true, presses = false } = {}) =>
  recordHandlers((calls) => ({
    click: (target) => calls.push(`click ${target.symbol}`) < 0,
    pointerdown: () => {},
    keydown: () => {},
    tap: (target) => calls.push(`tap ${target.symbol}`) > 0 && taps,
    pressOpens: () => presses,
  }));

const pointer = (type: string, pointerType: string) =>
  new PointerEvent(type, { bubbles: true, cancelable: true, pointerType, button: 0 });

/** What a browser sends for a tap (or a click, with `pointerType` mouse), as far as we listen. */
function tap(element: Element, pointerType = 'touch'): PointerEvent {
  element.dispatchEvent(pointer('pointerover', pointerType));
  element.dispatchEvent(pointer('pointerdown', pointerType));
  element.dispatchEvent(pointer('pointerup', pointerType));
  const click = pointer('click', pointerType);
  element.dispatchEvent(click);
  return click;
}

describe('touch on cashtags', () => {
  const watch = watchEachTest();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a tap on a cashtag is a tap, not a hover or a click, and is taken from X when the card takes it', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = handlersFor();
    watch(handlers);
    const click = tap(link);
    expect(calls).toEqual(['tap GRT']);
    expect(click.defaultPrevented).toBe(true);
  });

  it('the focus a tap gives a link is not keyboard focus; after a key, focus counts again', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = handlersFor();
    watch(handlers);
    link.dispatchEvent(pointer('pointerdown', 'touch'));
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual([]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual(['focus GRT']);
  });

  it('a tap the card does not take goes on to X', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = handlersFor({ taps: false });
    watch(handlers);
    expect(tap(link).defaultPrevented).toBe(false);
    expect(calls).toEqual(['tap GRT']);
  });

  it('a mouse is unchanged: it hovers and clicks, and never taps', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = handlersFor();
    watch(handlers);
    expect(tap(link, 'mouse').defaultPrevented).toBe(false);
    expect(calls).toEqual(['enter GRT', 'click GRT']);
  });

  it('a tap elsewhere is a tap outside and is left to X; one inside our card is neither', () => {
    const other = document.createElement('p');
    const ours = document.createElement('div');
    document.body.append(other, ours);
    const { calls, handlers } = handlersFor();
    watch(handlers, (node) => node === ours);
    expect(tap(other).defaultPrevented).toBe(false);
    tap(ours);
    expect(calls).toEqual(['tapOutside']);
  });

  it('with long presses chosen, holding a cashtag opens it without the link menu or the click', () => {
    vi.useFakeTimers();
    const link = cashtagLink('BTC');
    const { calls, handlers } = handlersFor({ taps: false, presses: true });
    watch(handlers);
    link.dispatchEvent(pointer('pointerdown', 'touch'));
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    link.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(calls).toEqual(['longPress BTC']);
    link.dispatchEvent(pointer('pointerup', 'touch'));
    const click = pointer('click', 'touch');
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(calls).toEqual(['longPress BTC']);
  });

  it('a press that ends early, or becomes a scroll, opens nothing and leaves the menu alone', () => {
    vi.useFakeTimers();
    const link = cashtagLink('BTC');
    const { calls, handlers } = handlersFor({ taps: false, presses: true });
    watch(handlers);
    for (const end of ['pointerup', 'pointercancel']) {
      link.dispatchEvent(pointer('pointerdown', 'touch'));
      link.dispatchEvent(pointer(end, 'touch'));
      vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    }
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    link.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a long press is not watched while taps open the card: the browser keeps its link menu', () => {
    vi.useFakeTimers();
    const link = cashtagLink('BTC');
    const { calls, handlers } = handlersFor();
    watch(handlers);
    link.dispatchEvent(pointer('pointerdown', 'touch'));
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    link.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(false);
    expect(calls).toEqual([]);
  });
});
