import {
  initialCardState,
  nextCardState,
  type CardEffect,
  type CardEvent,
  type CardRules,
  type CardState,
  type CardTimer,
  type StateTarget,
} from './card-state';

import { CLOSE_GRACE_MS } from './hover-intent';

/** The effects the page performs; `consume` is the machine's answer to `send`. */
export type PageEffect = Exclude<CardEffect, 'consume'>;
export type PerformEffect<T extends StateTarget> = (effect: PageEffect, state: CardState<T>) => void;

/**
 * Runs the card's state machine: holds the current state, keeps its two timers (the hover delay
 * and the grace period) in step with it and hands every other effect to `perform`. Events sent
 * while effects run (the focus we move back to a cashtag) see the new state at once. `settled`
 * hears the state after each event.
 */
export function createCardMachine<T extends StateTarget>(
  rules: () => CardRules<T>,
  perform: PerformEffect<T>,
  settled: (state: CardState<T>) => void = () => {},
) {
  let state = initialCardState<T>();
  const timers: Record<CardTimer, ReturnType<typeof setTimeout> | undefined> = { open: undefined, close: undefined };

  /** Stops `timer`, and starts it again for `ms` if given. */
  const setTimer = (timer: CardTimer, ms?: number) => {
    clearTimeout(timers[timer]);
    timers[timer] = ms === undefined ? undefined : setTimeout(() => send({ type: 'timer', timer }), ms);
  };

  /** Returns whether the event was ours (X must not act on it). */
  function send(event: CardEvent<T>): boolean {
    const current = rules();
    const before = state;
    const transition = nextCardState(state, event, current);
    state = transition.state;
    if (state.pending !== before.pending) setTimer('open', state.pending && current.hoverDelayMs);
    if (state.closing !== before.closing) setTimer('close', state.closing ? CLOSE_GRACE_MS : undefined);
    let consumed = false;
    for (const effect of transition.effects) {
      if (effect === 'consume') consumed = true;
      else {
        perform(effect, state);
        // The focus events that caused have been heard: later focus is the reader's own.
        if (effect === 'returnFocus') send({ type: 'focusReturned' });
      }
    }
    settled(state);
    return consumed;
  }

  return {
    send,
    state: () => state,
    /** The extension is going away: no timer may fire into a torn-down card. */
    stop() {
      setTimer('open');
      setTimer('close');
    },
  };
}

export type CardMachine<T extends StateTarget> = ReturnType<typeof createCardMachine<T>>;
