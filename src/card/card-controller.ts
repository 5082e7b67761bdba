import type { Knowledge, LookupResult } from '../context/lookup';
import type { CashtagTarget, InteractionHandlers } from '../page/watch-cashtag-interactions';
import { createCashtagDescription, descriptionText, removeDescriptionLeftovers } from './card-accessibility';
import { createCardMachine, type PerformEffect } from './card-machine';
import { cardPhase, type CardEvent, type CardRules, type OpenCard } from './card-state';
import { createCardView, removeCardHostLeftovers, type CardViewEnvironment } from './card-view';
import { createNoteDrafts } from './note-drafts';

export interface CardEnvironment extends CardViewEnvironment {
  /** The content script's life: an orphaned script opens nothing, and its card goes with it. */
  lifetime: { readonly isInvalid: boolean; onInvalidated(callback: () => void): void };
  knowledge: () => Knowledge;
}

/**
 * One card at a time: turns the page layer's cashtag events into events of the card's state
 * machine (card-state.ts) and does what it decides: draw and place the card (card-view.tsx),
 * describe the cashtag to screen readers and keep Tab inside a pinned card
 * (card-accessibility.ts), move focus. Knows nothing of X's DOM beyond the targets it is handed.
 */
export function createCardController(env: CardEnvironment) {
  const drafts = createNoteDrafts();
  let description: ReturnType<typeof createCashtagDescription> | undefined;
  /** The last lookup, so deciding to open and drawing the card look the symbol up once. */
  let looked: { target: CashtagTarget; result: LookupResult | undefined } | undefined;
  const resultFor = (target: CashtagTarget) => {
    if (looked?.target !== target) looked = { target, result: env.knowledge().lookup(target.symbol) };
    return looked.result;
  };

  const rules = (): CardRules<CashtagTarget> => ({
    ...env.settings(),
    hasCard: (target) => !env.lifetime.isInvalid && !!resultFor(target),
  });
  // An orphaned script (the extension updated or disabled) notices here, on the reader's next
  // move, tears down and stays quiet.
  const send = (event: CardEvent<CashtagTarget>) => !env.lifetime.isInvalid && machine.send(event);
  const view = createCardView(env, send, drafts);

  const perform: PerformEffect<CashtagTarget> = (effect, state) => {
    const { open, returningFocusTo: element } = state;
    if (effect === 'render') draw(open);
    else if (effect === 'place' && open) view.place(open.target, () => send({ type: 'lost' }));
    else if (effect === 'focusCard') view.focusCard();
    else if (effect === 'returnFocus' && element instanceof HTMLElement && element.isConnected) {
      element.focus({ preventScroll: true });
    }
  };
  const machine = createCardMachine(rules, perform, (state) => view.showPhase(cardPhase(state)));

  /** Draws what the state says, and describes an unpinned card's cashtag link to screen readers. */
  function draw(open: OpenCard<CashtagTarget> | undefined) {
    const result = open && resultFor(open.target);
    view.draw(open, result);
    const host = view.host();
    if (open && !result) send({ type: 'unavailable' });
    else if (!open || !result || !host || open.pinned || open.target.plain) description?.clear();
    else {
      description ??= createCashtagDescription(host);
      description.describe(open.target.element, descriptionText(result, env.locale(), env.t(), env.settings().openOn));
    }
  }

  const on = (type: 'pointerEnter' | 'pointerLeave' | 'focus') => (target: CashtagTarget) =>
    void send({ type, target });
  const handlers: InteractionHandlers = {
    enter: on('pointerEnter'),
    leave: on('pointerLeave'),
    focus: on('focus'),
    blur: (target, next) => void send({ type: 'blur', target, intoCard: view.contains(next) }),
    click: (target) => send({ type: 'click', target }),
    tap: (target) => send({ type: 'tap', target }),
    tapOutside: () => void send({ type: 'tapOutside' }),
    pressOpens: () => env.settings().touchOpen === 'long-press',
    longPress: (target) => void send({ type: 'longPress', target }),
    keydown(event) {
      const { open } = machine.state();
      // Keys inside the card are the card's own (card-view.tsx).
      if (!open || fromCard(event)) return;
      const plainArrow = event.key === 'ArrowDown' && !event.altKey && !event.ctrlKey && !event.metaKey;
      const key = event.key === 'Escape' ? 'Escape' : plainArrow ? 'ArrowDown' : undefined;
      if (!key) return;
      const onCashtag = env.document.activeElement === open.target.element;
      if (send({ type: 'key', key, inCard: false, onCashtag })) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    pointerdown(event) {
      const { open } = machine.state();
      // Only a pinned card waits for a press outside; the path is read only then. A finger's press
      // may start a scroll of X's page, which must leave the card (the sheet) where it is: a tap
      // outside closes it through the click that follows (watch-touch.ts), a scroll sends none.
      if (!open?.pinned || event.pointerType === 'touch') return;
      if (fromCard(event) || event.composedPath().includes(open.target.element)) return;
      send({ type: 'pointerDownOutside' });
    },
  };

  /** The event started inside our card (its path, unlike its target, is never retargeted). */
  const fromCard = (event: Event) => {
    const host = view.host();
    return !!host && event.composedPath().includes(host);
  };

  const remove = () => {
    machine.send({ type: 'lost' });
    machine.stop();
    description?.clear();
    description = undefined;
    view.remove();
  };
  env.lifetime.onInvalidated(remove);

  return {
    handlers,
    isOurs: view.contains,
    /** Settings, language, theme or notes changed: redraw what is open. */
    refresh() {
      const { open } = machine.state();
      if (!open) return;
      looked = undefined;
      draw(open);
    },
    /** A pinned card belongs to the page it was opened on. */
    navigated: () => void send({ type: 'navigate' }),
    remove,
  };
}

export type CardController = ReturnType<typeof createCardController>;

/**
 * A previous copy of this script that could not clean up (Firefox unloads it outright on an
 * update) may have left its card host and a cashtag's description link behind.
 */
export function removeCardLeftovers(document: Document): void {
  removeCardHostLeftovers(document);
  removeDescriptionLeftovers(document);
}
