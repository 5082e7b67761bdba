/** The languages the extension ships. `zh_CN` follows the browser's `_locales` naming. */
export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** One surface's messages in every shipped language; the type forces both languages to have every key. */
export type Catalog<Key extends string> = Record<Locale, Record<Key, string>>;

export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders. Values are plain strings: the UI renders them as text, never markup. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate<Key extends string> = (key: Key, params?: Params) => string;

export function translator<Key extends string>(catalog: Catalog<Key>, locale: Locale): Translate<Key> {
  const messages = catalog[locale];
  return (key, params) => fill(messages[key], params);
}
