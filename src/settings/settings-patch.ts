import type { SiteGroup } from '../x-hosts';
import { normalizeSettings, TICKER_LISTS, type Settings, type TickerList } from './settings-shape';
import { sameValue } from './undo';

/**
 * A change to some settings, applied to the settings as stored when its turn comes rather than
 * written over them, so that two pages changing different settings at once both keep theirs. Plain
 * data, since it crosses a message to the background. The two maps change entry by entry:
 * `sites: { pro: false }` leaves the other sites as they are; `packs: { id: null }` forgets a
 * pack's switch (the pack is then on, the default). The ticker lists change symbol by symbol:
 * `muted: { PEPE: true }` adds `PEPE`, `{ PEPE: false }` takes it out, the rest stay.
 */
export type SettingsPatch = Partial<Omit<Settings, 'sites' | 'packs' | TickerList>> & {
  sites?: Partial<Record<SiteGroup, boolean>>;
  packs?: Record<string, boolean | null>;
} & Partial<Record<TickerList, Record<string, boolean>>>;

export class InvalidSettingError extends Error {
  constructor(
    readonly key: string,
    readonly value: unknown,
  ) {
    super(`The setting "${key}" cannot be ${JSON.stringify(value) ?? String(value)}; nothing was changed.`);
  }
}

/**
 * `current` with `patch` applied. A value the settings cannot hold is refused with its name rather
 * than repaired: repair would put the default in place of what the reader had chosen before.
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const { sites, packs, watched, muted, ...fields } = patch;
  const merged: Record<string, unknown> = {
    ...current,
    ...fields,
    sites: { ...current.sites, ...sites },
    packs: withEntries(current.packs, packs ?? {}),
    watched: withSymbols(current.watched, watched ?? {}),
    muted: withSymbols(current.muted, muted ?? {}),
  };
  const next = normalizeSettings(merged);
  for (const [key, value] of Object.entries(merged)) {
    if (!sameValue((next as unknown as Record<string, unknown>)[key], value)) throw new InvalidSettingError(key, value);
  }
  return next;
}

function withEntries(map: Record<string, boolean>, changes: Record<string, boolean | null>): Record<string, boolean> {
  const result = { ...map };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result;
}

/** `list` with the symbols marked true added and those marked false taken out, sorted. */
function withSymbols(list: readonly string[], changes: Record<string, boolean>): string[] {
  const symbols = new Set(list);
  for (const [symbol, on] of Object.entries(changes)) {
    if (on) symbols.add(symbol);
    else symbols.delete(symbol);
  }
  return [...symbols].sort();
}

/** The patch that turns `from` into `to`, naming only what differs (for import, reset and undo). */
export function patchBetween(from: Settings, to: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  const entryWise: readonly string[] = ['sites', 'packs', ...TICKER_LISTS];
  for (const key of Object.keys(to) as (keyof Settings)[]) {
    if (!entryWise.includes(key) && !sameValue(from[key], to[key])) patch[key] = to[key];
  }
  for (const list of TICKER_LISTS) {
    const changes = symbolChanges(from[list], to[list]);
    if (changes) patch[list] = changes;
  }
  const sites = changedEntries(from.sites, to.sites);
  const packs = changedEntries(from.packs, to.packs);
  if (sites) patch.sites = sites;
  if (packs) patch.packs = packs;
  return patch as SettingsPatch;
}

/** The entries of `to` that differ from `from`, and `null` for those it drops; undefined if none. */
function changedEntries<T>(from: Record<string, T>, to: Record<string, T>): Record<string, T | null> | undefined {
  const changes: Record<string, T | null> = {};
  for (const key of Object.keys(from)) if (!(key in to)) changes[key] = null;
  for (const [key, value] of Object.entries(to)) if (!sameValue(from[key], value)) changes[key] = value;
  return Object.keys(changes).length ? changes : undefined;
}

/** The symbols `to` adds (true) and drops (false) against `from`; undefined if none. */
function symbolChanges(from: readonly string[], to: readonly string[]): Record<string, boolean> | undefined {
  const changes: Record<string, boolean> = {};
  for (const symbol of from) if (!to.includes(symbol)) changes[symbol] = false;
  for (const symbol of to) if (!from.includes(symbol)) changes[symbol] = true;
  return Object.keys(changes).length ? changes : undefined;
}
