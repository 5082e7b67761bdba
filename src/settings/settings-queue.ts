import { applySettingsPatch, type SettingsPatch } from './settings-patch';
import type { Settings } from './settings-shape';
import { sameValue } from './undo';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

/**
 * Applies patches one after another, each to the settings as the last one left them. Kept in the
 * background, the one place every page's writes pass through: a queue per page would still let the
 * popup and the options page each read the same value and write over the other's change. A patch
 * that fails (a bad value, a full quota) rejects with its reason and does not stop the next.
 */
export function createSettingsQueue(store: SettingsStore): (patch: SettingsPatch) => Promise<Settings> {
  let last: Promise<unknown> = Promise.resolve();
  return (patch) => {
    const write = last.then(async () => {
      const current = await store.read();
      const next = applySettingsPatch(current, patch);
      // Sync storage counts writes against a per-minute quota; a patch that changes nothing costs none.
      if (!sameValue(next, current)) await store.write(next);
      return next;
    });
    last = write.catch(() => undefined);
    return write;
  };
}
