import { describe, expect, it } from 'vitest';
import { settingsChange } from '../../../src/session/settings-change';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings-shape';

const change = (previous: Partial<Settings>, next: Partial<Settings>) =>
  settingsChange({ ...DEFAULT_SETTINGS, ...previous }, { ...DEFAULT_SETTINGS, ...next });

describe('what a settings change asks of an open X tab', () => {
  it('reloads for packs and language, rescans for the annotate rule, else syncs', () => {
    expect(change({}, { language: 'zh_CN' })).toBe('reload');
    expect(change({ annotate: 'all' }, { annotate: 'crypto' })).toBe('rescan');
    expect(change({}, { cue: 'underline' })).toBe('sync');
  });

  it('rescans when the crowded-post fade or its count changes while on, not while off', () => {
    expect(change({ fadeCrowded: false }, { fadeCrowded: true })).toBe('rescan');
    expect(change({ fadeCrowded: true, crowdedAt: 5 }, { fadeCrowded: true, crowdedAt: 4 })).toBe('rescan');
    expect(change({ fadeCrowded: false, crowdedAt: 5 }, { fadeCrowded: false, crowdedAt: 4 })).toBe('sync');
  });

  it('rescans for the reader’s lists only where the rule leaves cashtags unmarked', () => {
    expect(change({ annotate: 'all' }, { annotate: 'all', muted: ['PEPE'] })).toBe('sync');
    expect(change({ annotate: 'crypto' }, { annotate: 'crypto', muted: ['PEPE'] })).toBe('rescan');
  });
});
