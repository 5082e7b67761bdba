import { storage } from '@wxt-dev/storage';
import { NOTES_KEY } from './storage-keys';

import { MAX_NOTE_LENGTH, NOTE_TOO_LONG, type Notes } from './note-shape';

export { MAX_NOTE_LENGTH, NOTE_TOO_LONG, type Note, type Notes } from './note-shape';

/**
 * Notes stay on this device (storage.local, 10 MB in Chrome): synced storage allows only 100 KB in
 * all, which a few dozen long notes would exhaust. Export/import moves them between browsers.
 */
export const notesItem = storage.defineItem<Notes>(`local:${NOTES_KEY}`, { fallback: {}, version: 1 });

export class NoteTooLongError extends Error {
  constructor(readonly length: number) {
    super(NOTE_TOO_LONG);
  }
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Saves or, for empty text, deletes one ticker's note. Rejects (and stores nothing) when too long.
 * Saves are applied one after another, so notes for two tickers saved at once are both kept (the
 * background saves every note written on a card, from all X tabs).
 */
export function saveNote(symbol: string, text: string, now = new Date()): Promise<void> {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NOTE_LENGTH) return Promise.reject(new NoteTooLongError(trimmed.length));
  const write = writes.then(async () => {
    const notes = { ...(await notesItem.getValue()) };
    if (trimmed) notes[symbol] = { text: trimmed, updatedAt: now.toISOString() };
    else delete notes[symbol];
    await notesItem.setValue(notes);
  });
  writes = write.catch(() => undefined);
  return write;
}
