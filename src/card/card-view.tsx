import { render } from 'preact';
import type { LookupResult } from '../context/lookup';
import type { Locale, Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import type { CashtagTarget } from '../page/watch-cashtag-interactions';
import type { PageTheme } from '../page/theme';
import type { Note, Notes } from '../settings/note-shape';
import type { Settings, TickerList } from '../settings/settings-shape';
import { Card } from './Card';
import { CARD_HOST, mountCardHost, type CardHost } from './card-host';
import { keepTabInside } from './card-accessibility';
import type { CardEvent, CardPhase, OpenCard } from './card-state';
import { closeOnSwipeDown } from './card-swipe';
import type { NoteDrafts } from './note-drafts';
import { positionCard } from './position-card';
import { DEFAULT_ACCENT, themeTokens } from './theme-tokens';

/** Until X's own font has been read from a cashtag. */
const FALLBACK_FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** What the card is drawn from, read when it is drawn. */
export interface CardViewEnvironment {
  document: Document;
  settings: () => Settings;
  locale: () => Locale;
  t: () => Translate<CardMessageKey>;
  /** The card's stylesheet (see card-css.ts), from the background with the knowledge. */
  css: () => string;
  theme: () => PageTheme;
  notes: () => Notes;
  saveNote: (symbol: string, text: string) => Promise<void>;
  openFullContext: (symbol: string) => void;
  /** Watch or mute a ticker (or stop): a settings change, which reaches every X tab. */
  setTicker: (symbol: string, list: TickerList, on: boolean) => Promise<unknown>;
}

/**
 * The card on screen: our shadow root (made on first use: most page views never open a card),
 * the Preact render, X's theme and font on it, and its place next to the cashtag. What the reader
 * does to the card itself goes to the state machine through `send`.
 */
export function createCardView(
  env: CardViewEnvironment,
  send: (event: CardEvent<CashtagTarget>) => boolean,
  drafts: NoteDrafts,
) {
  let ui: CardHost | undefined;
  let pinned = false;
  let stopPositioning: (() => void) | undefined;
  let looked: CashtagTarget | undefined;
  let accent = DEFAULT_ACCENT;
  /** X's font stack, read once: it does not change while the page lives. */
  let font: string | undefined;

  const mount = (): CardHost => {
    if (ui) return ui;
    ui = mountCardHost(env.document, env.css());
    const { container, shadow } = ui;
    container.addEventListener('pointerenter', () => send({ type: 'cardPointerEnter' }));
    container.addEventListener('pointerleave', () => send({ type: 'cardPointerLeave' }));
    closeOnSwipeDown(container, () => send({ type: 'dismiss' }));
    // Keys inside the card: Esc closes it and returns to the cashtag; Tab stays within a pinned card.
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        if (send({ type: 'key', key: 'Escape', inCard: true, onCashtag: false })) event.preventDefault();
      } else if (event.key === 'Tab' && pinned) {
        keepTabInside(event, container, shadow);
      }
    });
    return ui;
  };

  /** Reads X's look from the cashtag once per opening, not on every redraw. */
  const lookOf = (target: CashtagTarget) => {
    if (looked === target) return;
    looked = target;
    const look = target.look();
    // Plain text has no accent of its own: it borrows the last link's.
    accent = look.accent ?? accent;
    font ??= look.font() || FALLBACK_FONT;
  };

  /** Draws `card` with `result`, its symbol's answer; without them, hides it. */
  function draw(card?: OpenCard<CashtagTarget>, result?: LookupResult) {
    pinned = !!card?.pinned;
    if (!card || !result) {
      stopPositioning?.();
      stopPositioning = undefined;
      // Hidden, not unrendered: the next card reuses these nodes instead of building them again.
      if (ui) ui.container.hidden = true;
      return;
    }
    const { container } = mount();
    lookOf(card.target);
    container.hidden = false;
    const settings = env.settings();
    const tokens = themeTokens(env.theme(), settings.theme, accent, font!);
    container.setAttribute(
      'style',
      Object.entries(tokens)
        .map(([key, value]) => `${key}: ${value}`)
        .join('; '),
    );
    render(
      <Card
        openingId={card.opening}
        result={result}
        locale={env.locale()}
        t={env.t()}
        size={settings.cardSize}
        showTimeline={settings.showTimeline}
        pinned={card.pinned}
        keyboard={card.keyboard}
        note={env.notes()[result.symbol] as Note | undefined}
        draft={drafts.get(result.symbol)}
        keepDraft={(text) => drafts.keep(result.symbol, text)}
        searchHref={`/search?q=${encodeURIComponent(`$${result.symbol}`)}&src=cashtag_click`}
        saveNote={(text) => env.saveNote(result.symbol, text)}
        openFull={() => env.openFullContext(result.symbol)}
        close={() => send({ type: 'dismiss' })}
        pin={() => send({ type: 'pin' })}
        setDirty={(dirty) => send({ type: 'dirty', dirty })}
        tickers={{
          watched: settings.watched.includes(result.symbol),
          muted: settings.muted.includes(result.symbol),
          setTicker: (list, on) => env.setTicker(result.symbol, list, on),
        }}
      />,
      container,
    );
  }

  const cardElement = () => ui?.container.querySelector<HTMLElement>('.card') ?? null;

  return {
    /** Our host, once made. */
    host: () => ui?.host,
    draw,
    /** Puts the drawn card next to `target` and keeps it there; `lost` when the cashtag goes. */
    place(target: CashtagTarget, lost: () => void) {
      stopPositioning?.();
      const card = cardElement();
      stopPositioning = card ? positionCard(target.anchor, card, lost) : undefined;
    },
    /**
     * The machine's phase on our own host element, for tests to wait on. The host is made as soon
     * as a card may open, so even a quick pass over a cashtag is seen there.
     */
    showPhase(phase: CardPhase) {
      if (!ui && phase === 'closed') return;
      // Written only when it changes: a pointer moving over X's posts must not write on every move.
      const { host } = mount();
      if (host.dataset.state !== phase) host.dataset.state = phase;
    },
    focusCard: () => cardElement()?.focus({ preventScroll: true }),
    contains: (node: EventTarget | null) => !!ui && node instanceof Node && ui.host.contains(node),
    remove() {
      draw();
      if (!ui) return;
      render(null, ui.container);
      ui.remove();
      ui = undefined;
    },
  };
}

export type CardView = ReturnType<typeof createCardView>;

/** Our own nodes, wherever they are: the scan must not read them as X's. */
export function isCardNode(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(CARD_HOST) != null;
}

/** A previous copy of this script that could not clean up (Firefox unloads it outright) left its host. */
export function removeCardHostLeftovers(document: Document): void {
  for (const host of document.querySelectorAll(CARD_HOST)) host.remove();
}
