import type { StoredPack } from './imported-packs';
import type { Notes } from './note-shape';
import type { Settings } from './settings-shape';

export interface UserData {
  settings: Settings;
  notes: Notes;
  packs: StoredPack[];
}

/** The last import or reset: the state before it, and what it wrote. */
export interface UndoSnapshot {
  before: UserData;
  after: UserData;
}

/**
 * Puts back what an import or reset changed, but only where the reader has not changed it again
 * since: a note written a week after an import survives undoing that import.
 */
export function revertChanges(current: UserData, { before, after }: UndoSnapshot): UserData {
  const settings = { ...current.settings };
  for (const key of Object.keys(before.settings) as (keyof Settings)[]) {
    if (changedByIt(before.settings[key], after.settings[key], current.settings[key])) {
      (settings as Record<keyof Settings, unknown>)[key] = before.settings[key];
    }
  }

  const notes = { ...current.notes };
  for (const symbol of new Set([...Object.keys(before.notes), ...Object.keys(after.notes)])) {
    if (!changedByIt(before.notes[symbol], after.notes[symbol], current.notes[symbol])) continue;
    const previous = before.notes[symbol];
    if (previous) notes[symbol] = previous;
    else delete notes[symbol];
  }

  const byId = (packs: StoredPack[]) => new Map(packs.map((pack) => [pack.id, pack]));
  const [beforePacks, afterPacks] = [byId(before.packs), byId(after.packs)];
  let packs = [...current.packs];
  for (const id of new Set([...beforePacks.keys(), ...afterPacks.keys()])) {
    const previous = beforePacks.get(id);
    if (
      !changedByIt(
        previous,
        afterPacks.get(id),
        packs.find((pack) => pack.id === id),
      )
    )
      continue;
    packs = packs.filter((pack) => pack.id !== id);
    if (previous) packs.push(previous);
  }
  return { settings, notes, packs };
}

/** The change from `before` to `after` is still in place: nobody has touched the value since. */
function changedByIt(before: unknown, after: unknown, current: unknown): boolean {
  return !sameValue(before, after) && sameValue(current, after);
}

/** Deep equality for JSON values, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every(
      (key) => key in b && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
