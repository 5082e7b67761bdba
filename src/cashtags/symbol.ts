/**
 * What a symbol is, for every layer: the link reader, the knowledge lookup, the pack and backup
 * formats and the options page all ask this module, so a symbol one of them accepts is never one
 * another rejects (a cashtag link that is marked but opens no card).
 *
 * X decides which links are cashtags, and its own links are looser than the plain-text rule of
 * findCashtags (1–6 letters, optional `.`/`_` + 1–2 letters): X Articles and "smart cashtags" link
 * `$FILE_PATH` or `$ETH2`. So a symbol is a letter, then letters and digits, with single `.` or `_`
 * between runs of them (`BRK.A`, `FILE_PATH`), at most 20 characters. Not a symbol: a leading
 * digit (`$100`, a price), a separator at the end (sentence punctuation) or two in a row (`A..B`,
 * which no exchange or X lists). Every symbol findCashtags returns is also one by this rule.
 */
export const MAX_SYMBOL_LENGTH = 20;

/** An upper-case symbol, as stored and indexed everywhere. */
export const SYMBOL_PATTERN = /^(?=.{1,20}$)[A-Z][A-Z0-9]*(?:[._][A-Z0-9]+)*$/;

export function isSymbol(text: string): boolean {
  return SYMBOL_PATTERN.test(text);
}

/** Tested before upper-casing: `'ı'.toUpperCase()` is `I`, and `$ıBM` must not become IBM. */
const SYMBOL_ANY_CASE = new RegExp(SYMBOL_PATTERN.source, 'i');

/** A symbol in any case, without the `$`: upper-cased, or undefined when it is no symbol. */
export function symbolOf(text: string): string | undefined {
  return SYMBOL_ANY_CASE.test(text) ? text.toUpperCase() : undefined;
}

/**
 * What a reader types for a ticker (`grt`, `$GRT`, ` ＄brk.a `): trimmed, one leading `$` or
 * full-width `＄` dropped, upper-cased; undefined when the rest is no symbol.
 */
export function normalizeSymbol(input: string): string | undefined {
  return symbolOf(input.trim().replace(/^[$＄]/, ''));
}
