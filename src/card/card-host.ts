/** The name of our one shadow-root host element on X's pages. */
export const CARD_HOST = 'cashtag-context';

export interface CardHost {
  /** `<cashtag-context>`, the only element we add to X's body. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

/**
 * Creates our shadow root. This does what WXT's `createShadowRootUi` would (an open shadow root on
 * a custom element, a style reset, key events kept inside) in a few lines, because that helper
 * also bundles auto-mounting, anchoring and CSS fetching we never use: 3.5 KB gzipped, more than a
 * tenth of the content script's budget.
 */
export function mountCardHost(document: Document, css: string): CardHost {
  const host = document.createElement(CARD_HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // X's inherited styles (font size, colour, direction) must not leak into the card; and the
  // host is a fixed, contained box, so drawing the card never makes the browser lay out X's page.
  const hostRules = [
    'all:initial',
    'position:fixed',
    'top:0',
    'left:0',
    'width:0',
    'height:0',
    'contain:layout style',
    'z-index:2147483000',
  ];
  style.textContent = `:host{${hostRules.map((declaration) => `${declaration}!important`).join(';')}}${css}`;
  const container = document.createElement('div');
  // Keys typed in the card must not reach X's single-key shortcuts (j, k, l, r, t …); Esc and
  // Tab are handled inside the card before this point.
  for (const type of ['keydown', 'keyup', 'keypress'])
    container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  document.body.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
