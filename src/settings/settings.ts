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

let writes: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings. Changes made from this page one after another are applied in order, each
 * on top of the last, so two quick clicks never overwrite each other. A change that depends on
 * the current value (one site or pack in a map) is a function of the settings as stored then.
 */
/** New values for some settings, or a function that derives them from the settings as stored. */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export function updateSettings(change: SettingsChange): Promise<Settings> {
  const write = writes.then(async () => {
    const current = await readSettings();
    const next = normalizeSettings({ ...current, ...(typeof change === 'function' ? change(current) : change) });
    await settingsItem.setValue(next);
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}
