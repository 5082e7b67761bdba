import { afterEach, beforeEach } from 'vitest';
import type { PlainTextCashtags } from '../../../src/page/plain-text-cashtags';
import {
  watchCashtagInteractions,
  type CashtagTarget,
  type InteractionHandlers,
} from '../../../src/page/watch-cashtag-interactions';

/** No plain-text zones on this page: only X's links matter here. */
export const noPlainText = {
  holds: () => false,
  hitTest: () => undefined,
  firstIn: () => undefined,
  emphasize: () => {},
} as unknown as PlainTextCashtags;

/** Handlers that write down what they hear, as `kind SYMBOL`; `overrides` replace some. */
export function recordHandlers(overrides: (calls: string[]) => Partial<InteractionHandlers> = () => ({})) {
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
    tap: () => false,
    tapOutside: () => calls.push('tapOutside'),
    pressOpens: () => false,
    longPress: note('longPress'),
    ...overrides(calls),
  };
  return { calls, handlers };
}

/** One of X's cashtag links, marked as the scan marks it, at the end of the body. */
export function cashtagLink(symbol: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `/search?q=%24${symbol}&src=cashtag_click`;
  link.setAttribute('data-cashtag', symbol);
  link.textContent = `$${symbol}`;
  document.body.append(link);
  return link;
}

/** `watch(handlers)` starts watching the window for one test; each test's watch stops after it. */
export function watchEachTest() {
  let stop = new AbortController();
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    document.body.replaceChildren();
  });
  return (handlers: InteractionHandlers, isOurs: (node: EventTarget | null) => boolean = () => false) =>
    watchCashtagInteractions(window, noPlainText, handlers, isOurs, stop.signal);
}
