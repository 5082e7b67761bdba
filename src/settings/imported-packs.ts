import { storage } from '@wxt-dev/storage';
import { PACKS_KEY } from './storage-keys';

/** A pack the user imported, stored as the JSON they chose (checked again whenever it is loaded). */
export interface StoredPack {
  id: string;
  fileName: string;
  importedAt: string;
  pack: unknown;
}

/** Local, not synced: packs can be hundreds of KB, far beyond sync's 8 KB per item. */
export const importedPacksItem = storage.defineItem<StoredPack[]>(`local:${PACKS_KEY}`, {
  fallback: [],
  version: 1,
});
