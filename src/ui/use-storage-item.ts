import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useState } from 'preact/hooks';

/**
 * A storage item's value, kept current: a change made in another tab, the card or the popup shows
 * here at once. `undefined` until the first read finishes.
 */
export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  normalize: (value: T) => T = (value) => value,
) {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((initial) => live && setValue(normalize(initial)));
    const unwatch = item.watch((next) => setValue(normalize(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
