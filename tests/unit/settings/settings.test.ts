import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateSettingsV1ToV2 } from '../../../src/settings/settings-migrations';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/settings/settings-shape';

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
    const repaired = normalizeSettings({ enabled: false, annotate: 'nonsense', hoverDelayMs: 99999, cue: 'badge', sites: { x: false, pro: 'yes' } });
    expect(repaired.enabled).toBe(false);
    expect(repaired.cue).toBe('badge');
    expect(repaired.annotate).toBe(DEFAULT_SETTINGS.annotate);
    expect(repaired.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(repaired.sites).toEqual({ x: false, twitter: true, mobile: true, pro: true });
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
});

describe('the stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a value a version-1 build left in storage, on first read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, disabledSites: ['pro.x.com'], annotate: 'article', openOn: 'hover', hoverDelayMs: 150 } });
    // A fresh module, as at extension start-up: migrations run when the item is defined.
    vi.resetModules();
    const { readSettings } = await import('../../../src/settings/settings');
    const settings = await readSettings();
    expect(settings.sites.pro).toBe(false);
    expect(settings.annotate).toBe('article');
    expect(settings.openOn).toBe('hover');
    expect(settings.hoverDelayMs).toBe(150);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
  });
});

describe('updating settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies quick successive changes in order, none lost', async () => {
    const { readSettings, updateSettings } = await import('../../../src/settings/settings');
    await Promise.all([updateSettings({ cardSize: 'compact' }), updateSettings({ showTimeline: false }), updateSettings({ cue: 'badge' })]);
    expect(await readSettings()).toMatchObject({ cardSize: 'compact', showTimeline: false, cue: 'badge' });
  });

  it('two quick switches of one map (packs, sites) both stick', async () => {
    const { readSettings, updateSettings } = await import('../../../src/settings/settings');
    const { setPackEnabled } = await import('../../../src/settings/user-data');
    await Promise.all([
      setPackEnabled('first-pack', false),
      setPackEnabled('second-pack', false),
      updateSettings(({ sites }) => ({ sites: { ...sites, pro: false } })),
      updateSettings(({ sites }) => ({ sites: { ...sites, mobile: false } })),
    ]);
    const settings = await readSettings();
    expect(settings.packs).toEqual({ 'first-pack': false, 'second-pack': false });
    expect(settings.sites).toEqual({ x: true, twitter: true, mobile: false, pro: false });
  });
});

