// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchCashtagInteractions } from '../../../src/page/watch-cashtag-interactions';
import { cashtagLink, noPlainText, recordHandlers } from '../helpers/interactions';

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
