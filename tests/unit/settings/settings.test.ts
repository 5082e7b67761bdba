import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPageSettings, watchPageStorage } from '../../../src/settings/page-storage';
import { readSettings, updateSettings } from '../../../src/settings/settings';
import { migrateSettingsV1ToV2 } from '../../../src/settings/settings-migrations';
import * as v from 'valibot';
import { SettingsSchema } from '../../../src/settings/settings-schema';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/settings/settings-shape';
import { resetSettings, setPackEnabled } from '../../../src/settings/user-data';
import { resetBrowserWithBackground } from '../helpers/background';

describe('settings defaults and repair', () => {
  it('defaults annotate every cashtag, open on hover and focus after 300 ms, everywhere', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      annotate: 'all',
      openOn: 'hover-focus',
      hoverDelayMs: 300,
      sites: { x: true, twitter: true, mobile: true, pro: true },
      language: 'auto',
      theme: 'auto',
    });
  });

  it('keeps every valid field and repairs only the broken ones', () => {
    const repaired = normalizeSettings({
      enabled: false,
      annotate: 'nonsense',
      hoverDelayMs: 99999,
      cue: 'badge',
      sites: { x: false, pro: 'yes' },
    });
    expect(repaired.enabled).toBe(false);
    expect(repaired.cue).toBe('badge');
    expect(repaired.annotate).toBe(DEFAULT_SETTINGS.annotate);
    expect(repaired.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(repaired.sites).toEqual({ x: false, twitter: true, mobile: true, pro: true });
  });

  it('settings stored before the touch setting existed read as "a tap opens the card"; a stored choice stays', () => {
    const { touchOpen: _, ...before } = DEFAULT_SETTINGS;
    expect(normalizeSettings({ ...before, openOn: 'click' })).toEqual({ ...DEFAULT_SETTINGS, openOn: 'click' });
    expect(normalizeSettings({ ...before, touchOpen: 'long-press' }).touchOpen).toBe('long-press');
    expect(normalizeSettings({ ...before, touchOpen: 'swipe' }).touchOpen).toBe('tap');
  });

  it('a backup written before the touch setting existed still imports, as "a tap opens the card"', () => {
    const { touchOpen: _, ...before } = DEFAULT_SETTINGS;
    expect(v.parse(SettingsSchema, before).touchOpen).toBe('tap');
    expect(v.safeParse(SettingsSchema, { ...before, touchOpen: 'swipe' }).success).toBe(false);
  });

  it.each([null, undefined, 'text', 42, []])('turns %j into the defaults', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migration from version 1', () => {
  it('turns the list of switched-off hosts into per-site switches and keeps the other choices', () => {
    const v2 = migrateSettingsV1ToV2({
      enabled: true,
      disabledSites: ['twitter.com', 'mobile.x.com'],
      annotate: 'crypto',
      openOn: 'click',
      hoverDelayMs: 500,
    });
    expect(v2).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { x: true, twitter: false, mobile: false, pro: true },
      annotate: 'crypto',
      openOn: 'click',
      hoverDelayMs: 500,
    });
  });

  it('ignores hosts it does not know and survives a damaged v1 value', () => {
    expect(migrateSettingsV1ToV2({ disabledSites: ['example.com'], hoverDelayMs: -1 })).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1ToV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a version-2 value as it is, sites included', () => {
    const sites = { x: false, twitter: true, mobile: false, pro: true };
    const v2: Settings = { ...DEFAULT_SETTINGS, sites, cue: 'none' };
    expect(migrateSettingsV1ToV2(v2)).toEqual(v2);
  });
});

describe('the stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a value a version-1 build left in storage, on first read', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: true,
        disabledSites: ['pro.x.com'],
        annotate: 'article',
        openOn: 'hover',
        hoverDelayMs: 150,
      },
    });
    // A fresh module, as at extension start-up: migrations run when the item is defined.
    vi.resetModules();
    const { readSettings } = await import('../../../src/settings/settings');
    const settings = await readSettings();
    expect(settings.sites.pro).toBe(false);
    expect(settings.annotate).toBe('article');
    expect(settings.openOn).toBe('hover');
    expect(settings.hoverDelayMs).toBe(150);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 3 } });
  });
});

