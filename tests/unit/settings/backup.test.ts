import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  parseBackupText,
  previewImport,
  type Backup,
} from '../../../src/settings/backup';
import { importedPacksItem } from '../../../src/settings/imported-packs';
import { notesItem, saveNote } from '../../../src/settings/notes';
import { readSettings, updateSettings } from '../../../src/settings/settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings-shape';
import {
  applyBackup,
  exportBackup,
  importPackFile,
  readUserData,
  removePack,
  resetSettings,
  undoLastChange,
} from '../../../src/settings/user-data';
import { resetBrowserWithBackground } from '../helpers/background';
import { mockManifest } from '../helpers/manifest';
import { samplePack } from '../helpers/sample-pack';

const problemsOf = (text: string) => {
  const result = parseBackupText(text);
  if (result.ok) throw new Error('expected the backup to be rejected');
  return result.problems;
};

async function seed() {
  await updateSettings({ annotate: 'crypto', cue: 'badge', language: 'zh_CN' });
  await saveNote('GRT', 'Watching the indexer economics.');
  await saveNote('BTC', 'Long term.');
  expect((await importPackFile(JSON.stringify(samplePack()), 'sample.json')).ok).toBe(true);
}

describe('backup round trip', () => {
  beforeEach(() => {
    resetBrowserWithBackground();
    mockManifest();
  });

  it('export then import into a fresh browser restores the same state', async () => {
    await seed();
    const before = await readUserData();
    const text = JSON.stringify(await exportBackup());
    resetBrowserWithBackground();
    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await applyBackup(parsed.backup);
    expect(await readUserData()).toEqual(before);
  });

  it('merges: notes and packs that are not in the file are kept, the file wins per ticker', async () => {
    await seed();
    const backup = await exportBackup();
    await saveNote('DOGE', 'Added after the export.');
    await saveNote('GRT', 'Edited after the export.');
    const preview = previewImport(await readUserData(), backup);
    expect(preview.notesKept).toEqual(['DOGE']);
    expect(preview.notesChanged).toEqual(['GRT']);
    expect(preview.notesAdded).toEqual([]);
    expect(preview.packsReplaced).toEqual(['sample-pack']);
    await applyBackup(backup);
    const notes = await notesItem.getValue();
    expect(Object.keys(notes).sort()).toEqual(['BTC', 'DOGE', 'GRT']);
    expect(notes.GRT!.text).toBe('Watching the indexer economics.');
  });

  it('previews settings changes by key', async () => {
    await seed();
    const backup = await exportBackup();
    await updateSettings({ cue: 'none', hoverDelayMs: 800 });
    const preview = previewImport(await readUserData(), backup);
    expect(preview.settingsChanged.map((change) => change.key).sort()).toEqual(['cue', 'hoverDelayMs']);
  });

  it('an import can be undone', async () => {
    await seed();
    const before = await readUserData();
    const backup: Backup = { ...(await exportBackup()), settings: { ...DEFAULT_SETTINGS, enabled: false }, notes: {} };
    await applyBackup(backup);
    expect((await readSettings()).enabled).toBe(false);
    expect(await undoLastChange()).toBe(true);
    expect(await readUserData()).toEqual(before);
    expect(await undoLastChange()).toBe(false);
  });

  it('reset puts settings back to defaults, keeps notes and packs, and can be undone', async () => {
    await seed();
    await resetSettings();
    const after = await readUserData();
    expect(after.settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(after.notes).sort()).toEqual(['BTC', 'GRT']);
    expect(after.packs).toHaveLength(1);
    await undoLastChange();
    expect((await readSettings()).cue).toBe('badge');
  });

  it('undoing an import keeps what was written after it', async () => {
    await seed();
    const incoming: Backup = {
      ...(await exportBackup()),
      settings: { ...DEFAULT_SETTINGS, cue: 'none', theme: 'dark' },
      notes: {
        GRT: { text: 'From the file.', updatedAt: '2026-11-01T00:00:00.000Z' },
        SOL: { text: 'New from the file.', updatedAt: '2026-11-01T00:00:00.000Z' },
      },
    };
    await applyBackup(incoming);
    // A week of use after the import: a new note, an edit of an imported one, a setting changed.
    await saveNote('ETH', 'Written after the import.');
    await saveNote('SOL', 'Edited after the import.');
    await updateSettings({ theme: 'light' });
    expect(await undoLastChange()).toBe(true);
    const after = await readUserData();
    expect(after.notes.GRT!.text).toBe('Watching the indexer economics.');
    expect(after.notes.BTC!.text).toBe('Long term.');
    expect(after.notes.ETH!.text).toBe('Written after the import.');
    expect(after.notes.SOL!.text).toBe('Edited after the import.');
    expect(after.settings.cue).toBe('badge');
    expect(after.settings.theme).toBe('light');
    expect(after.packs).toHaveLength(1);
  });

  it('an import that fails half way puts back what it wrote and keeps the earlier undo', async () => {
    await seed();
    await resetSettings();
    const before = await readUserData();
    const undoBefore = await fakeBrowser.storage.local.get('undoSnapshot');
    // The last of the three writes, the imported packs, hits the local quota.
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('importedPacks' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const incoming: Backup = {
      ...(await exportBackup()),
      settings: { ...DEFAULT_SETTINGS, enabled: false },
      notes: { XRP: { text: 'x', updatedAt: '2026-11-01T00:00:00.000Z' } },
    };
    await expect(applyBackup(incoming)).rejects.toThrow('QUOTA_BYTES');
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await readUserData()).toEqual(before);
    expect(await fakeBrowser.storage.local.get('undoSnapshot')).toEqual(undoBefore);
  });
});

