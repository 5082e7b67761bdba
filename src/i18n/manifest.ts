import type { Catalog } from './catalog';

/** Strings the browser itself shows (store listing, toolbar tooltip); written to `_locales` at build time. */
export const manifestMessages: Catalog<'extName' | 'extDescription' | 'actionTitle'> = {
  en: {
    extName: 'Cashtag Context',
    extDescription:
      'Hover a $cashtag on X to see what a sourced research article says about Twitter and crypto. No network, no tracking.',
    actionTitle: 'Cashtag Context',
  },
  zh_CN: {
    extName: 'Cashtag Context 代币语境',
    extDescription: '在 X 上悬停 $代码，查看一篇有出处的研究文章如何评价 Twitter 与加密货币。不联网，不追踪。',
    actionTitle: 'Cashtag Context 代币语境',
  },
};
