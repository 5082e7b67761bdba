import * as v from 'valibot';
import { SYMBOL_PATTERN } from '../cashtags/symbol';
import { parsePack, problemFromIssue, type PackProblem } from '../context/parse-pack';
import type { StoredPack } from './imported-packs';
import { MAX_NOTE_LENGTH, type Notes } from './notes';
import { type BackupSettings, SettingsSchema } from './settings-schema';
import type { Settings } from './settings-shape';

/**
 * One file that holds everything the user owns: settings, notes and imported packs. Importing it
 * shows what would change first, and merges rather than wipes: notes and packs that are not in the
 * file stay.
 */
export const BACKUP_FORMAT = 'cashtag-context-backup';
export const BACKUP_VERSION = 1;
/** Imported packs may be up to 512 KB each; a backup holds a handful of them. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  extensionVersion: string;
  /** All of them when written by this version; one written before version 3 lacks the newer ones. */
  settings: BackupSettings;
  notes: Notes;
  packs: StoredPack[];
}

const NoteSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NOTE_LENGTH)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  extensionVersion: v.string(),
  settings: SettingsSchema,
  notes: v.record(v.pipe(v.string(), v.regex(SYMBOL_PATTERN)), NoteSchema),
  packs: v.pipe(
    v.array(
      v.strictObject({
        id: v.string(),
        fileName: v.pipe(v.string(), v.maxLength(255)),
        importedAt: v.string(),
        pack: v.unknown(),
      }),
    ),
    v.maxLength(50),
  ),
});

export function createBackup(
  state: { settings: Settings; notes: Notes; packs: StoredPack[] },
  extensionVersion: string,
  now = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    extensionVersion,
    settings: state.settings,
    notes: state.notes,
    packs: state.packs,
  };
}

export type BackupProblem = PackProblem;
export type BackupResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

/** Reads a backup file's text; every problem names the field, and a pack inside is checked in full. */
export function parseBackupText(text: string): BackupResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BACKUP_BYTES) return fail('', 'too-large', { bytes, limit: MAX_BACKUP_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('', 'not-json', { detail: (error as Error).message });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('format', 'not-a-backup');
  }
  const version = (data as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    return fail('version', 'unsupported-version', {
      found: JSON.stringify(version ?? null),
      supported: BACKUP_VERSION,
    });
  }
  const result = v.safeParse(BackupSchema, data, { abortEarly: false });
  if (!result.success) {
    return { ok: false, problems: result.issues.slice(0, 20).map(problemFromIssue) };
  }
  const problems: BackupProblem[] = [];
  result.output.packs.forEach((stored, index) => {
    const parsed = parsePack(stored.pack);
    if (!parsed.ok) {
      for (const problem of parsed.problems)
        problems.push({ ...problem, path: joinPath(`packs[${index}].pack`, problem.path) });
    } else if (parsed.pack.id !== stored.id) {
      problems.push({
        path: `packs[${index}].id`,
        code: 'id-mismatch',
        params: { value: stored.id, expected: parsed.pack.id },
      });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, backup: result.output as Backup };
}

function joinPath(prefix: string, path: string): string {
  return path ? (path.startsWith('[') ? prefix + path : `${prefix}.${path}`) : prefix;
}

function fail(path: string, code: BackupProblem['code'], params?: BackupProblem['params']): BackupResult {
  return { ok: false, problems: [{ path, code, ...(params && { params }) }] };
}

/** What importing `incoming` would do to `current`, for the preview the user confirms. */
export interface ImportPreview {
  settingsChanged: { key: keyof Settings; from: unknown; to: unknown }[];
  notesAdded: string[];
  notesChanged: string[];
  /** Notes the user has that the file does not: kept. */
  notesKept: string[];
  packsAdded: string[];
  packsReplaced: string[];
}

export function previewImport(
  current: { settings: Settings; notes: Notes; packs: StoredPack[] },
  incoming: Backup,
): ImportPreview {
  const settings = importedSettings(current.settings, incoming.settings);
  const settingsChanged = (Object.keys(settings) as (keyof Settings)[])
    .filter((key) => JSON.stringify(current.settings[key]) !== JSON.stringify(settings[key]))
    .map((key) => ({ key, from: current.settings[key], to: settings[key] }));
  const currentPackIds = new Set(current.packs.map((pack) => pack.id));
  return {
    settingsChanged,
    notesAdded: Object.keys(incoming.notes)
      .filter((symbol) => !current.notes[symbol])
      .sort(),
    notesChanged: Object.keys(incoming.notes)
      .filter((symbol) => current.notes[symbol] && current.notes[symbol].text !== incoming.notes[symbol]!.text)
      .sort(),
    notesKept: Object.keys(current.notes)
      .filter((symbol) => !incoming.notes[symbol])
      .sort(),
    packsAdded: incoming.packs.filter((pack) => !currentPackIds.has(pack.id)).map((pack) => pack.id),
    packsReplaced: incoming.packs.filter((pack) => currentPackIds.has(pack.id)).map((pack) => pack.id),
  };
}

/** The state after an import: settings from the file, notes and packs merged (the file wins per key). */
export function mergeImport(current: { settings: Settings; notes: Notes; packs: StoredPack[] }, incoming: Backup) {
  const incomingIds = new Set(incoming.packs.map((pack) => pack.id));
  return {
    settings: importedSettings(current.settings, incoming.settings),
    notes: { ...current.notes, ...incoming.notes },
    packs: [...current.packs.filter((pack) => !incomingIds.has(pack.id)), ...incoming.packs],
  };
}

/** The file's settings; one it does not hold (an older backup's) keeps the reader's value. */
function importedSettings(current: Settings, incoming: BackupSettings): Settings {
  const settings = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  }
  return settings;
}
