/**
 * The cashtag rule of X's official twitter-text library (3.1.0, `extractCashtagsWithIndices`),
 * re-implemented so the library never ships in the extension. tests/unit/cashtags proves the two
 * agree, row by row and on fuzzed text.
 *
 * twitter-text matches `(^|SPACE)(\$)(SYMBOL)(?=$|\s|PUNCT)` with flags `gi` (no `u`, no `m`):
 * - Only ASCII `$` starts a tag; full-width `＄` never does.
 * - The `$` must open the text or follow one of twitter-text's own space characters. Punctuation,
 *   letters, CJK or emoji right before the `$` all block the tag: `($TWTR)`, `text$NO`, `$$NG`,
 *   `买入$BTC`, `🚀$BTC` have none.
 * - SYMBOL is 1–6 ASCII letters, optionally `.` or `_` and 1–2 more letters. The regex
 *   backtracks, so a too-long suffix falls back to the bare letters: `$BRK.ABC` -> `BRK`,
 *   `$GRT.` -> `GRT`; but too many letters or a digit kill the tag (`$ABCDEFG`, `$ETH2`, `$1INCH`).
 * - After the symbol must come the end of the text, any JS `\s`, or ASCII punctuation other than
 *   `"` and `` ` ``. So `$A/$B` tags only `A` (the second `$` follows `/`), while `$BTC"`,
 *   `$BTC。` and `$BTC买入` are not tags.
 * - The "space before" set and JS `\s` after differ: U+0085 and U+180E count only before,
 *   U+FEFF only after.
 * - `extractCashtagsWithIndices` does not look at URLs (only `extractEntitiesWithIndices` drops
 *   entities overlapping URLs). A cashtag needs a space before its `$`, so none can sit inside a URL
 *   anyway.
 * - Its indices are the raw offsets of `String.prototype.replace`, i.e. UTF-16 code units, exactly
 *   our contract: it converts to code points only in other APIs (`modifyIndicesFromUTF16ToUnicode`).
 */

export interface CashtagMatch {
  /** Without the `$`, as written (case preserved). */
  symbol: string;
  /** Index of the `$`, in UTF-16 code units. */
  start: number;
  /** Exclusive end, in UTF-16 code units. */
  end: number;
}

// Sticky regexes tested at a set `lastIndex` check one spot without allocating match arrays.

/** twitter-text's `spaces` set, which is neither JS `\s` nor Unicode White_Space. */
const SPACE_BEFORE_DOLLAR = /[\t-\r \x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/y;

/**
 * The symbol and the character it must be followed by. `[A-Za-z]` equals twitter-text's `[a-z]`
 * with `i` and no `u` (non-ASCII letters such as `ſ` or `K` never fold into it). After a
 * successful test, `lastIndex` is the symbol's end: the lookahead consumes nothing.
 */
const SYMBOL_AND_END = /[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?(?=$|\s|[!'#%&()*+,\\\-./:;<=>?@[\]^_{|}~$])/y;

export function findCashtags(text: string): CashtagMatch[] {
  const found: CashtagMatch[] = [];
  for (let dollar = text.indexOf('$'); dollar !== -1; dollar = text.indexOf('$', dollar + 1)) {
    if (dollar > 0 && !followsSpace(text, dollar)) continue;
    const end = symbolEnd(text, dollar + 1);
    if (end === -1) continue;
    found.push({ symbol: text.slice(dollar + 1, end), start: dollar, end });
    // The symbol holds no `$`, so resuming at `dollar + 1` finds the same next tag.
  }
  return found;
}

function followsSpace(text: string, index: number): boolean {
  SPACE_BEFORE_DOLLAR.lastIndex = index - 1;
  return SPACE_BEFORE_DOLLAR.test(text);
}

/** Where a valid symbol starting at `from` ends, or -1 if none starts there. */
function symbolEnd(text: string, from: number): number {
  SYMBOL_AND_END.lastIndex = from;
  return SYMBOL_AND_END.test(text) ? SYMBOL_AND_END.lastIndex : -1;
}
