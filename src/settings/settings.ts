import { storage } from '@wxt-dev/storage';
import { migrateSettingsV1ToV2 } from './settings-migrations';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-shape';
import { SETTINGS_KEY, SETTINGS_VERSION } from './storage-keys';

export { SETTINGS_VERSION };

/**
 * Synced across the user's browsers where the browser supports it; the settings are a few hundred
 * bytes, far inside sync's 8 KB-per-item quota.
 */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2 },
});

/** The stored settings, repaired field by field if anything in storage is unreadable. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await readSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export { isActiveOn } from './settings-shape';
