import { findCashtags } from '../cashtags/parse';
import type { AcceptSymbol } from './mark-cashtag-links';
import { EMOJI_IMAGE, LINE_BREAK, PLAIN_TEXT_SKIP } from './selectors';

/** Names of our entries in the page's highlight registry; page-style.ts paints them. */
export const HIGHLIGHT = 'cashtag-context';
export const HIGHLIGHT_NAMED = 'cashtag-context-named';

export interface PlainCashtag {
  symbol: string;
  range: Range;
  zone: Element;
}

/** Stands in for an emoji `<img>`: not whitespace, so `🚀$BTC` stays a non-cashtag as on X. */
const OBJECT_CHARACTER = '\uFFFC';

/**
 * Cashtags X shows as plain text (trends, display names, link-card titles). We may not wrap or
 * split X's text nodes, so each one is a `Range` over X's text, painted by the CSS Custom
 * Highlight API and found under the pointer with `caretPositionFromPoint`.
 */
export function createPlainTextCashtags(isNamed: (symbol: string) => boolean) {
  const zones = new Map<Element, PlainCashtag[]>();
  const all = new Highlight();
  const named = new Highlight();
  CSS.highlights.set(HIGHLIGHT, all);
  CSS.highlights.set(HIGHLIGHT_NAMED, named);

  function forget(zone: Element) {
    for (const { range } of zones.get(zone) ?? []) {
      all.delete(range);
      named.delete(range);
    }
    zones.delete(zone);
  }

  return {
    /** (Re)reads one zone's text; called when the zone is added or its text changes. */
    scan(zone: Element, accept: AcceptSymbol) {
      if (zones.has(zone)) forget(zone);
      // Nearly every display name and card has no `$`: one native read settles it.
      if (!zone.textContent?.includes('$')) return;
      const found = findInZone(zone).filter((cashtag) => accept(cashtag.symbol));
      if (!found.length) return;
      zones.set(zone, found);
      for (const cashtag of found) (isNamed(cashtag.symbol) ? named : all).add(cashtag.range);
    },
    /**
     * Lets go of ranges over nodes X removed, so no detached node stays alive through us. Returns
     * the zones still on the page whose text X replaced, to be read again.
     */
    dropDetached(): Element[] {
      const reread: Element[] = [];
      for (const [zone, entries] of zones) {
        if (!zone.isConnected) forget(zone);
        else if (entries.some(({ range }) => !range.startContainer.isConnected || !range.endContainer.isConnected)) {
          forget(zone);
          reread.push(zone);
        }
      }
      return reread;
    },
    /** The plain-text cashtag under the pointer, if `target` is in a zone that has one. */
    hitTest(target: Element, x: number, y: number): PlainCashtag | undefined {
      const entries = zoneOf(target);
      if (!entries) return undefined;
      const caret = caretAt(target.ownerDocument, x, y);
      if (!caret) return undefined;
      return entries.find(({ range }) => {
        if (!range.isPointInRange(caret.node, caret.offset)) return false;
        // A caret at the edge of the range is the point just outside the word, too.
        const box = range.getBoundingClientRect();
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
    },
    /**
     * The first cashtag whose text lies inside `element`, for keyboard focus on a trend row, a
     * display-name link or a link card. Only text the focused element itself holds counts: focus
     * on a whole post, or on the handle beside a display name, opens nothing.
     */
    firstIn(element: Element): PlainCashtag | undefined {
      return zoneOf(element)?.find(({ range }) => element.contains(range.startContainer));
    },
    /** Whether `element` is inside a zone that has a cashtag (cheap: a walk up the ancestors). */
    holds: (element: Element) => zoneOf(element) !== undefined,
    symbols: () => [...zones.values()].flat().map((cashtag) => cashtag.symbol),
    clear() {
      for (const zone of [...zones.keys()]) forget(zone);
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(HIGHLIGHT_NAMED);
    },
  };

  function zoneOf(element: Element): PlainCashtag[] | undefined {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const entries = zones.get(node);
      if (entries) return entries;
    }
    return undefined;
  }
}

export type PlainTextCashtags = ReturnType<typeof createPlainTextCashtags>;

interface TextPiece {
  node: Text;
  /** Where this node's text starts in the zone's joined text. */
  start: number;
}

/** Joins the zone's visible text so a cashtag split across spans is still found, then maps it back. */
function findInZone(zone: Element): PlainCashtag[] {
  const pieces: TextPiece[] = [];
  let text = '';
  const walker = zone.ownerDocument.createTreeWalker(zone, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(PLAIN_TEXT_SKIP)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      pieces.push({ node: node as Text, start: text.length });
      text += (node as Text).data;
    } else if ((node as Element).matches(EMOJI_IMAGE)) {
      text += OBJECT_CHARACTER;
    } else if ((node as Element).matches(LINE_BREAK) && text && !/\s$/.test(text)) {
      // Separate lines (name / handle, title / description) as a reader sees them.
      text += '\n';
    }
  }
  if (!text.includes('$')) return [];
  return findCashtags(text).map(({ symbol, start, end }) => {
    const range = zone.ownerDocument.createRange();
    const from = locate(pieces, start);
    const to = locate(pieces, end);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return { symbol: symbol.toUpperCase(), range, zone };
  });
}

/** The text node and offset for a position in the joined text (positions inside a node, or its end). */
function locate(pieces: TextPiece[], position: number): { node: Text; offset: number } {
  let piece = pieces[0]!;
  for (const candidate of pieces) {
    if (candidate.start > position) break;
    if (position - candidate.start <= candidate.node.data.length) piece = candidate;
  }
  return { node: piece.node, offset: Math.min(position - piece.start, piece.node.data.length) };
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : undefined;
}
