import type { LookupResult } from '../context/lookup';
import type { Locale, Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import { pick } from '../i18n/locale';
import type { OpenMode } from '../settings/settings-shape';

/** The cashtag's accessible description while its card is open: a node in our host's light DOM. */
export const CARD_DESCRIPTION_ID = 'cashtag-context-description';
const FOCUSABLE = 'button:not([disabled]), a[href], textarea, [tabindex="0"]';

/**
 * While the card is open and not pinned, screen readers hear it as the cashtag link's
 * description: `aria-describedby` on X's link, which must come off again exactly as it was.
 * Only X's cashtag links get it: a plain-text cashtag sits inside a trend row or a name link
 * that is not ours to annotate (↓ still takes the reader into the card).
 */
export function createCashtagDescription(host: HTMLElement) {
  const node = host.ownerDocument.createElement('span');
  node.id = CARD_DESCRIPTION_ID;
  // Not slotted, so never rendered; it exists only as the cashtag's accessible description.
  host.append(node);
  let described: { element: Element; previous: string | null } | undefined;

  const clear = () => {
    if (!described) return;
    const { element, previous } = described;
    if (previous === null) element.removeAttribute('aria-describedby');
    else element.setAttribute('aria-describedby', previous);
    described = undefined;
  };

  return {
    describe(element: Element, text: string) {
      clear();
      node.textContent = text;
      const previous = element.getAttribute('aria-describedby');
      element.setAttribute('aria-describedby', previous ? `${previous} ${CARD_DESCRIPTION_ID}` : CARD_DESCRIPTION_ID);
      described = { element, previous };
    },
    clear,
  };
}

/** What a screen reader hears for the cashtag: the card's title, its first claim, how to enter it. */
export function descriptionText(result: LookupResult, locale: Locale, t: Translate<CardMessageKey>, openOn: OpenMode) {
  const first = result.answers[0]?.claims[0];
  return [
    t('cardLabel', { symbol: result.symbol }),
    first ? pick(first.text, locale) : '',
    openOn === 'hover-focus' ? t('keyboardHint') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Tab and Shift+Tab go round the pinned card's links and buttons instead of leaving it. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement, shadow: ShadowRoot): void {
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!focusable.length) return;
  const index = focusable.indexOf(shadow.activeElement as HTMLElement);
  const next = event.shiftKey
    ? index <= 0
      ? focusable.length - 1
      : index - 1
    : index === -1 || index === focusable.length - 1
      ? 0
      : index + 1;
  event.preventDefault();
  focusable[next]!.focus();
}

/** A previous copy of this script that could not clean up may have left its description link on X's node. */
export function removeDescriptionLeftovers(document: Document): void {
  for (const element of document.querySelectorAll(`[aria-describedby~="${CARD_DESCRIPTION_ID}"]`)) {
    const ids = element.getAttribute('aria-describedby')!.split(/\s+/);
    const rest = ids.filter((id) => id && id !== CARD_DESCRIPTION_ID);
    if (rest.length) element.setAttribute('aria-describedby', rest.join(' '));
    else element.removeAttribute('aria-describedby');
  }
}
