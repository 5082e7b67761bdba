import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { BUILTIN_PACK_ID } from '../context/builtin-pack';
import { checkPackImport } from '../context/pack-import';
import type { PackProblem } from '../context/parse-pack';
import { createBackup, mergeImport, type Backup } from './backup';
import { revertChanges, type UndoSnapshot, type UserData } from './undo';
import { importedPacksItem, type StoredPack } from './imported-packs';
import { notesItem } from './notes';
import { readSettings, updateSettings } from './settings';
import { patchBetween } from './settings-patch';
import { DEFAULT_SETTINGS } from './settings-shape';

export type { UserData } from './undo';

/**
 * The last import or reset, so it can be undone. One level deep: enough to recover from a
 * mistake without keeping a history nobody asked for. Version 1 kept only the state before, so
 * undoing it would have dropped everything written since; such a snapshot is let go.
 */
export const undoItem = storage.defineItem<UndoSnapshot | null>('local:undoSnapshot', {
  fallback: null,
  version: 2,
  migrations: { 2: () => null },
});

export async function readUserData(): Promise<UserData> {
  const [settings, notes, packs] = await Promise.all([
    readSettings(),
    notesItem.getValue(),
    importedPacksItem.getValue(),
  ]);
  return { settings, notes, packs };
}

export async function exportBackup(now = new Date()): Promise<Backup> {
  return createBackup(await readUserData(), browser.runtime.getManifest().version, now);
}

/**
 * Writes settings (sync storage, the one with tight quotas) first, then notes, then packs. If a
 * write fails, what was already written is put back, so the reader never ends up with half of an
 * import; the error then reaches the page that asked.
 */
async function writeUserData(next: UserData, previous: UserData): Promise<void> {
  const steps = [
    // Settings go through the background's queue as a change, so one made meanwhile in the popup stays.
    {
      write: () => updateSettings(patchBetween(previous.settings, next.settings)),
      undo: () => updateSettings(patchBetween(next.settings, previous.settings)),
    },
    { write: () => notesItem.setValue(next.notes), undo: () => notesItem.setValue(previous.notes) },
    { write: () => importedPacksItem.setValue(next.packs), undo: () => importedPacksItem.setValue(previous.packs) },
  ];
  const done: (typeof steps)[number][] = [];
  try {
    for (const step of steps) {
      await step.write();
      done.push(step);
    }
  } catch (error) {
    for (const step of done.reverse()) await step.undo().catch(() => undefined);
    throw error;
  }
}

/** Writes `next`, keeping what is needed to undo it; on failure nothing changes, undo included. */
async function changeUserData(current: UserData, next: UserData): Promise<void> {
  const previousUndo = await undoItem.getValue();
  await undoItem.setValue({ before: current, after: next });
  try {
    await writeUserData(next, current);
  } catch (error) {
    await undoItem.setValue(previousUndo).catch(() => undefined);
    throw error;
  }
}

export async function applyBackup(backup: Backup): Promise<void> {
  const current = await readUserData();
  await changeUserData(current, mergeImport(current, backup));
}

/** Settings back to their defaults; notes and imported packs are the user's data and stay. */
export async function resetSettings(): Promise<void> {
  const current = await readUserData();
  await changeUserData(current, { ...current, settings: DEFAULT_SETTINGS });
}

/** Undoes the last import or reset where nothing newer has replaced what it wrote. */
export async function undoLastChange(): Promise<boolean> {
  const snapshot = await undoItem.getValue();
  if (!snapshot) return false;
  const current = await readUserData();
  await writeUserData(revertChanges(current, snapshot), current);
  await undoItem.setValue(null);
  return true;
}

export type PackImportResult = { ok: true; id: string; replaced: boolean } | { ok: false; problems: PackProblem[] };

/** Adds a pack file (or replaces the imported pack with the same id) after checking it in full. */
export async function importPackFile(text: string, fileName: string, now = new Date()): Promise<PackImportResult> {
  const parsed = checkPackImport(text);
  if (!parsed.ok) return parsed;
  const { pack } = parsed;
  const packs = await importedPacksItem.getValue();
  const replaced = packs.some((stored) => stored.id === pack.id);
  const entry: StoredPack = { id: pack.id, fileName, importedAt: now.toISOString(), pack: JSON.parse(text) };
  await importedPacksItem.setValue([...packs.filter((stored) => stored.id !== pack.id), entry]);
  return { ok: true, id: pack.id, replaced };
}

export async function removePack(id: string): Promise<void> {
  if (id === BUILTIN_PACK_ID) throw new Error('The built-in pack can be turned off, not removed.');
  const packs = await importedPacksItem.getValue();
  await importedPacksItem.setValue(packs.filter((stored) => stored.id !== id));
  await updateSettings({ packs: { [id]: null } });
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await updateSettings({ packs: { [id]: enabled } });
}
