import { findCashtags } from '../cashtags/parse';
import { EMOJI_TAG, LINE_BREAK_TAGS, PLAIN_TEXT_SKIP } from './selectors';

/** A cashtag X's rule finds in the visible text of a zone (post text, a trend, a display name). */
export interface TextCashtag {
  /** Upper-cased. */
  symbol: string;
  /** A Range over X's own text node(s), made on request; we never split or wrap them. */
  range: () => Range;
  /** The link X drew for this cashtag, if any: X's link is read (and marked) on its own. */
  link: Element | null;
  /**
   * The element X draws for this cashtag alone: the element right around its text, inside the
   * zone, whose whole text is the cashtag, such as a quoted post's `<span dir="ltr">$SOL</span>`. Null when the
   * cashtag sits inside a longer run of text ("Doge Maxi $DOGE").
   */
  own: Element | null;
}

export interface FindOptions {
  /** Display names and link cards: X's blocks (`div`, `br`) start a new line for the reader. */
  blocksBreakLines: boolean;
}

/** Stands in for an emoji `<img>`: not whitespace, so `🚀$BTC` stays a non-cashtag as on X. */
const OBJECT_CHARACTER = '\uFFFC';

interface TextPiece {
  node: Text;
  /** Where this node's text starts in the zone's joined text. */
  start: number;
}

/**
 * Joins the zone's visible text so a cashtag split across spans is still found (search pages
 * bold the matched term), runs X's rule over it, and maps each match back to X's text nodes.
 */
export function findTextCashtags(zone: Element, options: FindOptions): TextCashtag[] {
  const pieces: TextPiece[] = [];
  let text = '';
  // A plain walk over child nodes: this runs for every post text X adds that may hold an unlinked
  // cashtag, and a TreeWalker's filter callback and a selector match per element cost more.
  const read = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: node as Text, start: text.length });
        text += (node as Text).data;
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      const tag = element.localName;
      if (tag === EMOJI_TAG) {
        text += OBJECT_CHARACTER;
        continue;
      }
      if (options.blocksBreakLines) {
        if ((tag === 'a' || tag === 'time') && element.matches(PLAIN_TEXT_SKIP)) continue;
        // Separate lines (name / handle, title / description) as a reader sees them.
        if (LINE_BREAK_TAGS.has(tag) && text && !/\s$/.test(text)) text += '\n';
      }
      read(element);
    }
  };
  read(zone);
  if (!text.includes('$')) return [];
  return findCashtags(text).map(({ symbol, start, end }) => {
    const from = locate(pieces, start, 'start');
    const to = locate(pieces, end, 'end');
    const written = text.slice(start, end);
    const link = from.node.parentElement?.closest('a');
    return {
      symbol: symbol.toUpperCase(),
      // A live Range costs the page on every later DOM change until it is collected: made only
      // for the cashtags that need one (inside running text), never for links and marked spans.
      range: () => {
        const range = zone.ownerDocument.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        return range;
      },
      // A link that is this cashtag; a display name's profile link around "Doge Maxi $DOGE" is not.
      link: link && zone.contains(link) && link.textContent?.trim() === written ? link : null,
      own: from.node === to.node ? ownElement(from.node, zone, written) : null,
    };
  });
}

/**
 * The element right around `node` if its whole visible text is the cashtag (saved pages add
 * whitespace around it): X's entity span, never the zone itself or a run of other text.
 */
function ownElement(node: Text, zone: Element, cashtag: string): Element | null {
  const element = node.parentElement;
  if (!element || element === zone || !zone.contains(element)) return null;
  return element.textContent?.trim() === cashtag && !element.querySelector(EMOJI_TAG) ? element : null;
}

/**
 * The text node and offset for a position in the joined text. A position between two nodes is
 * the start of the next one for a range's start, and the end of the previous one for its end, so
 * a cashtag that fills one node is a range inside that node alone.
 */
function locate(pieces: TextPiece[], position: number, edge: 'start' | 'end'): { node: Text; offset: number } {
  let piece = pieces[0]!;
  for (const candidate of pieces) {
    if (candidate.start > position || (edge === 'end' && candidate.start === position && candidate !== pieces[0]))
      break;
    if (position - candidate.start <= candidate.node.data.length) piece = candidate;
  }
  return { node: piece.node, offset: Math.min(position - piece.start, piece.node.data.length) };
}
