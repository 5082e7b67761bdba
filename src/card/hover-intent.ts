import { hide, show, type Draft } from './card-moves';
import type { CardRules, CardTimer, StateTarget } from './card-state';

/**
 * Hover intent: the pointer must rest on a cashtag for the hover delay before its card opens, so
 * a quick pass opens nothing; once open, leaving the cashtag starts a grace period in which the
 * pointer may travel into the card, and leaving both closes it.
 */

/** Time to travel from the cashtag into the card before it closes. */
export const CLOSE_GRACE_MS = 300;

export function onCashtagPointer<T extends StateTarget>(
  draft: Draft<T>,
  type: 'pointerEnter' | 'pointerLeave',
  target: T,
  rules: CardRules<T>,
): void {
  const { open } = draft.state;
  if (type === 'pointerLeave') {
    if (open?.target.anchor !== target.anchor) draft.state.pending = undefined;
    // A card opened by the keyboard is not the pointer's to close.
    if (open && !open.keyboard) scheduleClose(draft);
    return;
  }
  if (rules.openOn === 'click' || open?.pinned) return;
  if (open?.target.anchor === target.anchor) draft.state.closing = 0;
  else if (rules.hoverDelayMs <= 0) show(draft, target, rules);
  else draft.state.pending = target;
}

export function onCardPointer<T extends StateTarget>(draft: Draft<T>, type: 'cardPointerEnter' | 'cardPointerLeave') {
  if (type === 'cardPointerEnter') draft.state.closing = 0;
  else scheduleClose(draft);
}

export function onTimer<T extends StateTarget>(draft: Draft<T>, timer: CardTimer, rules: CardRules<T>): void {
  const { pending } = draft.state;
  if (timer === 'open') {
    if (pending) show(draft, pending, rules);
    return;
  }
  // The pointer may already rest on another cashtag: its hover delay goes on.
  draft.state.closing = 0;
  hide(draft, false);
}

/** Starts (or starts again) the grace period, unless the card is pinned or holds unsaved text. */
function scheduleClose<T extends StateTarget>(draft: Draft<T>): void {
  const { state } = draft;
  if (!state.open || state.open.pinned || state.dirty) return;
  state.closing = ++state.graces;
}
