import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Knowledge, LookupResult } from '../context/lookup';
import type { Locale, Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import type { CashtagTarget, InteractionHandlers } from '../page/watch-cashtag-interactions';
import type { PageTheme } from '../page/theme';
import type { Note, Notes } from '../settings/note-shape';
import type { Settings } from '../settings/settings-shape';
import { pick } from '../i18n/locale';
import { Card } from './Card';
import buttonsCss from '../ui/buttons.css?inline';
import cardCss from './card.css?inline';
import timelineCss from '../ui/timeline.css?inline';
import { mountCardHost, type CardHost } from './card-host';
import { positionCard } from './position-card';
import { DEFAULT_ACCENT, themeTokens } from './theme-tokens';

export { CARD_HOST } from './card-host';
/** The cashtag's accessible description while its card is open: a node in our host's light DOM. */
export const CARD_DESCRIPTION_ID = 'cashtag-context-description';
const DESCRIPTION_ID = CARD_DESCRIPTION_ID;
/** Time to travel from the cashtag into the card before it closes. */
const CLOSE_GRACE_MS = 300;
const FOCUSABLE = 'button:not([disabled]), a[href], textarea, [tabindex="0"]';
/** Until X's own font has been read from a cashtag. */
const FALLBACK_FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export interface CardEnvironment {
  ctx: ContentScriptContext;
  document: Document;
  knowledge: () => Knowledge;
  settings: () => Settings;
  locale: () => Locale;
  t: () => Translate<CardMessageKey>;
  theme: () => PageTheme;
  notes: () => Notes;
  saveNote: (symbol: string, text: string) => Promise<void>;
  openFullContext: (symbol: string) => void;
}

interface OpenCard {
  /** New for every opening, so the card's own state (a draft, "show more") never carries over. */
  id: number;
  target: CashtagTarget;
  result: LookupResult;
  pinned: boolean;
  keyboard: boolean;
  accent: string;
  font: string;
  stopPositioning?: () => void;
}

/**
 * One card at a time. Decides when it opens and closes (hover intent, focus, click, Esc), mounts
 * our shadow root on first use, and draws the card with Preact. Knows nothing of X's DOM beyond the
 * targets the page layer hands it.
 */
export function createCardController(env: CardEnvironment) {
  let ui: CardHost | undefined;
  let open: OpenCard | undefined;
  let dirty = false;
  let openTimer = 0;
  let closeTimer = 0;
  let describedBy: { element: Element; previous: string | null } | undefined;
  /** Unsaved note text per ticker: whatever closes the card, the reader's typing stays here. */
  const drafts = new Map<string, string>();
  let openings = 0;
  /** Focus we move back to the cashtag must not reopen the card we just closed. */
  let restoringFocus = false;
  let accent = DEFAULT_ACCENT;
  /** X's font stack, read once: it does not change while the page lives. */
  let font: string | undefined;

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = 0;
  };
  env.ctx.onInvalidated(() => {
    clearTimers();
    close();
    unmount();
  });

  /** The shadow root is created on first use: most page views never open a card. */
  const mount = (): CardHost => {
    if (ui) return ui;
    ui = mountCardHost(env.document, cardCss + buttonsCss + timelineCss);
    const description = env.document.createElement('span');
    description.id = DESCRIPTION_ID;
    // Not slotted, so never rendered; it exists only as the cashtag's accessible description.
    ui.host.append(description);
    ui.container.addEventListener('pointerenter', () => clearTimeout(closeTimer));
    ui.container.addEventListener('pointerleave', () => {
      if (open && !open.pinned && !dirty) scheduleClose();
    });
    ui.container.addEventListener('keydown', onCardKeydown);
    return ui;
  };

  function unmount() {
    if (!ui) return;
    render(null, ui.container);
    ui.remove();
    ui = undefined;
  }

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_GRACE_MS);
  };

  function show(target: CashtagTarget, options: { pinned: boolean; keyboard: boolean }) {
    clearTimers();
    const result = env.knowledge().lookup(target.symbol);
    if (!result || env.ctx.isInvalid) return;
    const same = open?.target.anchor === target.anchor ? open : undefined;
    open?.stopPositioning?.();
    // Plain text has no accent of its own: it borrows the last link's.
    const look = target.look();
    accent = look.accent ?? accent;
    font ??= look.font() || FALLBACK_FONT;
    open = {
      id: same?.id ?? ++openings,
      target,
      result,
      pinned: options.pinned || !!same?.pinned,
      keyboard: options.keyboard,
      accent,
      font,
    };
    dirty = false;
    const mounted = mount();
    draw(mounted);
    const card = mounted.container.querySelector<HTMLElement>('.card');
    if (card) open.stopPositioning = positionCard(target.anchor, card, close);
    describe(target, result);
  }

  function draw(mounted = ui) {
    if (!mounted) return;
    if (!open) {
      // Hidden, not unrendered: the next card reuses these nodes instead of building them again.
      mounted.container.hidden = true;
      return;
    }
    mounted.container.hidden = false;
    const { result, pinned, keyboard } = open;
    const settings = env.settings();
    const locale = env.locale();
    const tokens = themeTokens(env.theme(), settings.theme, open.accent, open.font);
    mounted.container.setAttribute('style', Object.entries(tokens).map(([key, value]) => `${key}: ${value}`).join('; '));
    render(
      <Card
        openingId={open.id}
        result={result}
        locale={locale}
        t={env.t()}
        size={settings.cardSize}
        showTimeline={settings.showTimeline}
        pinned={pinned}
        keyboard={keyboard}
        note={env.notes()[result.symbol] as Note | undefined}
        draft={drafts.get(result.symbol)}
        keepDraft={(text) => {
          if (text === undefined) drafts.delete(result.symbol);
          else drafts.set(result.symbol, text);
        }}
        searchHref={`/search?q=${encodeURIComponent(`$${result.symbol}`)}&src=cashtag_click`}
        saveNote={(text) => env.saveNote(result.symbol, text)}
        openFull={() => env.openFullContext(result.symbol)}
        close={() => close({ restoreFocus: true })}
        pin={pin}
        setDirty={(value) => {
          dirty = value;
        }}
      />,
      mounted.container,
    );
  }

  function pin() {
    if (!open || open.pinned) return;
    open.pinned = true;
    clearTimers();
    undescribe();
    draw();
  }

  function close(options: { restoreFocus?: boolean } = {}) {
    clearTimers();
    if (!open) return;
    const { target } = open;
    open.stopPositioning?.();
    open = undefined;
    dirty = false;
    undescribe();
    draw();
    if (options.restoreFocus && target.element instanceof HTMLElement && target.element.isConnected) {
      restoringFocus = true;
      try {
        target.element.focus({ preventScroll: true });
      } finally {
        restoringFocus = false;
      }
    }
  }

  /**
   * While the card is open and not pinned, screen readers hear it as the cashtag link's
   * description. Only X's cashtag links get the attribute: a plain-text cashtag sits inside a
   * trend row or a name link that is not ours to annotate (↓ still takes the reader into the card).
   */
  function describe(target: CashtagTarget, result: LookupResult) {
    undescribe();
    if (!open || open.pinned || !ui || target.plain) return;
    const description = ui.host.querySelector(`#${DESCRIPTION_ID}`);
    if (!description) return;
    const locale = env.locale();
    const t = env.t();
    const first = result.answers[0]?.claims[0];
    description.textContent = [
      t('cardLabel', { symbol: result.symbol }),
      first ? pick(first.text, locale) : '',
      env.settings().openOn === 'hover-focus' ? t('keyboardHint') : '',
    ]
      .filter(Boolean)
      .join(' ');
    const previous = target.element.getAttribute('aria-describedby');
    target.element.setAttribute('aria-describedby', previous ? `${previous} ${DESCRIPTION_ID}` : DESCRIPTION_ID);
    describedBy = { element: target.element, previous };
  }

  function undescribe() {
    if (!describedBy) return;
    const { element, previous } = describedBy;
    if (previous === null) element.removeAttribute('aria-describedby');
    else element.setAttribute('aria-describedby', previous);
    describedBy = undefined;
  }

  function focusCard() {
    const card = ui?.container.querySelector<HTMLElement>('.card');
    card?.focus({ preventScroll: true });
  }

  /** Keys inside the card: Esc closes and returns to the cashtag; Tab stays within a pinned card. */
  function onCardKeydown(event: KeyboardEvent) {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close({ restoreFocus: true });
    } else if (event.key === 'Tab' && open.pinned && ui) {
      const focusable = [...ui.container.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (!focusable.length) return;
      const active = ui.shadow.activeElement;
      const index = focusable.indexOf(active as HTMLElement);
      const next = event.shiftKey
        ? index <= 0 ? focusable.length - 1 : index - 1
        : index === -1 || index === focusable.length - 1 ? 0 : index + 1;
      event.preventDefault();
      focusable[next]!.focus();
    }
  }

  const handlers: InteractionHandlers = {
    enter(target) {
      const mode = env.settings().openOn;
      if (mode === 'click' || open?.pinned) return;
      if (open && open.target.anchor === target.anchor) return void clearTimeout(closeTimer);
      clearTimeout(openTimer);
      const delay = env.settings().hoverDelayMs;
      if (delay <= 0) show(target, { pinned: false, keyboard: false });
      else openTimer = window.setTimeout(() => show(target, { pinned: false, keyboard: false }), delay);
    },
    leave(target) {
      if (open?.target.anchor !== target.anchor) clearTimeout(openTimer);
      if (open && !open.pinned && !dirty && !open.keyboard) scheduleClose();
    },
    focus(target) {
      if (restoringFocus || env.settings().openOn !== 'hover-focus' || open?.pinned) return;
      show(target, { pinned: false, keyboard: true });
    },
    blur(target, next) {
      if (!open || open.pinned || open.target.element !== target.element) return;
      if (next instanceof Node && ui?.host.contains(next)) return;
      close();
    },
    click(target) {
      if (env.settings().openOn !== 'click') return false;
      if (open?.pinned && open.target.anchor === target.anchor) {
        close({ restoreFocus: true });
        return true;
      }
      show(target, { pinned: true, keyboard: false });
      return true;
    },
    keydown(event) {
      // Keys inside the card are handled by the card itself (onCardKeydown).
      if (!open || (ui && event.target instanceof Node && ui.host.contains(event.target))) return;
      const onCashtag = env.document.activeElement === open.target.element;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close({ restoreFocus: onCashtag });
      } else if (event.key === 'ArrowDown' && onCashtag && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        event.stopPropagation();
        pin();
        focusCard();
      }
    },
    pointerdown(event) {
      if (!open?.pinned || dirty) return;
      const path = event.composedPath();
      if (ui && path.includes(ui.host)) return;
      if (open.target.element instanceof Node && path.includes(open.target.element)) return;
      close();
    },
  };

  return {
    handlers,
    isOurs: (node: EventTarget | null) => !!ui && node instanceof Node && ui.host.contains(node),
    /** Settings, language, theme or notes changed: redraw what is open. */
    refresh() {
      if (!open) return;
      const result = env.knowledge().lookup(open.target.symbol);
      if (!result) return close();
      open.result = result;
      draw();
    },
    close: () => close(),
    remove() {
      close();
      unmount();
    },
  };
}
