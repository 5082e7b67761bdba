import { BUILTIN_PACK_ID } from './builtin-pack';
import { parsePackText, type PackResult } from './parse-pack';

/**
 * Everything a pack file must pass before it is imported. The options page's import and
 * `npm run pack:check` both call this, so a file the checker accepts is one the page accepts.
 */
export function checkPackImport(text: string): PackResult {
  const parsed = parsePackText(text);
  // An import may replace an earlier import of the same pack, never the built-in one.
  if (parsed.ok && parsed.pack.id === BUILTIN_PACK_ID) {
    return { ok: false, problems: [{ path: 'id', code: 'duplicate', params: { value: parsed.pack.id } }] };
  }
  return parsed;
}
