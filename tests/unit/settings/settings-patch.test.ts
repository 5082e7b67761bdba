import { describe, expect, it, vi } from 'vitest';
import { applySettingsPatch, InvalidSettingError, patchBetween } from '../../../src/settings/settings-patch';
import { createSettingsQueue } from '../../../src/settings/settings-queue';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings-shape';

describe('the settings queue', () => {
  function slowStore(initial: Settings) {
    let stored = initial;
    const writes: Settings[] = [];
    return {
      writes,
      read: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return stored;
      },
      write: async (settings: Settings) => {
        writes.push(settings);
        stored = settings;
      },
      current: () => stored,
    };
  }

  it('applies each patch to what the one before it wrote', async () => {
    const store = slowStore(DEFAULT_SETTINGS);
    const apply = createSettingsQueue(store);
    await Promise.all([apply({ packs: { a: false } }), apply({ packs: { b: false } }), apply({ packs: { a: null } })]);
    const packs = store.writes.map((settings) => settings.packs);
    expect(packs).toEqual([{ a: false }, { a: false, b: false }, { b: false }]);
  });

  it('a failed write rejects its own patch only', async () => {
    const store = slowStore(DEFAULT_SETTINGS);
    const write = vi.fn().mockRejectedValueOnce(new Error('quota exceeded')).mockImplementation(store.write);
    const failing = { ...store, write };
    const apply = createSettingsQueue(failing);
    const results = await Promise.allSettled([apply({ cue: 'none' }), apply({ theme: 'dark' })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect(store.current()).toMatchObject({ cue: DEFAULT_SETTINGS.cue, theme: 'dark' });
  });
});

describe('patches', () => {
  const changed: Settings = {
    ...DEFAULT_SETTINGS,
    enabled: false,
    sites: { ...DEFAULT_SETTINGS.sites, mobile: false },
    hoverDelayMs: 900,
    packs: { kept: false, added: true },
  };
  const before: Settings = { ...DEFAULT_SETTINGS, packs: { kept: false, dropped: false } };

  it('patchBetween names only what differs, and applying it gives the target', () => {
    const patch = patchBetween(before, changed);
    expect(patch).toEqual({
      enabled: false,
      hoverDelayMs: 900,
      sites: { mobile: false },
      packs: { dropped: null, added: true },
    });
    expect(applySettingsPatch(before, patch)).toEqual(changed);
    expect(applySettingsPatch(changed, patchBetween(changed, before))).toEqual(before);
    expect(patchBetween(changed, changed)).toEqual({});
  });

  it('changes the maps entry by entry', () => {
    const sites = applySettingsPatch(changed, { sites: { x: false } }).sites;
    expect(sites).toEqual({ x: false, twitter: true, mobile: false, pro: true });
    expect(applySettingsPatch(changed, { packs: { kept: null } }).packs).toEqual({ added: true });
  });

  it('refuses an unknown setting', () => {
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { colour: 'red' } as never)).toThrow(InvalidSettingError);
  });
});
