import type { OpenMode, TouchOpenMode } from '../settings/settings-shape';
import { close, pin, show, type Draft } from './card-moves';
import { onCardPointer, onCashtagPointer, onTimer } from './hover-intent';

/**
 * When the card opens and closes, as a pure function: an event and the current state in, the next
 * state and what to do out. No DOM and no timers here, so every rule of the README's "Using it"
 * is a unit test; `card-machine.ts` runs the timers and `card-controller.ts` performs the rest.
 */

/** What the machine needs of a cashtag: the same `anchor` is the same cashtag, `element` takes focus. */
export interface StateTarget {
  anchor: object;
  element: object;
  /** Plain text (a trend, a display name): it has no link of its own to describe. */
  plain: boolean;
}

export interface OpenCard<T extends StateTarget> {
  target: T;
  /** New for every opening, so the card's own state (a draft, "show more") never carries over. */
  opening: number;
  pinned: boolean;
  /** Opened by keyboard focus: the card shows how to get into it. */
  keyboard: boolean;
}

export interface CardState<T extends StateTarget> {
  open?: OpenCard<T>;
  /** The cashtag whose hover delay is running: a new target starts the timer again. */
  pending?: T;
  /** The grace period running, by number (0: none): a new number starts the timer again. */
  closing: number;
  /** Grace periods started so far: where the numbers come from. */
  graces: number;
  /** The card holds unsaved note text: a pointer move or a stray click must not close it. */
  dirty: boolean;
  /** We are moving focus back to this element: that focus must not reopen the card. */
  returningFocusTo?: object;
  openings: number;
}

export type CardTimer = 'open' | 'close';

export type CardEvent<T extends StateTarget> =
  | { type: 'pointerEnter' | 'pointerLeave'; target: T }
  | { type: 'cardPointerEnter' | 'cardPointerLeave' }
  | { type: 'focus'; target: T }
  /** `intoCard`: focus moves from the cashtag into our card. */
  | { type: 'blur'; target: T; intoCard: boolean }
  | { type: 'click'; target: T }
  /** `inCard`: pressed inside our card; `onCashtag`: focus is on the open card's cashtag. */
  | { type: 'key'; key: 'Escape' | 'ArrowDown'; inCard: boolean; onCashtag: boolean }
  /** A press that is neither on the card nor on its cashtag. */
  | { type: 'pointerDownOutside' }
  /** Touch: a tap or a long press on a cashtag, a tap anywhere else. */
  | { type: 'tap' | 'longPress'; target: T }
  | { type: 'tapOutside' }
  /** From the card itself: a click on it or the note editor pins it; its close button dismisses it. */
  | { type: 'pin' | 'dismiss' }
  | { type: 'dirty'; dirty: boolean }
  | { type: 'timer'; timer: CardTimer }
  /** The page navigated, the cashtag scrolled away or left the page, or its symbol has no answer. */
  | { type: 'navigate' | 'lost' | 'unavailable' }
  | { type: 'focusReturned' };

/**
 * What the machine asks the page to do. Its two timers are not effects: the state says which
 * run (`pending`, `closing`) and `card-machine.ts` keeps real timers in step with it.
 * `render` draws the card as the state says (open, and described unless pinned; or hidden);
 * `place` puts a new opening next to its cashtag; `returnFocus` moves focus to
 * `returningFocusTo`; `consume` keeps the event from X.
 */
export type CardEffect = 'render' | 'place' | 'focusCard' | 'returnFocus' | 'consume';

/** What the rules depend on outside the state: the reader's settings, and whether a symbol has a card. */
export interface CardRules<T extends StateTarget> {
  openOn: OpenMode;
  touchOpen: TouchOpenMode;
  hoverDelayMs: number;
  hasCard(target: T): boolean;
}

export interface Transition<T extends StateTarget> {
  state: CardState<T>;
  effects: CardEffect[];
}

export type CardPhase = 'closed' | 'opening' | 'open' | 'closing' | 'pinned';

export function initialCardState<T extends StateTarget>(): CardState<T> {
  return { closing: 0, graces: 0, dirty: false, openings: 0 };
}

/** One word for the state, shown on our host element so tests can wait on it. */
export function cardPhase(state: CardState<StateTarget>): CardPhase {
  if (state.open) return state.open.pinned ? 'pinned' : state.closing ? 'closing' : 'open';
  return state.pending ? 'opening' : 'closed';
}

export function nextCardState<T extends StateTarget>(
  state: CardState<T>,
  event: CardEvent<T>,
  rules: CardRules<T>,
): Transition<T> {
  const draft: Draft<T> = { state: { ...state }, effects: [] };
  apply(draft, event, rules);
  return draft;
}

function apply<T extends StateTarget>(draft: Draft<T>, event: CardEvent<T>, rules: CardRules<T>): void {
  const { state } = draft;
  const { open } = state;
  switch (event.type) {
    case 'pointerEnter':
    case 'pointerLeave':
      onCashtagPointer(draft, event.type, event.target, rules);
      break;
    case 'cardPointerEnter':
    case 'cardPointerLeave':
      onCardPointer(draft, event.type);
      break;
    case 'timer':
      onTimer(draft, event.timer, rules);
      break;
    case 'focus':
      if (!state.returningFocusTo && rules.openOn === 'hover-focus' && !open?.pinned) {
        show(draft, event.target, rules, 'keyboard');
      }
      break;
    case 'blur':
      if (open && !open.pinned && open.target.element === event.target.element && !event.intoCard) close(draft);
      break;
    case 'click':
      // Only in "open on click" mode is a click on a cashtag ours.
      if (rules.openOn === 'click') toggle(draft, event.target, true, rules);
      break;
    case 'tap':
      // A touch screen has no hover: a tap opens the card pinned in every mode, a second tap closes it;
      // unless the reader chose long presses, and a tap follows X's link.
      if (rules.touchOpen === 'tap') toggle(draft, event.target, false, rules);
      break;
    case 'longPress':
      show(draft, event.target, rules, 'pinned');
      draft.effects.push('consume');
      break;
    case 'key':
      onKey(draft, event);
      break;
    case 'pointerDownOutside':
    case 'tapOutside':
      // A press outside closes a pinned card; a tap, any card. Unsaved text keeps it open.
      if (open && !state.dirty && (open.pinned || event.type === 'tapOutside')) close(draft);
      break;
    case 'pin':
      pin(draft);
      break;
    case 'dismiss':
      close(draft, true);
      break;
    case 'dirty':
      state.dirty = event.dirty;
      break;
    case 'navigate':
    case 'lost':
    case 'unavailable':
      close(draft);
      break;
    case 'focusReturned':
      state.returningFocusTo = undefined;
  }
}

/** Opens the card pinned, or closes it when it is already pinned on this cashtag; the event is ours. */
function toggle<T extends StateTarget>(draft: Draft<T>, target: T, returnFocus: boolean, rules: CardRules<T>) {
  const { open } = draft.state;
  if (open?.pinned && open.target.anchor === target.anchor) close(draft, returnFocus);
  else show(draft, target, rules, 'pinned');
  draft.effects.push('consume');
}

function onKey<T extends StateTarget>(draft: Draft<T>, event: CardEvent<T> & { type: 'key' }): void {
  if (!draft.state.open) return;
  if (event.key === 'Escape') {
    close(draft, event.inCard || event.onCashtag);
    draft.effects.push('consume');
  } else if (!event.inCard && event.onCashtag) {
    // ↓ on the cashtag takes the reader into the card, which stays until they leave it.
    pin(draft);
    draft.effects.push('focusCard', 'consume');
  }
}
