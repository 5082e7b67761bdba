import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** What the card points at: one of X's links, or a range of plain text wrapped as a virtual element. */
export type CardAnchor = Element | VirtualElement;

const VIEWPORT_MARGIN = 8;

/**
 * Keeps the card next to its cashtag and wholly inside the viewport: below it if there is room,
 * above if not, shifted sideways at the edges, and scrolling inside itself when the window is short.
 * Follows the cashtag while any ancestor scrolls (X's timeline, X Pro's columns); calls `onLost`
 * when the cashtag scrolls out of view or X recycles its cell.
 */
export function positionCard(anchor: CardAnchor, card: HTMLElement, onLost: () => void): () => void {
  const update = async () => {
    if (anchor instanceof Element && !anchor.isConnected) return onLost();
    const { x, y, middlewareData } = await computePosition(anchor, card, {
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
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (middlewareData.hide?.referenceHidden) return onLost();
    card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  return autoUpdate(anchor, card, () => void update());
}
