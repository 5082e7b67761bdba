import * as v from 'valibot';
import { SYMBOL_PATTERN } from '../cashtags/symbol';
import { STANCE_MAX, STANCE_MIN } from './stance';

/**
 * The context-pack format. The built-in article pack and every pack a user imports are this one
 * shape, checked by this one schema, so the import path and the built-in path cannot drift apart.
 */
export const PACK_FORMAT = 'cashtag-context-pack';
export const PACK_FORMAT_VERSION = 1;
/** Largest pack file accepted; the built-in pack is a small fraction of it. */
export const MAX_PACK_BYTES = 512 * 1024;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`, matched to the event's precision. */
const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const bilingual = (max: number) => v.strictObject({ en: text(max), zh: text(max) });
const id = v.pipe(v.string(), v.regex(ID_PATTERN));
const ids = (max: number) => v.pipe(v.array(id), v.maxLength(max));
const paragraph = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));
/** Figures and dates exactly as the cited paragraph writes them (each must be a substring of it). */
const figures = v.pipe(v.array(text(80)), v.maxLength(12));

const stance = v.pipe(v.number(), v.integer(), v.minValue(STANCE_MIN), v.maxValue(STANCE_MAX));

export const PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;

export const ClaimSchema = v.strictObject({
  id,
  text: bilingual(600),
  paragraph,
  figures,
});

export const TimelineEventSchema = v.strictObject({
  id,
  date: v.pipe(v.string(), v.regex(DATE_PATTERN)),
  precision: v.picklist(PRECISIONS),
  /** Last year of a span such as a CEO's term, when the article gives one. */
  endYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  /** The article dates it loosely ("about two years ago", "last week"). */
  approximate: v.optional(v.boolean()),
  /**
   * A few words written on the timeline next to the event when it concerns the card's ticker
   * ("Goes public at $26"); without one, the chart shows the start of `text`. Chinese runs
   * shorter, since each character is drawn twice as wide.
   */
  label: v.optional(v.strictObject({ en: text(32), zh: text(20) })),
  text: bilingual(300),
  stance,
  paragraph,
  figures,
  claims: v.optional(ids(20)),
});

/** `named`: the article writes the cashtag itself. `concerns`: it names the asset or company behind it. */
export const RELATIONS = ['named', 'concerns'] as const;
export const ASSET_KINDS = ['crypto', 'stock', 'nft'] as const;

export const TickerSchema = v.strictObject({
  symbol: v.pipe(v.string(), v.regex(SYMBOL_PATTERN)),
  name: bilingual(80),
  assetKind: v.picklist(ASSET_KINDS),
  relation: v.picklist(RELATIONS),
  /** Why the ticker is in the index, including any link that is ours rather than the article's. */
  why: bilingual(400),
  claims: v.pipe(ids(30), v.minLength(1)),
  events: v.optional(ids(20)),
});

export const SourceSchema = v.strictObject({
  title: v.strictObject({ original: text(200), en: text(200), zh: text(200) }),
  author: text(120),
  /** Who the author is, as the article introduces them. */
  authorNote: bilingual(300),
  /** Where the text came from before this version, e.g. the author's fund. */
  originalPublication: bilingual(200),
  /** Who published the version the pack was written from (a translator or an outlet). */
  publisher: bilingual(200),
  date: v.pipe(v.string(), v.isoDate()),
  /** BCP 47 tag of the version the pack was written from. */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)),
  /** How many paragraphs the source has; every `paragraph` reference must fall inside it. */
  paragraphCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
});

export const PackSchema = v.strictObject({
  /** Where an editor finds the JSON Schema of this format (src/context/packs/pack.schema.json); not used otherwise. */
  $schema: v.optional(v.string()),
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_FORMAT_VERSION),
  id,
  title: bilingual(200),
  source: SourceSchema,
  verdict: v.strictObject({ text: bilingual(300), stance }),
  summary: bilingual(1200),
  claims: v.pipe(v.array(ClaimSchema), v.minLength(1), v.maxLength(500)),
  timeline: v.pipe(v.array(TimelineEventSchema), v.maxLength(200)),
  tickers: v.pipe(v.array(TickerSchema), v.maxLength(300)),
  /** What to say about a ticker the pack does not index, most relevant first. */
  general: v.strictObject({ crypto: ids(20), stock: ids(20) }),
});

export type ContextPack = v.InferOutput<typeof PackSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Ticker = v.InferOutput<typeof TickerSchema>;
export type Bilingual = { en: string; zh: string };
