import type { VirtualElement } from '@floating-ui/dom';
import { symbolOfMark } from './cashtag-mark';
import { FOCUSABLE_AROUND_PLAIN_TEXT, MARKED_CASHTAG } from './selectors';
import type { PlainCashtag, PlainTextCashtags } from './plain-text-cashtags';
import { readCashtagLook, type CashtagLook } from './theme';
import { watchTouch, type TouchHandlers } from './watch-touch';

/** A cashtag the reader is pointing at or has focused. */
export interface CashtagTarget {
  symbol: string;
  /** What the card is positioned against. */
  anchor: Element | VirtualElement;
  /** Where focus returns on Esc, and what gets `aria-describedby` while the card is open. */
  element: Element;
  /** Not one of X's links (a quoted post's span, a trend, a name): it gets no attribute from the card. */
  plain: boolean;
  /** Read when a card opens, not on every pointer move. */
  look(): CashtagLook;
}

export interface InteractionHandlers extends TouchHandlers {
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
  /** The cashtag in running text that is hovered or focused, whose cue is painted. */
  let hoveredText: PlainCashtag | undefined;
  let focusedText: PlainCashtag | undefined;
  let pointer: { target: Element; x: number; y: number } | undefined;
  let overZone = false;
  let frame = 0;
  /** What had focus when the window lost it: the browser hands focus back to it on return. */
  let focusToRestore: Element | null = null;
  /** The last press was a finger's: the focus it gives a link is a tap's, not the keyboard's. */
  let touched = false;
  const options = { capture: true, signal } as const;

  const emphasize = () => plain.emphasize(hoveredText ?? focusedText);
  const setHovered = (next: CashtagTarget | undefined, text?: PlainCashtag) => {
    if (sameTarget(hovered, next)) return;
    if (hovered) handlers.leave(hovered);
    hovered = next;
    hoveredText = text;
    emphasize();
    if (next) handlers.enter(next);
  };

  // Cashtags in running text need a caret hit-test; at most once per frame, and only over a zone.
  const hitTestPlain = () => {
    frame = 0;
    if (!pointer) return;
    const found = plain.hitTest(pointer.target, pointer.x, pointer.y);
    if (found) setHovered(plainTarget(found), found);
    else if (hoveredText) setHovered(undefined);
  };

  // Links: `pointerover` fires once per element entered, so hovering costs one `closest` per move
  // between elements, not per pixel.
  window.addEventListener(
    'pointerover',
    (event) => {
      const target = event.target as Element;
      // A finger does not hover: its taps are watch-touch.ts's.
      if (isOurs(target) || event.pointerType === 'touch') return;
      const link = linkTarget(target);
      overZone = !link && plain.holds(target);
      if (link) setHovered(link);
      else if (hovered && (!hoveredText || !overZone)) setHovered(undefined);
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
      // Coming back to the tab is not moving to a cashtag: the focus it restores opens nothing. Nor
      // does the focus a tap gives: the card would cover where the tap's click lands.
      const restored = target === focusToRestore;
      focusToRestore = null;
      if (restored || touched || isOurs(target)) return;
      const found = linkTarget(target) ?? focusTargetIn(target);
      if (found) handlers.focus(found);
    },
    options,
  );
  window.addEventListener(
    'focusout',
    (event) => {
      const target = event.target as Element;
      if (isOurs(target)) return;
      const found = linkTarget(target) ?? focusTargetIn(target);
      if (focusedText) {
        focusedText = undefined;
        emphasize();
      }
      if (found) handlers.blur(found, event.relatedTarget);
    },
    options,
  );
  window.addEventListener(
    'click',
    (event) => {
      const touch = (event as PointerEvent).pointerType === 'touch';
      if (touch || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
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
      touched = false;
      handlers.keydown(event);
    },
    options,
  );
  window.addEventListener(
    'pointerdown',
    (event) => {
      focusToRestore = null;
      touched = event.pointerType === 'touch';
      handlers.pointerdown(event);
    },
    { ...options, passive: true },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  watchTouch(window, cashtagAt, handlers, isOurs, signal);

  /** The cashtag under a finger: a marked one, or one in running text. */
  function cashtagAt(target: Element, x: number, y: number): CashtagTarget | undefined {
    const marked = linkTarget(target);
    if (marked) return marked;
    const found = plain.hitTest(target, x, y);
    return found && plainTarget(found);
  }

  /**
   * Focus on a trend row, a display-name link, a link card or a quoted post opens the card of the
   * first cashtag whose text the focused element itself holds; Esc brings focus back to it.
   */
  function focusTargetIn(element: Element): CashtagTarget | undefined {
    const found = plain.firstIn(element);
    if (!found) return undefined;
    if ('mark' in found) return { ...markTarget(found.mark)!, element, plain: true };
    focusedText = found.cashtag;
    emphasize();
    return { ...plainTarget(found.cashtag), element };
  }
}

/** A marked cashtag: one of X's links, or the span X draws for an unlinked one. */
function linkTarget(node: Element | null): CashtagTarget | undefined {
  const marked = node?.closest?.(MARKED_CASHTAG);
  return marked ? markTarget(marked) : undefined;
}

function markTarget(marked: Element): CashtagTarget | undefined {
  const symbol = symbolOfMark(marked);
  // Only X's links take focus and an accessible description, and carry X's accent inline.
  const plain = marked.localName !== 'a';
  return symbol
    ? { symbol, anchor: marked, element: marked, plain, look: () => readCashtagLook(marked, plain) }
    : undefined;
}

function plainTarget({ symbol, range, zone }: PlainCashtag): CashtagTarget {
  const focusable = range.startContainer.parentElement?.closest(FOCUSABLE_AROUND_PLAIN_TEXT) ?? zone;
  return {
    symbol,
    anchor: {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: zone,
    },
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