describe('bad backup files change nothing and say what is wrong', () => {
  const valid = (): Backup => ({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-24T08:00:00.000Z',
    extensionVersion: '1.0.0',
    settings: { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites } },
    notes: { GRT: { text: 'note', updatedAt: '2026-11-24T08:00:00.000Z' } },
    packs: [{ id: 'sample-pack', fileName: 'sample.json', importedAt: '2026-11-24T08:00:00.000Z', pack: samplePack() }],
  });

  it('accepts the valid baseline', () => {
    expect(parseBackupText(JSON.stringify(valid())).ok).toBe(true);
  });

  it('not JSON', () => expect(problemsOf('not json at all')[0]!.code).toBe('not-json'));
  it('too large', () => expect(problemsOf(' '.repeat(MAX_BACKUP_BYTES + 1))[0]!.code).toBe('too-large'));
  it('a pack file instead of a backup', () =>
    expect(problemsOf(JSON.stringify(samplePack()))[0]).toMatchObject({ path: 'format', code: 'not-a-backup' }));
  it('a future version', () =>
    expect(problemsOf(JSON.stringify({ ...valid(), version: 3 }))[0]).toMatchObject({
      path: 'version',
      code: 'unsupported-version',
    }));

  it('a setting of the wrong shape, by field', () => {
    const backup = valid() as unknown as { settings: Record<string, unknown> };
    backup.settings.openOn = 'telepathy';
    expect(problemsOf(JSON.stringify(backup))).toContainEqual(
      expect.objectContaining({ path: 'settings.openOn', code: 'not-allowed' }),
    );
  });

  it('a note that is too long, by ticker', () => {
    const backup = valid();
    backup.notes.GRT!.text = 'x'.repeat(5000);
    expect(problemsOf(JSON.stringify(backup))).toContainEqual(
      expect.objectContaining({ path: 'notes.GRT.text', code: 'too-long' }),
    );
  });

  it('a pack inside that fails validation, with the path into the pack', () => {
    const backup = valid();
    (backup.packs[0]!.pack as ReturnType<typeof samplePack>).tickers[0]!.claims = ['missing-claim'];
    expect(problemsOf(JSON.stringify(backup))).toContainEqual({
      path: 'packs[0].pack.tickers[0].claims[0]',
      code: 'unknown-reference',
      params: { value: 'missing-claim' },
    });
  });

  it('a stored pack whose id is not the id of the pack inside', () => {
    const backup = valid();
    backup.packs[0]!.id = 'another-pack';
    expect(problemsOf(JSON.stringify(backup))).toContainEqual({
      path: 'packs[0].id',
      code: 'id-mismatch',
      params: { value: 'another-pack', expected: 'sample-pack' },
    });
  });

  it('a missing section', () => {
    const { notes: _notes, ...backup } = valid();
    expect(problemsOf(JSON.stringify(backup))).toContainEqual({ path: 'notes', code: 'missing' });
  });
});

describe('importing and removing packs', () => {
  beforeEach(resetBrowserWithBackground);

  it('rejects a pack that claims the built-in pack’s id', async () => {
    const pack = { ...samplePack(), id: 'twitter-crypto-2023' };
    const result = await importPackFile(JSON.stringify(pack), 'clash.json');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'id', code: 'duplicate', params: { value: 'twitter-crypto-2023' } }],
    });
    expect(await importedPacksItem.getValue()).toEqual([]);
  });

  it('replaces an imported pack with the same id instead of adding a second', async () => {
    await importPackFile(JSON.stringify(samplePack()), 'a.json');
    const result = await importPackFile(
      JSON.stringify({ ...samplePack(), summary: { en: 'New.', zh: '新的。' } }),
      'b.json',
    );
    expect(result).toEqual({ ok: true, id: 'sample-pack', replaced: true });
    const stored = await importedPacksItem.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.fileName).toBe('b.json');
  });

  it('a broken file stores nothing', async () => {
    const result = await importPackFile('{"format":"cashtag-context-pack","version":1}', 'broken.json');
    expect(result.ok).toBe(false);
    expect(await importedPacksItem.getValue()).toEqual([]);
  });

  it('the built-in pack can be turned off but not removed', async () => {
    await expect(removePack('twitter-crypto-2023')).rejects.toThrow(/turned off, not removed/);
  });
});

describe('notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both of two notes saved at the same moment', async () => {
    await Promise.all([saveNote('GRT', 'one'), saveNote('BTC', 'two')]);
    expect(Object.keys(await notesItem.getValue()).sort()).toEqual(['BTC', 'GRT']);
  });

  it('refuses a note over the limit and stores nothing', async () => {
    await expect(saveNote('GRT', 'x'.repeat(2001))).rejects.toThrow('note-too-long');
    expect(await notesItem.getValue()).toEqual({});
  });
});
