import type { Bilingual } from '../context/pack-schema';
import type { Locale } from './catalog';

/** The user's language setting: follow the browser, or a fixed language. */
export type LanguageSetting = 'auto' | Locale;

/** Any Chinese browser language gets Simplified Chinese; everything else gets English. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh_CN' : 'en';
}

export function resolveLocale(setting: LanguageSetting, browserLanguage: string | undefined): Locale {
  return setting === 'auto' ? localeFromLanguageTag(browserLanguage) : setting;
}

/** BCP 47 tag for `Intl` formatting and the `lang` attribute. */
export function languageTag(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The reader's language's half of a bilingual text from a pack. */
export const pick = (text: Bilingual, locale: Locale) => (locale === 'zh_CN' ? text.zh : text.en);
