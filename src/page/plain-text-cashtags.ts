import { findTextCashtags } from './find-text-cashtags';
import type { AcceptSymbol } from './mark-cashtag-links';
import { setMark, unmark as unmarkElement } from './cashtag-mark';
import { CASHTAG_LINK, POST_TEXT, QUOTED_POST, ZONE_WITH_CASHTAG_SPANS } from './selectors';

/** Names of our entries in the page's highlight registry; page-style.ts paints them. */
export const HIGHLIGHT = 'cashtag-context';
export const HIGHLIGHT_NAMED = 'cashtag-context-named';

/** A cashtag inside a longer run of X's text: only a `Range` can point at it. */
export interface PlainCashtag {
  symbol: string;
  range: Range;
  zone: Element;
}

/** Which highlight is on screen: the painted cue follows the reader, never the whole page. */
export type Emphasis = 'plain' | 'named' | null;

interface ZoneCashtags {
  ranges: PlainCashtag[];
  /** The spans X draws for a cashtag on its own, which carry our `data-cashtag` mark. */
  marks: Element[];
}

/** What post text looks like to us: whether X still links the cashtags its rule finds. */
interface LinkHealth {
  /** Cashtags in (non-quoted) post text that sit in one of X's known cashtag links. */
  linked: number;
  /** Cashtags in (non-quoted) post text that do not. */
  other: number;
}

/** Seen this many unlinked post-text cashtags and not one of X's links: X's markup moved on. */
const UNLINKED_BEFORE_WARNING = 3;

/**
 * Cashtags X shows as text rather than as its links: in quoted posts (always), in trends, display
 * names and link-card titles. We may not wrap or split X's text nodes, so a cashtag that X draws
 * as a span of its own gets our one attribute, like a link; one inside a longer run of text is
 * kept as a `Range` and found under the pointer with `caretPositionFromPoint`.
 *
 * Its highlight is registered only while the reader points at or focuses it: one `::highlight`
 * rule in X's document makes every style recalculation of X's page markedly slower (see the
 * README's performance notes), so no such rule exists while nobody looks.
 */
