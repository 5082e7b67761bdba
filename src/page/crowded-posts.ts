import { CROWDED_MARK, setCrowded } from './cashtag-mark';
import { findTextCashtags } from './find-text-cashtags';
import { MARKED_CASHTAG } from './selectors';

const CASHTAG_LIKE = /\$[A-Za-z]/g;

/**
 * Posts whose text (or a quoted post's text) names many different tickers: the shill pattern.
 * Nothing may be written on X's post, so the first of our marks in such a text carries the token
 * `crowded` (cashtag-mark.ts), and our stylesheet fades every post that holds one with one fixed
 * rule. A text with no mark of ours (every ticker in it left out by the annotate setting) cannot
 * be faded.
 */
export function createCrowdedPosts(onFlagged: () => void = () => {}) {
  /** Whether a mark ever got the token in this tab: until then a text that is not crowded costs nothing. */
  let flagged = false;

  return {
    /** Reads one post text again; `atLeast` 0 means the reader has the fade off. */
    check(zone: Element, atLeast: number) {
      if (atLeast > 0 && holdsDistinctCashtags(zone, atLeast)) {
        const marks = zone.querySelectorAll(MARKED_CASHTAG);
        for (let index = 0; index < marks.length; index++) setCrowded(marks[index]!, index === 0);
        if (!marks.length) return;
        flagged = true;
        onFlagged();
      } else if (flagged) {
        for (const mark of zone.querySelectorAll(CROWDED_MARK)) setCrowded(mark, false);
      }
    },
  };
}

/**
 * At least `atLeast` different symbols by X's own rule. Counting `$` + letter first settles
 * nearly every post without walking its text: it can only over-count.
 */
export function holdsDistinctCashtags(zone: Element, atLeast: number): boolean {
  if ((zone.textContent?.match(CASHTAG_LIKE)?.length ?? 0) < atLeast) return false;
  const symbols = new Set(findTextCashtags(zone, { blocksBreakLines: false }).map(({ symbol }) => symbol));
  return symbols.size >= atLeast;
}
