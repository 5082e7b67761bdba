import { CASHTAG_ATTRIBUTE } from './selectors';

/**
 * Our one attribute on X's cashtag element, `data-cashtag`: its value is read and written here
 * only. It is the upper-cased symbol, plus the token `crowded` on one mark of a post text that
 * names many different tickers (crowded-posts.ts): our stylesheet can then fade that post with a
 * fixed rule, and a post entering or leaving costs an attribute write, not a stylesheet change
 * (any change to a stylesheet restyles X's whole document).
 */
const CROWDED_TOKEN = 'crowded';

/** Our mark for one symbol, as a selector; only a symbol's characters stay, so none can leave the quotes. */
export function cashtagMark(symbol: string): string {
  return `[${CASHTAG_ATTRIBUTE}~="${symbol.replace(/[^A-Z0-9._]/g, '')}"]`;
}

/** The mark that makes its post crowded. Symbols are upper case, so no symbol is this token. */
export const CROWDED_MARK = `[${CASHTAG_ATTRIBUTE}~="${CROWDED_TOKEN}"]`;

/** The symbol an element is marked with, or null. */
export function symbolOfMark(element: Element): string | null {
  const value = element.getAttribute(CASHTAG_ATTRIBUTE);
  return value ? value.split(' ', 1)[0]! : null;
}

/**
 * Marks `element` as a cashtag for `symbol`, keeping its crowded token unless `crowded` says
 * otherwise. Runs for every cashtag link of every cell X adds: one read, and a write only on a change.
 */
export function setMark(element: Element, symbol: string, crowded?: boolean): void {
  const current = element.getAttribute(CASHTAG_ATTRIBUTE);
  const keepsToken = crowded ?? current?.endsWith(` ${CROWDED_TOKEN}`) ?? false;
  const value = keepsToken ? `${symbol} ${CROWDED_TOKEN}` : symbol;
  if (current !== value) element.setAttribute(CASHTAG_ATTRIBUTE, value);
}

/** Adds or drops the crowded token on a marked element. */
export function setCrowded(element: Element, crowded: boolean): void {
  const symbol = symbolOfMark(element);
  if (symbol) setMark(element, symbol, crowded);
}

export function unmark(element: Element): void {
  element.removeAttribute(CASHTAG_ATTRIBUTE);
}