describe('updating settings', () => {
  beforeEach(resetBrowserWithBackground);

  it('applies quick successive changes in order, none lost', async () => {
    await Promise.all([
      updateSettings({ cardSize: 'compact' }),
      updateSettings({ showTimeline: false }),
      updateSettings({ cue: 'badge' }),
    ]);
    expect(await readSettings()).toMatchObject({ cardSize: 'compact', showTimeline: false, cue: 'badge' });
  });

  it('two quick switches of one map (packs, sites) both stick', async () => {
    await Promise.all([
      setPackEnabled('first-pack', false),
      setPackEnabled('second-pack', false),
      updateSettings({ sites: { pro: false } }),
      updateSettings({ sites: { mobile: false } }),
    ]);
    const settings = await readSettings();
    expect(settings.packs).toEqual({ 'first-pack': false, 'second-pack': false });
    expect(settings.sites).toEqual({ x: true, twitter: true, mobile: false, pro: false });
  });

  it('two pages whose reads and writes interleave both keep their change', async () => {
    // Every storage read takes a while, as it does across processes: long enough for both pages to
    // read the old value before either writes, which is how a whole-value write loses one of them.
    const read = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(async (keys) => {
      const value = await read(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return value;
    });
    const popup = updateSettings({ sites: { x: false } });
    const options = updateSettings({ cue: 'badge' });
    await Promise.all([popup, options]);
    expect(await readSettings()).toMatchObject({ cue: 'badge', sites: { x: false } });
  });

  it('an import keeps a change another page made while it ran', async () => {
    const importing = resetSettings();
    const popup = updateSettings({ sites: { twitter: false } });
    await Promise.all([importing, popup]);
    expect((await readSettings()).sites.twitter).toBe(false);
  });

  it('refuses a value the settings cannot hold, names it, and changes nothing', async () => {
    await updateSettings({ hoverDelayMs: 500 });
    await expect(updateSettings({ hoverDelayMs: -3, cue: 'none' })).rejects.toThrow('"hoverDelayMs" cannot be -3');
    await expect(updateSettings({ sites: { nowhere: false } as never })).rejects.toThrow('"sites"');
    expect(await readSettings()).toMatchObject({ hoverDelayMs: 500, cue: DEFAULT_SETTINGS.cue });
    // The queue goes on after a refusal.
    await updateSettings({ cue: 'none' });
    expect((await readSettings()).cue).toBe('none');
  });

  it('a patch that changes nothing writes nothing', async () => {
    await updateSettings({ cue: 'badge' });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updateSettings({ cue: 'badge' });
    expect(set).not.toHaveBeenCalled();
  });
});

describe('watching storage from an X tab', () => {
  beforeEach(() => fakeBrowser.reset());

  async function nextSettings(write: () => Promise<void>): Promise<Settings> {
    const seen = new Promise<Settings>((resolve) => {
      const stop = watchPageStorage({
        settings: (settings) => {
          stop();
          resolve(settings);
        },
      });
    });
    await write();
    return seen;
  }

  it('migrates version-1 settings another browser synced, as the first read does', async () => {
    const disabledSites = ['pro.x.com', 'mobile.twitter.com'];
    const v1 = { enabled: true, disabledSites, annotate: 'article', hoverDelayMs: 150 };
    const settings = await nextSettings(() => fakeBrowser.storage.sync.set({ settings: v1 }));
    expect(settings).toEqual(await readPageSettings());
    const sites = { x: true, twitter: true, mobile: false, pro: false };
    expect(settings).toMatchObject({ sites, annotate: 'article', hoverDelayMs: 150 });
  });

  it('keeps the sites of a version-2 value whose version has not been written yet', async () => {
    const v2 = { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, x: false }, cue: 'badge' };
    const settings = await nextSettings(() => fakeBrowser.storage.sync.set({ settings: v2 }));
    expect(settings).toEqual(v2);
  });

  it('reads a version-2 change as it is', async () => {
    const v2 = { ...DEFAULT_SETTINGS, theme: 'dark' };
    const settings = await nextSettings(() => fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } }));
    expect(settings).toEqual(v2);
  });
});
