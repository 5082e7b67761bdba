import { MARKED_CASHTAG } from './selectors';

/** What changed on the page since the last frame. */
export interface PageChanges {
  /** Roots of subtrees X added. */
  added: Set<Element>;
  /** Elements whose text or href X changed in place (a reused node while recycling a cell). */
  edited: Set<Element>;
  /** X removed something: time to let go of anything we hold in detached subtrees. */
  removed: boolean;
}

/**
 * One observer for the whole page. It only collects what changed; the work happens once per frame
 * on exactly those subtrees, so scrolling a long timeline costs what the new cells cost, never a
 * rescan of the page. Returns a function that stops watching.
 */
export function watchPage(
  root: Element,
  onChanges: (changes: PageChanges) => void,
  ignore: (node: Node) => boolean,
): () => void {
  const empty = (): PageChanges => ({ added: new Set(), edited: new Set(), removed: false });
  let pending = empty();
  let frame = 0;

  const flush = () => {
    frame = 0;
    const changes = pending;
    pending = empty();
    onChanges(changes);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        if (record.removedNodes.length) pending.removed = true;
        for (const node of record.addedNodes) {
          if (ignore(node)) continue;
          if (node.nodeType === Node.ELEMENT_NODE) pending.added.add(node as Element);
          // A bare text node: its parent's text changed.
          else if (node.parentElement) pending.edited.add(node.parentElement);
        }
      } else if (record.type === 'characterData') {
        // X rewrites counters and timestamps in place all the time; only text that now holds a `$`,
        // or that was one of our marks, can change a cashtag.
        const element = record.target.parentElement;
        if (
          element &&
          ((record.target as Text).data.includes('$') || element.closest(MARKED_CASHTAG)) &&
          !ignore(element)
        ) {
          pending.edited.add(element);
        }
      } else {
        // A link's href swapped (attributes).
        const element = record.target as Element;
        if (!ignore(element)) pending.edited.add(element);
      }
    }
    if (!frame && (pending.added.size || pending.edited.size || pending.removed)) frame = requestAnimationFrame(flush);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['href'],
  });

  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
}
