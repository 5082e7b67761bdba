/**
 * Reads the symbol of a link X rendered as a cashtag. X has already decided the link is a cashtag,
 * so the symbol shape here is looser than findCashtags' twitter-text rule (1–6 letters, optional
 * `.`/`_` + 1–2 letters): X Articles and "smart cashtags" link symbols such as `$FILE_PATH` or
 * `$ETH2`. We accept a letter, then up to 14 letters, digits, `_` or `.`, not ending in `_` or `.`
 * (a trailing one is sentence punctuation, as in findCashtags). That still rejects what is not a
 * ticker at all: `$100`, `$`, `$ BTC`, `＄BTC`, `#BTC`, `@user`, a URL, a sentence.
 */

/**
 * `$` + symbol as a link's whole visible text. Besides whitespace, bidi and zero-width marks at
 * the edges are ignored, so a link that reads `$AAPL` counts whatever invisible marks it carries.
 */
const LINK_TEXT_CASHTAG =
  /^[\s\u200B-\u200F\u2066-\u2069]*\$([A-Za-z](?:[A-Za-z0-9_.]{0,13}[A-Za-z0-9])?)[\s\u200B-\u200F\u2066-\u2069]*$/;

/** The decoded `q` of a cashtag search: `$` + symbol and nothing else. */
const QUERY_CASHTAG = /^\$([A-Za-z](?:[A-Za-z0-9_.]{0,13}[A-Za-z0-9])?)$/;

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
  const fromText = LINK_TEXT_CASHTAG.exec(linkText)?.[1];
  if (fromText) return fromText.toUpperCase();
  if (linkText.trim() && !linkText.includes('$')) return null;
  const fromHref = href === null ? undefined : symbolFromCashtagSearch(href);
  return fromHref ? fromHref.toUpperCase() : null;
}

/** `/search?q=%24AAPL&src=cashtag_click` -> `AAPL`; undefined for any other href. */
function symbolFromCashtagSearch(href: string): string | undefined {
  if (!SEARCH_PATH.test(href) || !CASHTAG_SOURCE_PARAM.test(href)) return undefined;
  const encoded = QUERY_PARAM.exec(href)?.[1];
  if (encoded === undefined) return undefined;
  const query = decodeQueryValue(encoded);
  return query === undefined ? undefined : QUERY_CASHTAG.exec(query)?.[1];
}

/** Form-decodes a query value; malformed percent-encoding (`%E0%A4%A`, `%zz`) is no cashtag. */
function decodeQueryValue(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
