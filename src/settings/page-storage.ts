import { browser } from 'wxt/browser';
import type { Notes } from './note-shape';
import { migrateSettingsV1ToV2 } from './settings-migrations';
import { normalizeSettings, type Settings } from './settings-shape';
import { NOTES_KEY, PACKS_KEY, SETTINGS_KEY, SETTINGS_VERSION } from './storage-keys';

/** Where the storage library keeps the settings' version (`{ v: 3 }`). */
const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;

/**
 * What the content script reads from storage, with plain `browser.storage` calls: the storage
 * library stays out of the script that runs in every X tab. It reads the same keys the typed
 * items in settings.ts and notes.ts write, and applies the same migration if it ever sees
 * version-1 settings before the background has migrated them.
 */
export async function readPageSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get([SETTINGS_KEY, SETTINGS_META_KEY]);
  return settingsFromStorage(stored[SETTINGS_KEY], stored[SETTINGS_META_KEY]);
}

/**
 * A change that carries no version (the library writes value and version separately, or an old
 * build wrote the value) counts as version 1; the migration keeps a version-2 or 3 value's sites
 * and every other valid field, and the new fields take their defaults, as migrating to 3 does.
 */
export function settingsFromStorage(value: unknown, meta: unknown): Settings {
  const version = (meta as { v?: number } | undefined)?.v ?? 1;
  return value != null && version < SETTINGS_VERSION ? migrateSettingsV1ToV2(value) : normalizeSettings(value);
}

export async function readPageNotes(): Promise<Notes> {
  const stored = await browser.storage.local.get(NOTES_KEY);
  return (stored[NOTES_KEY] as Notes | undefined) ?? {};
}

export interface StorageChanges {
  settings?: (settings: Settings) => void;
  notes?: (notes: Notes) => void;
  /** Imported packs changed: the knowledge must be reloaded. */
  packs?: () => void;
}

export function watchPageStorage(on: StorageChanges): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) {
      on.settings?.(settingsFromStorage(changes[SETTINGS_KEY]!.newValue, changes[SETTINGS_META_KEY]?.newValue));
    }
    if (area === 'local' && NOTES_KEY in changes) on.notes?.((changes[NOTES_KEY]!.newValue as Notes | undefined) ?? {});
    if (area === 'local' && PACKS_KEY in changes) on.packs?.();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
