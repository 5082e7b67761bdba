import { findTextCashtags } from './find-text-cashtags';
import { POST, POST_TEXT, POST_TIME_LINK } from './selectors';

const CASHTAG_LIKE = /\$[A-Za-z]/g;
const STATUS_ID = /\/status\/(\d+)/;

/**
 * Posts whose text (or a quoted post's text) holds many distinct cashtags: the shill pattern.
 * Our stylesheet may not key on anything written on X's post, so each crowded post is named by
 * the status ID of its own timestamp link, and the rule lists only the crowded posts X has on
 * the page now: X's virtual list keeps a few dozen, and a post that leaves takes its name along.
 */
export function createCrowdedPosts() {
  /** Post text zone → the status ID of the post it belongs to, for the crowded zones only. */
  const crowded = new Map<Element, string>();
  let changed = false;

  const set = (zone: Element, id: string | undefined) => {
    if (crowded.get(zone) === id) return;
    if (id) crowded.set(zone, id);
    else crowded.delete(zone);
    changed = true;
  };

  return {
    /** Reads one post text again; `atLeast` 0 means the reader has the fade off. */
    check(zone: Element, atLeast: number) {
      if (!atLeast || !zone.matches(POST_TEXT)) return set(zone, undefined);
      set(zone, holdsDistinctCashtags(zone, atLeast) ? statusIdOf(zone) : undefined);
    },
    /** Forgets the text X took off the page. */
    dropDetached() {
      for (const zone of crowded.keys()) if (!zone.isConnected) set(zone, undefined);
    },
    /** The crowded posts' IDs if any came or went since the last call, else undefined. */
    takeChange(): string[] | undefined {
      if (!changed) return undefined;
      changed = false;
      return [...new Set(crowded.values())];
    },
    clear() {
      changed = crowded.size > 0;
      crowded.clear();
    },
  };
}

export type CrowdedPosts = ReturnType<typeof createCrowdedPosts>;

/**
 * At least `atLeast` different symbols by X's own rule. Counting `$` + letter first settles
 * nearly every post without walking its text: it can only over-count.
 */
export function holdsDistinctCashtags(zone: Element, atLeast: number): boolean {
  if ((zone.textContent?.match(CASHTAG_LIKE)?.length ?? 0) < atLeast) return false;
  const symbols = new Set(findTextCashtags(zone, { blocksBreakLines: false }).map(({ symbol }) => symbol));
  return symbols.size >= atLeast;
}

/** The status ID of the post around `zone`, from its own timestamp link; ads have none. */
export function statusIdOf(zone: Element): string | undefined {
  const href = zone.closest(POST)?.querySelector(POST_TIME_LINK)?.parentElement?.getAttribute('href');
  return href?.match(STATUS_ID)?.[1];
}
