import { unmarkAll } from './mark-cashtag-links';
import { HIGHLIGHT, HIGHLIGHT_NAMED } from './plain-text-cashtags';

/** The one style element `createPageStyle` adds (page-style.ts). */
const PAGE_STYLE = 'style[data-cashtag-context]';

/**
 * A previous copy of this script that could not clean up (Firefox unloads it outright on an
 * update) may have left its page style, marks and highlights: if this copy is switched off for
 * the site, none of them may stay.
 */
export function removePageLeftovers(document: Document): void {
  for (const style of document.querySelectorAll(PAGE_STYLE)) style.remove();
  unmarkAll(document);
  for (const name of [HIGHLIGHT, HIGHLIGHT_NAMED]) CSS.highlights?.delete(name);
}