export function createPlainTextCashtags(
  isNamed: (symbol: string) => boolean,
  onEmphasis: (emphasis: Emphasis) => void,
) {
  const zones = new Map<Element, ZoneCashtags>();
  const health: LinkHealth = { linked: 0, other: 0 };
  let emphasized: PlainCashtag | undefined;

  function forget(zone: Element) {
    const entry = zones.get(zone);
    if (!entry) return;
    if (emphasized?.zone === zone) emphasize(undefined);
    zones.delete(zone);
  }

  function unmark(marks: Iterable<Element>) {
    for (const element of marks) unmarkElement(element);
  }

  function emphasize(cashtag: PlainCashtag | undefined) {
    if (cashtag === emphasized) return;
    emphasized = cashtag;
    CSS.highlights.delete(HIGHLIGHT);
    CSS.highlights.delete(HIGHLIGHT_NAMED);
    if (cashtag) {
      const named = isNamed(cashtag.symbol);
      CSS.highlights.set(named ? HIGHLIGHT_NAMED : HIGHLIGHT, new Highlight(cashtag.range));
      onEmphasis(named ? 'named' : 'plain');
    } else {
      onEmphasis(null);
    }
  }

  return {
    /** (Re)reads one zone's text; called when the zone is added or its text changes. */
    scan(zone: Element, accept: AcceptSymbol) {
      const before = zones.get(zone)?.marks ?? [];
      forget(zone);
      const found = readZone(zone, accept, health);
      const marks = new Set(found.marks.map(({ element }) => element));
      unmark(before.filter((element) => !marks.has(element)));
      for (const { element, symbol } of found.marks) {
        setMark(element, symbol);
      }
      if (found.ranges.length || found.marks.length) zones.set(zone, { ranges: found.ranges, marks: [...marks] });
    },
    /**
     * Lets go of ranges and marks in nodes X removed, so no detached node stays alive through us.
     * Returns the zones still on the page whose text X replaced, to be read again.
     */
    dropDetached(): Element[] {
      const reread: Element[] = [];
      for (const [zone, { ranges, marks }] of zones) {
        if (!zone.isConnected) forget(zone);
        else if (
          marks.some((element) => !element.isConnected) ||
          ranges.some(({ range }) => !range.startContainer.isConnected || !range.endContainer.isConnected)
        ) {
          forget(zone);
          reread.push(zone);
        }
      }
      return reread;
    },
    /** The plain-text cashtag under the pointer, if `target` is in a zone that has one. */
    hitTest(target: Element, x: number, y: number): PlainCashtag | undefined {
      const ranges = zoneOf(target)?.ranges;
      if (!ranges?.length) return undefined;
      const caret = caretAt(target.ownerDocument, x, y);
      if (!caret) return undefined;
      return ranges.find(({ range }) => {
        if (!range.isPointInRange(caret.node, caret.offset)) return false;
        // A caret at the edge of the range is the point just outside the word, too.
        const box = range.getBoundingClientRect();
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
    },
    /**
     * The first cashtag whose text lies inside `element`, for keyboard focus on a trend row, a
     * display-name link, a link card or a quoted post. Only text the focused element itself holds
     * counts, and only in a zone it is part of (or, for a quoted post, the quote's own text): focus
     * on a whole post, or on the handle beside a display name, opens nothing.
     */
    firstIn(element: Element): { mark: Element } | { cashtag: PlainCashtag } | undefined {
      const own = zoneOf(element);
      const entries = own ? [own] : quotedTextOf(element);
      for (const { ranges, marks } of entries) {
        const mark = marks.find((candidate) => element.contains(candidate));
        const cashtag = ranges.find(({ range }) => element.contains(range.startContainer));
        if (mark && (!cashtag || precedes(mark, cashtag.range.startContainer))) return { mark };
        if (cashtag) return { cashtag };
      }
      return undefined;
    },
    /** Whether `element` is inside a zone with a cashtag in running text (a walk up the ancestors). */
    holds: (element: Element) => (zoneOf(element)?.ranges.length ?? 0) > 0,
    /** Paints the cue on one cashtag in running text, or on none. */
    emphasize,
    /** Cashtags in running text; the marked spans are counted with the links. */
    symbols: () => [...zones.values()].flatMap(({ ranges }) => ranges.map(({ symbol }) => symbol)),
    /** Post text holds cashtags, yet none of them in X's cashtag links: X changed its markup. */
    looksDifferent: () => health.linked === 0 && health.other >= UNLINKED_BEFORE_WARNING,
    clear() {
      emphasize(undefined);
      for (const { marks } of zones.values()) unmark(marks);
      zones.clear();
    },
  };

  function zoneOf(element: Element): ZoneCashtags | undefined {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const entry = zones.get(node);
      if (entry) return entry;
    }
    return undefined;
  }

  function quotedTextOf(element: Element): ZoneCashtags[] {
    if (!element.matches(QUOTED_POST)) return [];
    return [...element.querySelectorAll(POST_TEXT)].flatMap((zone) => zones.get(zone) ?? []);
  }
}

export type PlainTextCashtags = ReturnType<typeof createPlainTextCashtags>;

/** Reads one zone: spans to mark, ranges to keep, and (in a post's own text) X's link health. */
function readZone(zone: Element, accept: AcceptSymbol, health: LinkHealth) {
  const ranges: PlainCashtag[] = [];
  const marks: { element: Element; symbol: string }[] = [];
  const postText = zone.matches(POST_TEXT);
  // Most post text with a `$` has only X's links: one look at them settles it, without a walk.
  const links = postText ? readLinks(zone) : undefined;
  if (links && links.cashtags === links.inLinks) {
    if (!zone.closest(QUOTED_POST)) {
      health.linked += links.known;
      health.other += links.inLinks - links.known;
    }
    return { ranges, marks };
  }
  if (!zone.textContent?.includes('$')) return { ranges, marks };
  const spans = zone.matches(ZONE_WITH_CASHTAG_SPANS);
  const ownText = postText && !zone.closest(QUOTED_POST);
  for (const found of findTextCashtags(zone, { blocksBreakLines: !postText })) {
    if (found.link) {
      // X's link is read and marked on its own (mark-cashtag-links.ts); never counted twice.
      if (ownText) health[found.link.matches(CASHTAG_LINK) ? 'linked' : 'other']++;
      continue;
    }
    if (ownText) health.other++;
    if (!accept(found.symbol)) continue;
    if (spans && found.own) marks.push({ element: found.own, symbol: found.symbol });
    else ranges.push({ symbol: found.symbol, range: found.range(), zone });
  }
  return { ranges, marks };
}

const CASHTAG_LIKE = /\$[A-Za-z]/g;

/**
 * Counts `$` + letter in the zone's text and in its links, and the links X draws as cashtags,
 * with cheap native reads only: most post text with a `$` has nothing but X's links.
 */
function readLinks(zone: Element) {
  const cashtags = zone.textContent?.match(CASHTAG_LIKE)?.length ?? 0;
  let inLinks = 0;
  let known = 0;
  if (cashtags) {
    for (const link of zone.getElementsByTagName('a')) {
      const count = link.textContent?.match(CASHTAG_LIKE)?.length ?? 0;
      inLinks += count;
      if (count && link.matches(CASHTAG_LINK)) known++;
    }
  }
  return { cashtags, inLinks, known };
}

function precedes(element: Element, node: Node): boolean {
  return (element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : undefined;
}
