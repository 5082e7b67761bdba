import type { Locale } from './catalog';

/**
 * The words around dates that `Intl` does not supply: a quarter, and a date the article gives
 * only roughly. Shared by the card and the options page, which both format the pack's dates.
 */
export const dateWords: Record<Locale, { quarter: string; approximately: string; quarterNumbers: readonly string[] }> =
  {
    en: { quarter: 'Q{n} {year}', approximately: 'c. {date}', quarterNumbers: ['1', '2', '3', '4'] },
    zh_CN: { quarter: '{year}年第{n}季度', approximately: '约 {date}', quarterNumbers: ['一', '二', '三', '四'] },
  };
