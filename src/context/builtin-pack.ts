import raw from './packs/twitter-crypto-2023.json';

/**
 * The article pack that ships with the extension, as raw JSON: it is checked by the same
 * `parsePack` as a user's import before anything uses it.
 */
export const BUILTIN_PACK_JSON: unknown = raw;
export const BUILTIN_PACK_ID = 'twitter-crypto-2023';
