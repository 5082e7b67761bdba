import { normalizeColor, parseRgb, relativeLuminance } from '../color';

/** X's theme as the page shows it: its background and whether text is light on dark. */
export interface PageTheme {
  /** `rgb(r, g, b)` of the page background. */
  background: string;
  dark: boolean;
  /** X's four built-in backgrounds, or `custom` (theme extensions, the retired Dim theme's imitators). */
  variant: 'light' | 'dim' | 'dark' | 'contrast' | 'custom';
}

const VARIANTS: Record<string, PageTheme['variant']> = {
  'rgb(255, 255, 255)': 'light',
  'rgb(21, 32, 43)': 'dim',
  'rgb(0, 0, 0)': 'dark',
  'rgb(5, 5, 5)': 'contrast',
};

/** X paints its theme as an inline background colour on `<body>`; `color-scheme` on `<html>` backs it up. */
export function readPageTheme(document: Document): PageTheme {
  const body = document.body;
  const inline = body?.style.backgroundColor;
  const background = normalizeColor(inline || (body ? getComputedStyle(body).backgroundColor : ''));
  const rgb = parseRgb(background);
  const dark = rgb
    ? relativeLuminance(rgb) < 0.2
    : getComputedStyle(document.documentElement).colorScheme.includes('dark');
  const resolved = rgb ? background : dark ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)';
  return { background: resolved, dark, variant: VARIANTS[resolved] ?? 'custom' };
}

/** Calls back when the user switches X's theme (X rewrites the inline styles of `<body>`/`<html>`). */
export function watchPageTheme(document: Document, onChange: (theme: PageTheme) => void): () => void {
  let last = readPageTheme(document);
  const observer = new MutationObserver(() => {
    const next = readPageTheme(document);
    if (next.background === last.background && next.dark === last.dark) return;
    last = next;
    onChange(next);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}

/** How X draws the cashtag the reader points at, for the card to match it. */
export interface CashtagLook {
  /** X paints cashtag links in the reader's accent colour, inline; plain text has none. */
  accent?: string;
  /**
   * X's font stack, from the text the reader is looking at. A function: it costs a computed-style
   * read, and the font does not change while the page lives, so the card asks for it once.
   */
  font(): string;
}

export function readCashtagLook(element: Element, plain: boolean): CashtagLook {
  const accent = plain ? '' : (element as HTMLElement).style?.color;
  return { ...(accent && { accent }), font: () => getComputedStyle(element).fontFamily };
}
