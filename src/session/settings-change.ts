import type { Settings } from '../settings/settings-shape';
import { sameValue } from '../settings/undo';

/**
 * What a change of settings asks of an open X tab: packs switched on or off, or a new language,
 * `reload` the knowledge and strings; a new annotate rule, `rescan` the page; anything else,
 * `sync` the page style and the open card. Watched and muted tickers are marked whatever the rule,
 * so under a rule that leaves some cashtags unmarked, a change of those lists rescans too; so
 * does the crowded-post fade, whose count is read from each post's text.
 */
export function settingsChange(previous: Settings, next: Settings): 'reload' | 'rescan' | 'sync' {
  if (!sameValue(previous.packs, next.packs) || previous.language !== next.language) return 'reload';
  if (previous.annotate !== next.annotate) return 'rescan';
  if (previous.fadeCrowded !== next.fadeCrowded || (next.fadeCrowded && previous.crowdedAt !== next.crowdedAt))
    return 'rescan';
  const listsChanged = !sameValue(previous.watched, next.watched) || !sameValue(previous.muted, next.muted);
  return listsChanged && next.annotate !== 'all' ? 'rescan' : 'sync';
}
