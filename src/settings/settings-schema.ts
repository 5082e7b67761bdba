import * as v from 'valibot';
import { SYMBOL_PATTERN } from '../cashtags/symbol';
import {
  ANNOTATE_MODES,
  CARD_SIZES,
  CROWDED_RANGE,
  CUES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MAX_TICKER_LIST,
  OPEN_MODES,
  THEMES,
  TOUCH_OPEN_MODES,
  type Settings,
} from './settings-shape';

/** Settings added in version 3: a backup written before them has none, and still imports. */
export const LATER_SETTINGS = ['watched', 'muted', 'fadeCrowded', 'crowdedAt'] as const;
type LaterSetting = (typeof LATER_SETTINGS)[number];

/** A list as the file holds it; kept sorted and once each, as the settings hold it. */
const TickerListSchema = v.pipe(
  v.array(v.pipe(v.string(), v.regex(SYMBOL_PATTERN))),
  v.maxLength(MAX_TICKER_LIST),
  v.transform((symbols) => [...new Set(symbols)].sort()),
);

/**
 * The strict schema for settings inside an imported backup file: every field required and of the
 * right type, so the preview shows exactly what will be written. Stored settings are read more
 * forgivingly, field by field (`normalizeSettings`).
 */
export const SettingsSchema = v.strictObject({
  enabled: v.boolean(),
  sites: v.strictObject({ x: v.boolean(), twitter: v.boolean(), mobile: v.boolean(), pro: v.boolean() }),
  annotate: v.picklist(ANNOTATE_MODES),
  openOn: v.picklist(OPEN_MODES),
  // Added without a version bump: backups written before it have no such field and mean the default.
  touchOpen: v.optional(v.picklist(TOUCH_OPEN_MODES), 'tap'),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  cue: v.picklist(CUES),
  cardSize: v.picklist(CARD_SIZES),
  showTimeline: v.boolean(),
  theme: v.picklist(THEMES),
  language: v.picklist(LANGUAGES),
  packs: v.record(v.pipe(v.string(), v.maxLength(64)), v.boolean()),
  // Absent in an older backup: the import then leaves the reader's own values as they are.
  watched: v.optional(TickerListSchema),
  muted: v.optional(TickerListSchema),
  fadeCrowded: v.optional(v.boolean()),
  crowdedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(CROWDED_RANGE.min), v.maxValue(CROWDED_RANGE.max))),
});

/** Settings as a backup file holds them: those added since version 2 may be missing. */
export type BackupSettings = Omit<Settings, LaterSetting> & Partial<Pick<Settings, LaterSetting>>;

// The schema and the Settings interface must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesSettings: Same<v.InferOutput<typeof SettingsSchema>, BackupSettings> = true;
void schemaMatchesSettings;
