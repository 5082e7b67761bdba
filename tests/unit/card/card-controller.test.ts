// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createCardController, removeCardLeftovers } from '../../../src/card/card-controller';
import { CARD_CSS } from '../../../src/card/card-css';
import { BUILTIN_PACK_JSON } from '../../../src/context/builtin-pack';
import cryptoAssets from '../../../src/context/crypto-assets.json';
import { createKnowledge } from '../../../src/context/lookup';
import { parsePack } from '../../../src/context/parse-pack';
import { translator } from '../../../src/i18n/catalog';
import { cardMessages } from '../../../src/i18n/card-messages';
import type { PlainTextCashtags } from '../../../src/page/plain-text-cashtags';
import { watchCashtagInteractions } from '../../../src/page/watch-cashtag-interactions';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings-shape';

const parsed = parsePack(BUILTIN_PACK_JSON);
if (!parsed.ok) throw new Error('built-in pack invalid');
const knowledge = createKnowledge([parsed.pack], cryptoAssets.assets);
const noPlainText = {
  holds: () => false,
  hitTest: () => undefined,
  firstIn: () => undefined,
} as unknown as PlainTextCashtags;
const DESCRIPTION = 'cashtag-context-description';

let stop: AbortController;
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
});

/** The card wired to the real page events, on a page with one cashtag link, as the tab session does. */
function setup() {
  stop = new AbortController();
  const link = document.createElement('a');
  link.href = '/search?q=%24GRT&src=cashtag_click';
  link.setAttribute('data-cashtag', 'GRT');
  link.textContent = '$GRT';
  document.body.append(link);
  const lifetime = {
    isInvalid: false,
    onInvalidated: (callback: () => void) => stop.signal.addEventListener('abort', callback),
  };
  const card = createCardController({
    lifetime,
    document,
    knowledge: () => knowledge,
    settings: () => DEFAULT_SETTINGS,
    locale: () => 'en',
    t: () => translator(cardMessages, 'en'),
    css: () => CARD_CSS,
    theme: () => ({ background: 'rgb(255, 255, 255)', dark: false, variant: 'light' }),
    notes: () => ({}),
    saveNote: async () => {},
    openFullContext: () => {},
    setTicker: async () => {},
  });
  watchCashtagInteractions(window, noPlainText, card.handlers, card.isOurs, stop.signal);
  const host = () => document.querySelector('cashtag-context');
  return {
    link,
    lifetime,
    card,
    phase: () => host()?.getAttribute('data-state') ?? 'closed',
    shown: () => {
      const drawn = host()?.shadowRoot?.querySelector('.card');
      return drawn && !(drawn.parentElement as HTMLElement).hidden ? drawn : null;
    },
    press: (target: EventTarget, key: string) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true })),
  };
}

describe('the card on the page', () => {
  it('opens on focus and describes the cashtag link while it is open and not pinned', () => {
    const { link, phase, shown } = setup();
    link.focus();
    expect(phase()).toBe('open');
    expect(shown()?.getAttribute('data-symbol')).toBe('GRT');
    expect(link.getAttribute('aria-describedby')).toBe(DESCRIPTION);
    expect(document.getElementById(DESCRIPTION)?.textContent).toContain('$GRT');
  });

  it('↓ pins it and moves focus in; Esc in the card closes it and the focus it returns opens nothing', () => {
    const { link, phase, shown, press } = setup();
    link.focus();
    press(link, 'ArrowDown');
    expect(phase()).toBe('pinned');
    // A pinned card is a dialog of its own: the link no longer points at its description.
    expect(link.hasAttribute('aria-describedby')).toBe(false);
    const card = shown()!;
    expect(card.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect((card.getRootNode() as ShadowRoot).activeElement).toBe(card);
    press(card, 'Escape');
    expect(document.activeElement).toBe(link);
    expect(phase()).toBe('closed');
    expect(shown()).toBeNull();
  });

  it('Tab goes round a pinned card instead of leaving it', () => {
    const { link, shown, press } = setup();
    link.focus();
    press(link, 'ArrowDown');
    const root = shown()!.getRootNode() as ShadowRoot;
    const seen = new Set<Element | null>();
    for (let step = 0; step < 20; step++) {
      press(root.activeElement ?? shown()!, 'Tab');
      seen.add(root.activeElement);
    }
    expect(seen.has(null)).toBe(false);
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(document.activeElement?.localName).toBe('cashtag-context');
  });

  it('switching to another tab closes the card, and the focus the browser restores on return opens nothing', () => {
    const { link, phase } = setup();
    link.focus();
    expect(phase()).toBe('open');
    link.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    window.dispatchEvent(new FocusEvent('blur'));
    expect(phase()).toBe('closed');
    window.dispatchEvent(new FocusEvent('focus'));
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(phase()).toBe('closed');
    expect(link.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a finger pressed outside a pinned card (a scroll starting) leaves it; a mouse press closes it', () => {
    const { link, phase, press } = setup();
    link.focus();
    press(link, 'ArrowDown');
    const outside = (pointerType: string) =>
      document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType, bubbles: true, composed: true }));
    outside('touch');
    expect(phase()).toBe('pinned');
    outside('mouse');
    expect(phase()).toBe('closed');
  });

  it('navigation closes even a pinned card', () => {
    const { link, phase, card, press } = setup();
    link.focus();
    press(link, 'ArrowDown');
    card.navigated();
    expect(phase()).toBe('closed');
  });

  it('an orphaned script opens nothing, and going away takes the card and its description off the page', () => {
    const { link, lifetime, phase } = setup();
    link.focus();
    stop.abort();
    expect(document.querySelector('cashtag-context')).toBeNull();
    expect(link.hasAttribute('aria-describedby')).toBe(false);
    lifetime.isInvalid = true;
    link.blur();
    link.focus();
    expect(phase()).toBe('closed');
    expect(document.querySelector('cashtag-context')).toBeNull();
  });

  it('removes what an earlier copy left: its host, and its id in a link’s aria-describedby', () => {
    const link = document.createElement('a');
    link.setAttribute('aria-describedby', `x-own ${DESCRIPTION}`);
    const other = document.createElement('a');
    other.setAttribute('aria-describedby', DESCRIPTION);
    document.body.append(document.createElement('cashtag-context'), link, other);
    stop = new AbortController();
    removeCardLeftovers(document);
    expect(document.querySelector('cashtag-context')).toBeNull();
    expect(link.getAttribute('aria-describedby')).toBe('x-own');
    expect(other.hasAttribute('aria-describedby')).toBe(false);
  });
});
