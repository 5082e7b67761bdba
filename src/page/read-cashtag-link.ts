import { symbolFromLink } from '../cashtags/symbol-from-link';

/** The upper-cased symbol of one of X's cashtag links, or null if the link is not a cashtag. */
export function readCashtagLink(link: Element): string | null {
  return symbolFromLink(link.textContent ?? '', link.getAttribute('href'));
}
