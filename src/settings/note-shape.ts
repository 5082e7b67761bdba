/** A personal note on one ticker. Kept apart from notes.ts so the card can use it without the storage library. */
export interface Note {
  text: string;
  /** ISO 8601. */
  updatedAt: string;
}

export type Notes = Record<string, Note>;

/** Long enough for a thesis and a few links; keeps thousands of notes inside storage.local's quota. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * The message of a note refused for its length. It crosses the extension's messaging as plain
 * text, so it is a code: each page words it in the reader's language.
 */
export const NOTE_TOO_LONG = 'note-too-long';
