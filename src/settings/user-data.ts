import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { BUILTIN_PACK_ID } from '../context/builtin-pack';
import { parsePackText, type PackProblem } from '../context/parse-pack';
import { createBackup, mergeImport, type Backup } from './backup';
import { importedPacksItem, type StoredPack } from './imported-packs';
import { notesItem, type Notes } from './notes';
import { readSettings, settingsItem, updateSettings } from './settings';
import { DEFAULT_SETTINGS, type Settings } from './settings-shape';

export interface UserData {
  settings: Settings;
  notes: Notes;
  packs: StoredPack[];
}

/**
 * The state before the last import or reset, so either can be undone. One level deep: enough to
 * recover from a mistake without keeping a history nobody asked for.
 */
export const undoItem = storage.defineItem<Backup | null>('local:undoSnapshot', { fallback: null, version: 1 });

export async function readUserData(): Promise<UserData> {
  const [settings, notes, packs] = await Promise.all([readSettings(), notesItem.getValue(), importedPacksItem.getValue()]);
  return { settings, notes, packs };
}

export async function exportBackup(now = new Date()): Promise<Backup> {
  return createBackup(await readUserData(), browser.runtime.getManifest().version, now);
}

async function writeUserData(data: UserData): Promise<void> {
  await Promise.all([settingsItem.setValue(data.settings), notesItem.setValue(data.notes), importedPacksItem.setValue(data.packs)]);
}

async function keepUndoSnapshot(): Promise<void> {
  await undoItem.setValue(await exportBackup());
}

export async function applyBackup(backup: Backup): Promise<void> {
  const current = await readUserData();
  await keepUndoSnapshot();
  await writeUserData(mergeImport(current, backup));
}

/** Settings back to their defaults; notes and imported packs are the user's data and stay. */
export async function resetSettings(): Promise<void> {
  await keepUndoSnapshot();
  await settingsItem.setValue(DEFAULT_SETTINGS);
}

export async function undoLastChange(): Promise<boolean> {
  const snapshot = await undoItem.getValue();
  if (!snapshot) return false;
  await writeUserData({ settings: snapshot.settings, notes: snapshot.notes, packs: snapshot.packs });
  await undoItem.setValue(null);
  return true;
}

export type PackImportResult = { ok: true; id: string; replaced: boolean } | { ok: false; problems: PackProblem[] };

/** Adds a pack file (or replaces the imported pack with the same id) after checking it in full. */
export async function importPackFile(text: string, fileName: string, now = new Date()): Promise<PackImportResult> {
  const parsed = parsePackText(text);
  if (!parsed.ok) return parsed;
  const { pack } = parsed;
  if (pack.id === BUILTIN_PACK_ID) {
    return { ok: false, problems: [{ path: 'id', code: 'duplicate', params: { value: pack.id } }] };
  }
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
  const { packs: states } = await readSettings();
  if (id in states) {
    const { [id]: _removed, ...rest } = states;
    await updateSettings({ packs: rest });
  }
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const { packs } = await readSettings();
  await updateSettings({ packs: { ...packs, [id]: enabled } });
}
