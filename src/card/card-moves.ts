import type { CardEffect, CardRules, CardState, StateTarget } from './card-state';

/**
 * The next state while a rule builds it: the rules change this copy of the state and list what is
 * to be done, so each rule reads as a few plain steps.
 */
export interface Draft<T extends StateTarget> {
  state: CardState<T>;
  effects: CardEffect[];
}

/**
 * Opens (or re-opens) the card for `target`: by the pointer, by keyboard focus (the card says how
 * to enter it), or pinned. A symbol without an answer opens nothing.
 */
export function show<T extends StateTarget>(
  draft: Draft<T>,
  target: T,
  rules: CardRules<T>,
  how: 'pointer' | 'keyboard' | 'pinned' = 'pointer',
): void {
  cancelTimers(draft);
  if (!rules.hasCard(target)) return;
  const { state } = draft;
  const again = state.open?.target.anchor === target.anchor ? state.open : undefined;
  if (!again) state.openings++;
  state.open = {
    target,
    opening: again ? again.opening : state.openings,
    pinned: how === 'pinned' || !!again?.pinned,
    keyboard: how === 'keyboard',
  };
  state.dirty = false;
  draft.effects.push('render', 'place');
}

/** Closes the card, and with it any hover delay or grace period still running. */
export function close<T extends StateTarget>(draft: Draft<T>, returnFocus = false): void {
  cancelTimers(draft);
  hide(draft, returnFocus);
}

/** Closes the card and nothing else: a hover delay running for another cashtag goes on. */
export function hide<T extends StateTarget>(draft: Draft<T>, returnFocus: boolean): void {
  const { state } = draft;
  const { open } = state;
  if (!open) return;
  state.open = undefined;
  state.dirty = false;
  draft.effects.push('render');
  if (!returnFocus) return;
  // Last: the focus we move fires events that come back to the machine and must see it closed.
  state.returningFocusTo = open.target.element;
  draft.effects.push('returnFocus');
}

export function pin<T extends StateTarget>(draft: Draft<T>): void {
  const { open } = draft.state;
  if (!open || open.pinned) return;
  draft.state.open = { ...open, pinned: true };
  cancelTimers(draft);
  draft.effects.push('render');
}

/** Stops the hover delay and the grace period. */
function cancelTimers<T extends StateTarget>({ state }: Draft<T>): void {
  state.pending = undefined;
  state.closing = 0;
}
