import { BUILTIN_PACK_ID, BUILTIN_PACK_JSON } from '../context/builtin-pack';
import type { ContextPack } from '../context/pack-schema';
import { parsePack, type PackProblem } from '../context/parse-pack';
import { importedPacksItem } from './imported-packs';
import { readSettings } from './settings';

export interface LoadedPack {
  id: string;
  builtin: boolean;
  enabled: boolean;
  pack?: ContextPack;
  /** Set when a stored pack no longer passes validation (e.g. stored by a future version). */
  problems?: PackProblem[];
  fileName?: string;
  importedAt?: string;
}

/** Every pack the user has, built-in first, each validated and with its on/off state. */
export async function loadPacks(): Promise<LoadedPack[]> {
  const [settings, imported] = await Promise.all([readSettings(), importedPacksItem.getValue()]);
  const enabled = (id: string) => settings.packs[id] !== false;
  const builtin = parsePack(BUILTIN_PACK_JSON);
  const loaded: LoadedPack[] = [
    { id: BUILTIN_PACK_ID, builtin: true, enabled: enabled(BUILTIN_PACK_ID), ...result(builtin) },
  ];
  for (const stored of imported) {
    loaded.push({
      id: stored.id,
      builtin: false,
      enabled: enabled(stored.id),
      fileName: stored.fileName,
      importedAt: stored.importedAt,
      ...result(parsePack(stored.pack)),
    });
  }
  return loaded;
}

function result(parsed: ReturnType<typeof parsePack>): Pick<LoadedPack, 'pack' | 'problems'> {
  return parsed.ok ? { pack: parsed.pack } : { problems: parsed.problems };
}

/** The packs the card draws from: enabled and valid. */
export async function activePacks(): Promise<ContextPack[]> {
  return (await loadPacks()).filter((loaded) => loaded.enabled && loaded.pack).map((loaded) => loaded.pack!);
}
