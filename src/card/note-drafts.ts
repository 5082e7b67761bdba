/**
 * Unsaved note text per ticker, for the life of the tab: however the card closes (Esc, scrolling
 * away, navigation), the reader's typing stays here and the next card for that ticker offers it.
 */
export function createNoteDrafts() {
  const drafts = new Map<string, string>();
  return {
    get: (symbol: string): string | undefined => drafts.get(symbol),
    /** `undefined`: nothing unsaved any more (saved, cancelled, or typed back to the note). */
    keep(symbol: string, text: string | undefined) {
      if (text === undefined) drafts.delete(symbol);
      else drafts.set(symbol, text);
    },
  };
}

export type NoteDrafts = ReturnType<typeof createNoteDrafts>;
