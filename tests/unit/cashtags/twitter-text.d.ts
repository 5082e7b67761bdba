// twitter-text ships no types and @types/twitter-text is not installed; this covers only what the
// cashtag tests use. The package is CommonJS (`module.exports = { ... }`), so it is a default import.
declare module 'twitter-text' {
  interface CashtagWithIndices {
    cashtag: string;
    /** [start of `$`, exclusive end], in UTF-16 code units (offsets from String.prototype.replace). */
    indices: [number, number];
  }
  const twitter: {
    extractCashtagsWithIndices(text: string): CashtagWithIndices[];
  };
  export default twitter;
}
