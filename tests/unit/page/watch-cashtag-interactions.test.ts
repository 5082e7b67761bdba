// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlainTextCashtags } from '../../../src/page/plain-text-cashtags';
import {
  watchCashtagInteractions,
  type CashtagTarget,
  type InteractionHandlers,
} from '../../../src/page/watch-cashtag-interactions';

/** No plain-text zones on this page: only X's links matter here. */
const noPlainText = {
  holds: () => false,
  hitTest: () => undefined,
  firstIn: () => undefined,
  emphasize: () => {},
} as unknown as PlainTextCashtags;

function recordHandlers() {
  const calls: string[] = [];
  const note = (kind: string) => (target: CashtagTarget) => void calls.push(`${kind} ${target.symbol}`);
  const handlers: InteractionHandlers = {
    enter: note('enter'),
    leave: note('leave'),
    focus: note('focus'),
    blur: note('blur'),
    click: () => false,
    keydown: () => calls.push('keydown'),
    pointerdown: () => calls.push('pointerdown'),
  };
  return { calls, handlers };
}

function cashtagLink(symbol: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `/search?q=%24${symbol}&src=cashtag_click`;
  link.setAttribute('data-cashtag', symbol);
  link.textContent = `$${symbol}`;
  document.body.append(link);
  return link;
}

/** What the browser does when the reader switches to another tab and back. */
function leaveAndReturnToTab(focused: HTMLElement) {
  focused.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  window.dispatchEvent(new FocusEvent('blur'));
  window.dispatchEvent(new FocusEvent('focus'));
  focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

describe('watchCashtagInteractions', () => {
  let stop: AbortController;
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    document.body.replaceChildren();
  });

  it('reports focus on a cashtag link, and its blur', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(calls).toEqual(['focus GRT', 'blur GRT']);
  });

  it('does not report the focus the browser gives back when the reader returns to the tab', () => {
    const link = cashtagLink('BTC');
    link.focus();
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    leaveAndReturnToTab(link);
    expect(calls).toEqual(['blur BTC']);
  });

  it('reports the next focus after the return, and a focus elsewhere straight away', () => {
    const first = cashtagLink('BTC');
    const second = cashtagLink('DOGE');
    first.focus();
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    leaveAndReturnToTab(first);
    // The reader tabs away and back: both are real moves.
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual(['blur BTC', 'focus DOGE', 'focus BTC']);
  });

  it('a key or a click after the return makes the next focus count', () => {
    const link = cashtagLink('ETH');
    link.focus();
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    link.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    window.dispatchEvent(new FocusEvent('blur'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual(['blur ETH', 'keydown', 'focus ETH']);
  });

  it('ignores events inside our own card', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, (node) => node === link, stop.signal);
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(calls).toEqual([]);
  });

  it('reports pointer entering and leaving a cashtag link', () => {
    const link = cashtagLink('GRT');
    const other = document.createElement('span');
    document.body.append(other);
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    other.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(calls).toEqual(['enter GRT', 'leave GRT']);
  });

  it('stops listening once aborted', () => {
    const link = cashtagLink('GRT');
    const { calls, handlers } = recordHandlers();
    watchCashtagInteractions(window, noPlainText, handlers, () => false, stop.signal);
    stop.abort();
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual([]);
  });
});
