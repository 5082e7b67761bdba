import type { CashtagTarget } from './watch-cashtag-interactions';

/** Longer than a tap, shorter than the browser's own link menu (about 500 ms on Android). */
export const LONG_PRESS_MS = 450;

export interface TouchHandlers {
  /** A tap on a cashtag; return true to take it from X (the card opened or closed). */
  tap(target: CashtagTarget): boolean;
  tapOutside(): void;
  /** The reader's setting: a long press opens the card (and must not open the browser's link menu). */
  pressOpens(): boolean;
  longPress(target: CashtagTarget): void;
}

/**
 * Taps and long presses on cashtags, told apart from the mouse by each event's `pointerType`
 * (Firefox's touch emulation matches no `(pointer: coarse)`). Only passive pointer listeners and
 * `click`: nothing runs while the reader scrolls, and only a touch's click on a cashtag is taken.
 */
export function watchTouch(
  window: Window,
  cashtagAt: (target: Element, x: number, y: number) => CashtagTarget | undefined,
  handlers: TouchHandlers,
  isOurs: (node: EventTarget | null) => boolean,
  signal: AbortSignal,
): void {
  const options = { capture: true, signal } as const;
  const passive = { ...options, passive: true } as const;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A cashtag held by a finger while long presses open cards: its link menu is ours to prevent. */
  let held = false;
  /** A long press opened a card: a click the browser may still send for it is ours as well. */
  let opened = false;
  const release = () => {
    clearTimeout(timer);
    held = false;
  };

  window.addEventListener(
    'pointerdown',
    (event) => {
      release();
      opened = false;
      if (event.pointerType !== 'touch' || isOurs(event.target) || !handlers.pressOpens()) return;
      const target = cashtagAt(event.target as Element, event.clientX, event.clientY);
      if (!target) return;
      held = true;
      timer = setTimeout(() => {
        opened = true;
        handlers.longPress(target);
      }, LONG_PRESS_MS);
    },
    passive,
  );
  // A lifted finger ends the press; so does a scroll, which the browser reports as a cancel.
  for (const type of ['pointerup', 'pointercancel']) window.addEventListener(type, release, passive);
  window.addEventListener(
    'contextmenu',
    (event) => {
      if (held || opened) event.preventDefault();
    },
    options,
  );
  window.addEventListener(
    'click',
    (event) => {
      if ((event as PointerEvent).pointerType !== 'touch' || isOurs(event.target)) return;
      const target = !opened && cashtagAt(event.target as Element, event.clientX, event.clientY);
      if (target ? handlers.tap(target) : opened) {
        event.preventDefault();
        event.stopPropagation();
      } else if (!target) handlers.tapOutside();
      opened = false;
    },
    options,
  );
  signal.addEventListener('abort', release);
}
