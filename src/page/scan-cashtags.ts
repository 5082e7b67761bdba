import { createPlainTextCashtags } from './plain-text-cashtags';
import { markCashtagLinks, markLink, unmarkAll, type AcceptSymbol } from './mark-cashtag-links';
import { CASHTAG_LINK_CANDIDATE, PLAIN_TEXT_ZONE } from './selectors';
import { watchPage } from './watch-page';

export interface ScanOptions {
  /** Whether cashtags with this symbol are annotated under the current settings. */
  accept: AcceptSymbol;
  /** The article names it: painted with the distinct cue. */
  isNamed: (symbol: string) => boolean;
  /** Our own nodes (the card's host, our style element), which the scan must not read. */
  isOurs: (node: Node) => boolean;
  /** False once the extension was updated or disabled under us: stop touching the page. */
  alive: () => boolean;
}

/**
 * Finds cashtags on the page, once at start and then only where X changes it. Marks X's cashtag
 * links and highlights plain-text ones; draws nothing else.
 */
export function scanCashtags(document: Document, options: ScanOptions) {
  const plain = createPlainTextCashtags(options.isNamed);

  const scanSubtree = (element: Element) => {
    if (!element.isConnected) return;
    markCashtagLinks(element, options.accept);
    // Text or href changed inside an existing link or zone: re-read the enclosing one.
    const link = element.closest(CASHTAG_LINK_CANDIDATE);
    if (link && link !== element) markLink(link, options.accept);
    const zone = element.closest(PLAIN_TEXT_ZONE);
    if (zone) plain.scan(zone, options.accept);
    for (const inner of element.querySelectorAll(PLAIN_TEXT_ZONE)) plain.scan(inner, options.accept);
  };

  const rescanAll = () => scanSubtree(document.body);
  rescanAll();
  const stopWatching = watchPage(
    document.body,
    ({ elements, removed }) => {
      if (!options.alive()) return;
      if (removed) plain.dropDetached();
      for (const element of elements) scanSubtree(element);
    },
    options.isOurs,
  );

  return {
    plain,
    /** Settings changed what is annotated: one pass over the page, on the user's action only. */
    rescanAll,
    stop() {
      stopWatching();
      plain.clear();
      unmarkAll(document);
    },
  };
}

export type CashtagScan = ReturnType<typeof scanCashtags>;
