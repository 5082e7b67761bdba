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
export function watchPage(root: Element, onChanges: (changes: PageChanges) => void, ignore: (node: Node) => boolean): () => void {
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
      } else {
        // Text edited in place (characterData) or a link's href swapped (attributes).
        const element = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
        if (element && !ignore(element)) pending.edited.add(element);
      }
    }
    if (!frame && (pending.added.size || pending.edited.size || pending.removed)) frame = requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });

  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
}
