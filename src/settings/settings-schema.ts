import * as v from 'valibot';
import {
  ANNOTATE_MODES,
  CARD_SIZES,
  CUES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  OPEN_MODES,
  THEMES,
  TOUCH_OPEN_MODES,
  type Settings,
} from './settings-shape';

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
});

// The schema and the Settings interface must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesSettings: Same<v.InferOutput<typeof SettingsSchema>, Settings> = true;
void schemaMatchesSettings;
