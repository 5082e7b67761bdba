import { symbolOf } from './symbol';

/**
 * Reads the symbol of a link X rendered as a cashtag. X has already decided the link is a cashtag,
 * so the symbol shape is the looser one of symbol.ts (`$FILE_PATH`, `$ETH2`), not findCashtags'
 * twitter-text rule. That still rejects what is not a ticker at all: `$100`, `$`, `$ BTC`, `＄BTC`,
 * `$GRT.` (a trailing `.` or `_` is sentence punctuation), `#BTC`, `@user`, a URL, a sentence.
 */

/**
 * `$` + a word as a link's whole visible text. Besides whitespace, bidi and zero-width marks at
 * the edges are ignored, so a link that reads `$AAPL` counts whatever invisible marks it carries.
 */
const INVISIBLE = String.raw`\s\u200B-\u200F\u2066-\u2069`;
const LINK_TEXT_CASHTAG = new RegExp(String.raw`^[${INVISIBLE}]*\$([^${INVISIBLE}]*)[${INVISIBLE}]*$`);

/** The decoded `q` of a cashtag search: `$` + symbol and nothing else. */
const QUERY_CASHTAG = /^\$(.*)$/s;

/** X's search page, relative or on any x.com / twitter.com host (embeds link to twitter.com). */
const SEARCH_PATH = /^(?:https?:\/\/(?:[\w-]+\.)*(?:x|twitter)\.com)?\/search\?/;

const QUERY_PARAM = /[?&]q=([^&#]*)/;

/**
 * X marks its cashtag links with `src=cashtag_click` (app) or `src=ctag` (embeds, old markup).
 * Without it a search link is one a user pasted, and its href says nothing about its text.
 */
const CASHTAG_SOURCE_PARAM = /[?&]src=(?:cashtag_click|ctag)(?:[&#]|$)/;

/**
 * The upper-cased symbol, from the link text if it is a cashtag, else from X's href, else null.
 * The href only counts when the text is empty or holds a `$` (markup that splits or hides the
 * symbol): X's search tabs ("Top", "Latest") keep `src=cashtag_click` in their hrefs and are not
 * cashtags.
 */
export function symbolFromLink(linkText: string, href: string | null): string | null {
  const word = LINK_TEXT_CASHTAG.exec(linkText)?.[1];
  const fromText = word === undefined ? undefined : symbolOf(word);
  if (fromText) return fromText;
  if (linkText.trim() && !linkText.includes('$')) return null;
  return (href === null ? undefined : symbolFromCashtagSearch(href)) ?? null;
}

/** `/search?q=%24aapl&src=cashtag_click` -> `AAPL`; undefined for any other href. */
function symbolFromCashtagSearch(href: string): string | undefined {
  if (!SEARCH_PATH.test(href) || !CASHTAG_SOURCE_PARAM.test(href)) return undefined;
  const encoded = QUERY_PARAM.exec(href)?.[1];
  if (encoded === undefined) return undefined;
  const word = QUERY_CASHTAG.exec(decodeQueryValue(encoded) ?? '')?.[1];
  return word === undefined ? undefined : symbolOf(word);
}

/** Form-decodes a query value; malformed percent-encoding (`%E0%A4%A`, `%zz`) is no cashtag. */
function decodeQueryValue(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
