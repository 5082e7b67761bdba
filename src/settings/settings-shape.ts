import { isSymbol } from '../cashtags/symbol';
import { LOCALES, type Locale } from '../i18n/catalog';
import { siteGroupOf, type SiteGroup } from '../x-hosts';

/**
 * The settings' shape, defaults and repair, without a schema library: the content script needs
 * these in every X tab and stays small. The strict schema for imported files is settings-schema.ts.
 */
export const SITE_GROUPS = ['x', 'twitter', 'mobile', 'pro'] as const satisfies readonly SiteGroup[];
export const ANNOTATE_MODES = ['all', 'crypto', 'article'] as const;
export const OPEN_MODES = ['hover-focus', 'hover', 'click'] as const;
/** On a touch screen: a tap opens the card, or a long press does and a tap follows X's link. */
export const TOUCH_OPEN_MODES = ['tap', 'long-press'] as const;
export const CUES = ['underline', 'badge', 'none'] as const;
export const CARD_SIZES = ['compact', 'full'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGUAGES = ['auto', ...LOCALES] as const;
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
/** How many distinct cashtags make a post crowded. */
export const CROWDED_RANGE = { min: 3, max: 10 } as const;
/** Per list: 100 of the longest symbols still fit, with everything else, in sync's 8 KB per item. */
export const MAX_TICKER_LIST = 100;
/** The settings that list tickers; a patch adds and removes their symbols one by one. */
export const TICKER_LISTS = ['watched', 'muted'] as const;
export type TickerList = (typeof TICKER_LISTS)[number];

export type AnnotateMode = (typeof ANNOTATE_MODES)[number];
export type OpenMode = (typeof OPEN_MODES)[number];
export type TouchOpenMode = (typeof TOUCH_OPEN_MODES)[number];

export interface Settings {
  enabled: boolean;
  sites: Record<SiteGroup, boolean>;
  /** Which cashtags get a cue and a card: every one, crypto plus the article's, or the article's only. */
  annotate: AnnotateMode;
  openOn: OpenMode;
  touchOpen: TouchOpenMode;
  hoverDelayMs: number;
  cue: (typeof CUES)[number];
  cardSize: (typeof CARD_SIZES)[number];
  showTimeline: boolean;
  theme: (typeof THEMES)[number];
  language: 'auto' | Locale;
  /** Pack id → on/off. A pack not listed is on. */
  packs: Record<string, boolean>;
  /** Tickers the reader follows: their cashtags get a badge. Sorted symbols, no duplicates. */
  watched: string[];
  /** Tickers the reader mutes: posts that mention them are faded. Sorted symbols, no duplicates. */
  muted: string[];
  /** Fade posts whose text holds `crowdedAt` or more distinct cashtags. */
  fadeCrowded: boolean;
  crowdedAt: number;
}

/** The defaults, in one place. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sites: Object.freeze({ x: true, twitter: true, mobile: true, pro: true }),
  annotate: 'all',
  openOn: 'hover-focus',
  touchOpen: 'tap',
  hoverDelayMs: 300,
  cue: 'underline',
  cardSize: 'full',
  showTimeline: true,
  theme: 'auto',
  language: 'auto',
  packs: Object.freeze({}),
  watched: Object.freeze([]) as unknown as string[],
  muted: Object.freeze([]) as unknown as string[],
  fadeCrowded: false,
  crowdedAt: 5,
});

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): value is T =>
    options.includes(value as T);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check per field; `normalizeSettings` keeps a stored value only if its check passes. */
const inRange =
  (range: { min: number; max: number }) =>
  (value: unknown): boolean =>
    Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;

const FIELD_CHECKS: { [K in Exclude<keyof Settings, 'sites' | 'packs' | TickerList>]: (value: unknown) => boolean } = {
  enabled: isBoolean,
  annotate: oneOf(ANNOTATE_MODES),
  openOn: oneOf(OPEN_MODES),
  touchOpen: oneOf(TOUCH_OPEN_MODES),
  hoverDelayMs: inRange(HOVER_DELAY_RANGE),
  cue: oneOf(CUES),
  cardSize: oneOf(CARD_SIZES),
  showTimeline: isBoolean,
  theme: oneOf(THEMES),
  language: oneOf(LANGUAGES),
  fadeCrowded: isBoolean,
  crowdedAt: inRange(CROWDED_RANGE),
};

/**
 * Reads whatever is stored as settings, keeping every valid field and falling back to the default
 * for each field that is missing or wrong, so a bad value never costs the user their other choices.
 */
export function normalizeSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  const settings: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(FIELD_CHECKS)) {
    settings[key] = check(stored[key]) ? stored[key] : DEFAULT_SETTINGS[key as keyof Settings];
  }
  const sites = isRecord(stored.sites) ? stored.sites : {};
  settings.sites = Object.fromEntries(
    SITE_GROUPS.map((group) => [group, isBoolean(sites[group]) ? sites[group] : DEFAULT_SETTINGS.sites[group]]),
  );
  const packs = isRecord(stored.packs) ? stored.packs : {};
  settings.packs = Object.fromEntries(Object.entries(packs).filter(([id, on]) => id.length <= 64 && isBoolean(on)));
  for (const list of TICKER_LISTS) settings[list] = tickerList(stored[list]);
  return settings as unknown as Settings;
}

/** A stored ticker list as the settings hold it: its valid symbols, sorted, once each, at most the limit. */
export function tickerList(raw: unknown): string[] {
  const symbols = Array.isArray(raw)
    ? raw.filter((item): item is string => typeof item === 'string' && isSymbol(item))
    : [];
  return [...new Set(symbols)].sort().slice(0, MAX_TICKER_LIST);
}

/** The extension is on here: globally, and for this site's group. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  const group = siteGroupOf(hostname);
  return settings.enabled && group !== undefined && settings.sites[group];
}
