/**
 * Storage keys, shared by the typed items (options page, background) and the content script's
 * plain reads (page-storage.ts), so the two can never drift apart.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;
export const NOTES_KEY = 'notes';
export const PACKS_KEY = 'importedPacks';
