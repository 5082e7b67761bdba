import { CASHTAG_ATTRIBUTE, CASHTAG_LINK, CASHTAG_TEXT_CONTAINER, MARKED_CASHTAG } from './selectors';
import { setMark, unmark } from './cashtag-mark';
import { symbolFromLink } from '../cashtags/symbol-from-link';

export type AcceptSymbol = (symbol: string) => boolean;

/**
 * Marks the cashtag links in and around `root` with `data-cashtag`. This is the one attribute the
 * page layer writes to X's nodes (the card adds `aria-describedby` to the link it is open for, and
 * removes it on closing), and it is written only when it would change, so re-processing a subtree
 * costs reads, not DOM writes.
 */
export function markCashtagLinks(root: Element, accept: AcceptSymbol): void {
  if (root.localName === 'a') markLink(root, accept);
  // The cheapest list of a subtree's links; most (mentions, hashtags, URLs, avatars, timestamps)
  // are then dismissed by one look at their text, without any selector matching.
  const links = root.getElementsByTagName('a');
  for (let index = 0; index < links.length; index++) markLink(links[index]!, accept);
}

/** Re-reads one link, e.g. after X changed its text or href in place while recycling a cell. */
export function markLink(link: Element, accept: AcceptSymbol): void {
  const text = link.textContent ?? '';
  const symbol = mayBeCashtag(link, text) ? symbolFromLink(text, link.getAttribute('href')) : null;
  if (symbol && accept(symbol)) {
    // A crowded token stays until its post text is read again, which follows every re-mark.
    setMark(link, symbol);
  } else if (link.hasAttribute(CASHTAG_ATTRIBUTE)) {
    unmark(link);
  }
}

/** Takes every mark off the page: the extension was turned off here, or is shutting down. */
export function unmarkAll(document: Document): void {
  for (const link of document.querySelectorAll(MARKED_CASHTAG)) unmark(link);
}

/**
 * X's cashtag markup, or a `$…` link inside post text, a bio, a user cell or an X Article (where
 * smart cashtags and loose Article links live). A profile link elsewhere whose text happens to be
 * `$DOGE` is a display name, not a cashtag.
 */
function mayBeCashtag(link: Element, text: string): boolean {
  if (text.includes('$')) return link.matches(CASHTAG_LINK) || link.closest(CASHTAG_TEXT_CONTAINER) !== null;
  // No `$` at all: only X's own cashtag markup with empty text can still name one in its href.
  return !text.trim() && link.matches(CASHTAG_LINK);
}
