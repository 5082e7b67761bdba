import type { Settings } from '../settings/settings-shape';
import { sameValue } from '../settings/undo';

/**
 * What a change of settings asks of an open X tab: packs switched on or off, or a new language,
 * `reload` the knowledge and strings; a new annotate rule, `rescan` the page; anything else,
 * `sync` the page style and the open card.
 */
export function settingsChange(previous: Settings, next: Settings): 'reload' | 'rescan' | 'sync' {
  if (!sameValue(previous.packs, next.packs) || previous.language !== next.language) return 'reload';
  return previous.annotate === next.annotate ? 'sync' : 'rescan';
}
