import type { VirtualElement } from '@floating-ui/dom';
import { CASHTAG_ATTRIBUTE, FOCUSABLE_AROUND_PLAIN_TEXT, MARKED_CASHTAG } from './selectors';
import type { PlainCashtag, PlainTextCashtags } from './plain-text-cashtags';
import { readCashtagLook, type CashtagLook } from './theme';

/** A cashtag the reader is pointing at or has focused. */
export interface CashtagTarget {
  symbol: string;
  /** What the card is positioned against. */
  anchor: Element | VirtualElement;
  /** Where focus returns on Esc, and what gets `aria-describedby` while the card is open. */
  element: Element;
  plain: boolean;
  /** Read when a card opens, not on every pointer move. */
  look(): CashtagLook;
}

export interface InteractionHandlers {
  enter(target: CashtagTarget): void;
  leave(target: CashtagTarget): void;
  focus(target: CashtagTarget): void;
  blur(target: CashtagTarget, next: EventTarget | null): void;
  /** Return true to take the click from X (open-on-click mode). */
  click(target: CashtagTarget, event: MouseEvent): boolean;
  keydown(event: KeyboardEvent): void;
  pointerdown(event: PointerEvent): void;
}

/**
 * Turns pointer, focus and keyboard events on the page into cashtag events. Listeners sit on the
 * window, never on X's nodes, so they cost nothing per cashtag and survive X re-rendering cells.
 * `isOurs` tells events from inside our own card apart, so moving into the card is not "leaving".
 */
export function watchCashtagInteractions(
  window: Window,
  plain: PlainTextCashtags,
  handlers: InteractionHandlers,
  isOurs: (node: EventTarget | null) => boolean,
  signal: AbortSignal,
): void {
  let hovered: CashtagTarget | undefined;
  let pointer: { target: Element; x: number; y: number } | undefined;
  let overZone = false;
  let frame = 0;
  /** What had focus when the window lost it: the browser hands focus back to it on return. */
  let focusToRestore: Element | null = null;
  const options = { capture: true, signal } as const;

  const setHovered = (next: CashtagTarget | undefined) => {
    if (sameTarget(hovered, next)) return;
    if (hovered) handlers.leave(hovered);
    hovered = next;
    if (next) handlers.enter(next);
  };

  // Plain-text cashtags need a caret hit-test; do it at most once per frame, and only over a zone.
  const hitTestPlain = () => {
    frame = 0;
    if (!pointer) return;
    const found = plain.hitTest(pointer.target, pointer.x, pointer.y);
    if (found) setHovered(plainTarget(found));
    else if (hovered?.plain) setHovered(undefined);
  };

  // Links: `pointerover` fires once per element entered, so hovering costs one `closest` per move
  // between elements, not per pixel.
  window.addEventListener(
    'pointerover',
    (event) => {
      const target = event.target as Element;
      if (isOurs(target)) return;
      const link = linkTarget(target);
      overZone = !link && plain.holds(target);
      if (link) setHovered(link);
      else if (hovered && (!hovered.plain || !overZone)) setHovered(undefined);
    },
    { ...options, passive: true },
  );
  // Plain text: a caret hit-test, at most once per frame, and only while over a zone that has one.
  window.addEventListener(
    'pointermove',
    (event) => {
      if (!overZone) return;
      pointer = { target: event.target as Element, x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(hitTestPlain);
    },
    { ...options, passive: true },
  );
  window.addEventListener(
    'pointerout',
    (event) => {
      // Moving into our card is the card's business; leaving the window ends any hover.
      if (!event.relatedTarget) setHovered(undefined);
    },
    { ...options, passive: true },
  );
  window.addEventListener(
    'blur',
    (event) => {
      if (!(event.target instanceof Node)) focusToRestore = window.document.activeElement;
    },
    options,
  );
  window.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element;
      // Coming back to the tab is not moving to a cashtag: the focus it restores opens nothing.
      const restored = target === focusToRestore;
      focusToRestore = null;
      if (restored || isOurs(target)) return;
      const found = linkTarget(target) ?? plainFocusTarget(target);
      if (found) handlers.focus(found);
    },
    options,
  );
  window.addEventListener(
    'focusout',
    (event) => {
      const target = event.target as Element;
      if (isOurs(target)) return;
      const found = linkTarget(target) ?? plainFocusTarget(target);
      if (found) handlers.blur(found, event.relatedTarget);
    },
    options,
  );
  window.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const found = linkTarget(event.target as Element);
      if (found && handlers.click(found, event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    options,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      focusToRestore = null;
      handlers.keydown(event);
    },
    options,
  );
  window.addEventListener(
    'pointerdown',
    (event) => {
      focusToRestore = null;
      handlers.pointerdown(event);
    },
    { ...options, passive: true },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));

  function plainFocusTarget(element: Element): CashtagTarget | undefined {
    const found = plain.firstIn(element);
    return found && { ...plainTarget(found), element };
  }
}

function linkTarget(node: Element | null): CashtagTarget | undefined {
  const link = node?.closest?.(MARKED_CASHTAG);
  const symbol = link?.getAttribute(CASHTAG_ATTRIBUTE);
  return link && symbol ? { symbol, anchor: link, element: link, plain: false, look: () => readCashtagLook(link, false) } : undefined;
}

function plainTarget({ symbol, range, zone }: PlainCashtag): CashtagTarget {
  const focusable = range.startContainer.parentElement?.closest(FOCUSABLE_AROUND_PLAIN_TEXT) ?? zone;
  return {
    symbol,
    anchor: { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement: zone },
    element: focusable,
    plain: true,
    look: () => readCashtagLook(zone, true),
  };
}

function sameTarget(a: CashtagTarget | undefined, b: CashtagTarget | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.plain || b.plain) return a.symbol === b.symbol && a.element === b.element;
  return a.anchor === b.anchor;
}
