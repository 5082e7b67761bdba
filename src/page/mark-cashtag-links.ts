import { CASHTAG_ATTRIBUTE, CASHTAG_LINK_CANDIDATE, MARKED_CASHTAG } from './selectors';
import { readCashtagLink } from './read-cashtag-link';

export type AcceptSymbol = (symbol: string) => boolean;

/**
 * Marks the cashtag links in and around `root` with `data-cashtag`. This attribute is the only
 * thing we ever write to X's nodes, and we write it only when it would change, so re-processing a
 * subtree costs reads, not DOM writes.
 */
export function markCashtagLinks(root: Element, accept: AcceptSymbol): void {
  if (root.matches(CASHTAG_LINK_CANDIDATE)) markLink(root, accept);
  for (const link of root.querySelectorAll(CASHTAG_LINK_CANDIDATE)) markLink(link, accept);
}

/** Re-reads one link, e.g. after X changed its text or href in place while recycling a cell. */
export function markLink(link: Element, accept: AcceptSymbol): void {
  const symbol = readCashtagLink(link);
  if (symbol && accept(symbol)) {
    if (link.getAttribute(CASHTAG_ATTRIBUTE) !== symbol) link.setAttribute(CASHTAG_ATTRIBUTE, symbol);
  } else if (link.hasAttribute(CASHTAG_ATTRIBUTE)) {
    link.removeAttribute(CASHTAG_ATTRIBUTE);
  }
}

/** Takes every mark off the page: the extension was turned off here, or is shutting down. */
export function unmarkAll(document: Document): void {
  for (const link of document.querySelectorAll(MARKED_CASHTAG)) link.removeAttribute(CASHTAG_ATTRIBUTE);
}
