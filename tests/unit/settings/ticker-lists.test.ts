import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BACKUP_FORMAT, parseBackupText, previewImport } from '../../../src/settings/backup';
import { readPageSettings } from '../../../src/settings/page-storage';
import { readSettings, updateSettings } from '../../../src/settings/settings';
import { migrateSettingsV2ToV3 } from '../../../src/settings/settings-migrations';
import { applySettingsPatch, InvalidSettingError, patchBetween } from '../../../src/settings/settings-patch';
import { DEFAULT_SETTINGS, MAX_TICKER_LIST, normalizeSettings } from '../../../src/settings/settings-shape';
import {
  applyBackup,
  exportBackup,
  readUserData,
  resetSettings,
  undoLastChange,
} from '../../../src/settings/user-data';
import { resetBrowserWithBackground } from '../helpers/background';
import { mockManifest } from '../helpers/manifest';

const V2_VALUE = {
  enabled: true,
  sites: { x: true, twitter: false, mobile: true, pro: true },
  annotate: 'crypto',
  openOn: 'hover',
  hoverDelayMs: 150,
  cue: 'badge',
  cardSize: 'compact',
  showTimeline: false,
  theme: 'dark',
  language: 'zh_CN',
  packs: { 'sample-pack': false },
};

describe('watched and muted tickers, crowded posts: shape and repair', () => {
  it('start empty, with the crowded fade off at 5', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ watched: [], muted: [], fadeCrowded: false, crowdedAt: 5 });
  });

  it('keep the valid symbols of a damaged list, sorted and once each', () => {
    const settings = normalizeSettings({ watched: ['GRT', 'btc', 42, 'GRT', 'BRK.A', '100'], muted: 'PEPE' });
    expect(settings.watched).toEqual(['BRK.A', 'GRT']);
    expect(settings.muted).toEqual([]);
  });

  it('cap a list at its limit', () => {
    const many = Array.from({ length: MAX_TICKER_LIST + 5 }, (_, index) => `T${String(index).padStart(3, '0')}`);
    expect(normalizeSettings({ muted: many }).muted).toHaveLength(MAX_TICKER_LIST);
  });

  it.each([2, 11, 4.5, '5'])('repair a crowded threshold of %j to the default', (crowdedAt) => {
    expect(normalizeSettings({ crowdedAt }).crowdedAt).toBe(5);
  });
});

describe('migration to version 3', () => {
  it('keeps every version-2 choice and adds the new settings at their defaults', () => {
    expect(migrateSettingsV2ToV3(V2_VALUE)).toEqual({
      ...V2_VALUE,
      // Added to version 2 without a bump (a missing key reads as its default).
      touchOpen: 'tap',
      watched: [],
      muted: [],
      fadeCrowded: false,
      crowdedAt: 5,
    });
  });

  it('runs on the stored item at start-up, writing version 3', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: V2_VALUE, settings$: { v: 2 } });
    vi.resetModules();
    const { readSettings: readFresh } = await import('../../../src/settings/settings');
    expect(await readFresh()).toMatchObject({ ...V2_VALUE, muted: [] });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('an X tab reads a version-2 value the same way', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: V2_VALUE, settings$: { v: 2 } });
    expect(await readPageSettings()).toEqual(migrateSettingsV2ToV3(V2_VALUE));
  });
});

describe('patching the lists symbol by symbol', () => {
  it('adds and removes one symbol, keeping the rest', () => {
    const current = { ...DEFAULT_SETTINGS, muted: ['DOGE', 'PEPE'] };
    expect(applySettingsPatch(current, { muted: { SHIB: true, PEPE: false } }).muted).toEqual(['DOGE', 'SHIB']);
  });

  it('refuses a symbol that is none, naming the list', () => {
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { watched: { $grt: true } })).toThrow(InvalidSettingError);
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { watched: { $grt: true } })).toThrow(/"watched"/);
  });

  it('refuses to go over the limit rather than drop a symbol', () => {
    const full = Array.from({ length: MAX_TICKER_LIST }, (_, index) => `T${String(index).padStart(3, '0')}`);
    expect(() => applySettingsPatch({ ...DEFAULT_SETTINGS, muted: full }, { muted: { ZZZ: true } })).toThrow(
      InvalidSettingError,
    );
  });

  it('patchBetween names the symbols added and dropped, and applying it gives the target', () => {
    const from = { ...DEFAULT_SETTINGS, watched: ['BTC', 'GRT'], muted: ['PEPE'] };
    const to = { ...DEFAULT_SETTINGS, watched: ['ETH', 'GRT'], muted: ['PEPE'], fadeCrowded: true, crowdedAt: 7 };
    const patch = patchBetween(from, to);
    expect(patch).toEqual({ watched: { BTC: false, ETH: true }, fadeCrowded: true, crowdedAt: 7 });
    expect(applySettingsPatch(from, patch)).toEqual(to);
  });

  it('two tabs muting different tickers at the same moment both keep theirs', async () => {
    resetBrowserWithBackground();
    await Promise.all([updateSettings({ muted: { PEPE: true } }), updateSettings({ muted: { DOGE: true } })]);
    expect((await readSettings()).muted).toEqual(['DOGE', 'PEPE']);
  });
});

describe('in export, import, reset and undo', () => {
  beforeEach(() => {
    resetBrowserWithBackground();
    mockManifest();
  });

  const backupText = (settings: object) =>
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-11-24T08:00:00.000Z',
      extensionVersion: '1.0.0',
      settings,
      notes: {},
      packs: [],
    });

  it('export then import into a fresh browser restores the lists and the crowded fade', async () => {
    await updateSettings({ watched: { GRT: true }, muted: { PEPE: true }, fadeCrowded: true, crowdedAt: 3 });
    const text = JSON.stringify(await exportBackup());
    resetBrowserWithBackground();
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await applyBackup(parsed.backup);
    expect(await readSettings()).toMatchObject({ watched: ['GRT'], muted: ['PEPE'], fadeCrowded: true, crowdedAt: 3 });
  });

  it('a backup written before version 3 imports and keeps the reader’s lists', async () => {
    await updateSettings({ muted: { PEPE: true }, crowdedAt: 8 });
    const parsed = parseBackupText(backupText({ ...V2_VALUE, packs: {} }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const preview = previewImport(await readUserData(), parsed.backup);
    expect(preview.settingsChanged.map((change) => change.key)).not.toContain('muted');
    await applyBackup(parsed.backup);
    expect(await readSettings()).toMatchObject({ muted: ['PEPE'], crowdedAt: 8, theme: 'dark' });
  });

  it('names a bad symbol in a backup’s list by its place', () => {
    const parsed = parseBackupText(backupText({ ...DEFAULT_SETTINGS, muted: ['PEPE', '$DOGE'] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ path: 'settings.muted[1]', code: 'bad-pattern' });
  });

  it('reset empties the lists, and undo brings them back', async () => {
    await updateSettings({ watched: { GRT: true }, muted: { PEPE: true }, fadeCrowded: true });
    await resetSettings();
    expect(await readSettings()).toMatchObject({ watched: [], muted: [], fadeCrowded: false });
    expect(await undoLastChange()).toBe(true);
    expect(await readSettings()).toMatchObject({ watched: ['GRT'], muted: ['PEPE'], fadeCrowded: true });
  });
});
