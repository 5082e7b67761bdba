import {
  autoUpdate,
  computePosition,
  flip,
  getOverflowAncestors,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** What the card points at: one of X's links, or a range of plain text wrapped as a virtual element. */
export type CardAnchor = Element | VirtualElement;

const VIEWPORT_MARGIN = 8;

/**
 * Keeps the card next to its cashtag and wholly inside the viewport: below it if there is room,
 * above if not, shifted sideways at the edges, and scrolling inside itself when the window is short.
 * Follows the cashtag while any ancestor scrolls (X's timeline, X Pro's columns); calls `onLost`
 * when the cashtag scrolls out of sight or X recycles its cell.
 */
export function positionCard(anchor: CardAnchor, card: HTMLElement, onLost: () => void): () => void {
  const element = anchor instanceof Element ? anchor : anchor.contextElement;
  let clippers: Element[] = [];
  let stopFollowing: (() => void) | undefined;
  let stopped = false;

  const place = async () => {
    const { x, y } = await computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        // Below or above, whichever has more room; size() then makes a tall card scroll inside.
        flip({ padding: VIEWPORT_MARGIN, fallbackStrategy: 'bestFit' }),
        shift({ padding: VIEWPORT_MARGIN }),
        size({
          padding: VIEWPORT_MARGIN,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    if (!stopped) card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  const update = () => {
    if (stopped) return;
    if (element && !element.isConnected) return onLost();
    if (!isVisible(anchor.getBoundingClientRect(), clippers)) return onLost();
    void place();
  };

  // Place the card for its first frame now; start following scrolls and resizes once that frame
  // is painted, so the reader sees the card before any of that bookkeeping runs.
  void place();
  const frame = requestAnimationFrame(() =>
    setTimeout(() => {
      if (stopped) return;
      // The containers that can hide the cashtag (X Pro's columns, the timeline), found once.
      clippers = element
        ? getOverflowAncestors(element).filter((ancestor): ancestor is Element => ancestor instanceof Element)
        : [];
      stopFollowing = autoUpdate(anchor, card, update);
    }),
  );
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    stopFollowing?.();
  };
}

/** The cashtag still shows: inside the viewport and inside every scrolling container around it. */
function isVisible(
  box: DOMRect | { top: number; bottom: number; left: number; right: number },
  clippers: readonly Element[],
): boolean {
  const inside = (outer: { top: number; bottom: number; left: number; right: number }) =>
    box.bottom > outer.top && box.top < outer.bottom && box.right > outer.left && box.left < outer.right;
  if (!inside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
  return clippers.every((clipper) => inside(clipper.getBoundingClientRect()));
}
