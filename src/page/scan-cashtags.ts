import { createCrowdedPosts } from './crowded-posts';
import { createPlainTextCashtags, type Emphasis } from './plain-text-cashtags';
import { markCashtagLinks, markLink, unmarkAll, type AcceptSymbol } from './mark-cashtag-links';
import { POST_TEXT, TEXT_ZONE, TIMELINE_CELL } from './selectors';
import { watchPage } from './watch-page';

const MAY_HOLD_CASHTAG = /\$[A-Za-z]/;

export interface ScanOptions {
  /** Whether cashtags with this symbol are annotated under the current settings. */
  accept: AcceptSymbol;
  /** The article names it: painted with the distinct cue. */
  isNamed: (symbol: string) => boolean;
  /** Our own nodes (the card's host, our style element), which the scan must not read. */
  isOurs: (node: Node) => boolean;
  /** False once the extension was updated or disabled under us: stop touching the page. */
  alive: () => boolean;
  /** The reader points at (or left) a cashtag in running text: paint its cue, or stop. */
  onEmphasis: (emphasis: Emphasis) => void;
  /** Distinct cashtags that make a post crowded, or 0 while the reader has that fade off. */
  crowdedAt: () => number;
  /** A post text was found crowded, and one of its marks carries the token. */
  onCrowded: () => void;
  /** A post text (a post's own or a quote's) was read and its marks written. */
  onPostText: (zone: Element) => void;
}

/**
 * Finds cashtags on the page, once at start and then only where X changes it. Marks X's cashtag
 * links and the spans X draws for unlinked ones (quoted posts, trends); keeps the rest, inside
 * running text, as ranges for hit-testing.
 */
export function scanCashtags(document: Document, options: ScanOptions) {
  const plain = createPlainTextCashtags(options.isNamed, options.onEmphasis);
  const crowded = createCrowdedPosts(options.onCrowded);

  const readZone = (zone: Element) => {
    plain.scan(zone, options.accept);
    if (!zone.matches(POST_TEXT)) return;
    crowded.check(zone, options.crowdedAt());
    options.onPostText(zone);
  };

  /**
   * New content: every link and text zone in it (post text included, so a quoted post's unlinked
   * cashtags are found with the cell). Most cells have no `$` followed by a letter anywhere in
   * their text (prices like `$5.99` do not count), and so neither: one native read settles it.
   */
  const scanAdded = (element: Element) => {
    if (!element.isConnected) return;
    if (!element.matches(TIMELINE_CELL)) {
      // Added inside a link (X re-rendering its text): the link itself may have changed.
      const enclosing = element.parentElement?.closest('a');
      if (enclosing) markLink(enclosing, options.accept);
      rescanZoneAround(element);
    }
    if (!MAY_HOLD_CASHTAG.test(element.textContent ?? '')) return;
    markCashtagLinks(element, options.accept);
    for (const zone of element.querySelectorAll(TEXT_ZONE)) readZone(zone);
  };

  /** Text or an href changed in place: re-read the link and the zone around it. */
  const rescanEdited = (element: Element) => {
    if (!element.isConnected) return;
    const link = element.closest('a');
    if (link) markLink(link, options.accept);
    rescanZoneAround(element);
  };

  const rescanZoneAround = (element: Element) => {
    const zone = element.closest(TEXT_ZONE);
    if (zone) readZone(zone);
  };

  const rescanAll = () => {
    markCashtagLinks(document.body, options.accept);
    for (const zone of document.body.querySelectorAll(TEXT_ZONE)) readZone(zone);
  };
  rescanAll();
  const stopWatching = watchPage(
    document.body,
    ({ added, edited, removed }) => {
      if (!options.alive()) return;
      if (removed) for (const zone of plain.dropDetached()) readZone(zone);
      for (const element of added) scanAdded(element);
      for (const element of edited) rescanEdited(element);
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
