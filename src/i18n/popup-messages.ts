import type { Catalog } from './catalog';

type PopupKey =
  | 'title'
  | 'siteSwitch'
  | 'offEverywhere'
  | 'notX'
  | 'noReply'
  | 'saveFailed'
  | 'found'
  | 'foundNone'
  | 'looksDifferent'
  | 'named'
  | 'kindCrypto'
  | 'kindOther'
  | 'kindArticle'
  | 'count'
  | 'openOptions'
  | 'loading'
  // Watch & mute (issue 17)
  | 'watched'
  | 'muted';

/** The toolbar popup's strings. */
export const popupMessages: Catalog<PopupKey> = {
  en: {
    title: 'Cashtag Context',
    siteSwitch: 'On for {site}',
    offEverywhere: 'The extension is switched off everywhere. Turn it on in the options.',
    notX: 'This tab is not an X page. Open x.com to see cashtags with the article’s context.',
    noReply: 'This X tab has not loaded the extension yet. Reload the tab to start it.',
    saveFailed: 'Not saved: {reason}',
    found: 'Cashtags on this page',
    foundNone: 'No cashtags on this page yet.',
    looksDifferent:
      'X’s page looks different from what this version knows: its cashtag links were not found. Cards still open from the text of posts.',
    named: 'named in the article',
    kindArticle: 'in the article',
    kindCrypto: 'crypto',
    kindOther: 'stock or other',
    count: '{count}×',
    openOptions: 'Options',
    loading: 'Reading this tab…',
    // Watch & mute (issue 17)
    watched: 'watched',
    muted: 'muted',
  },
  zh_CN: {
    title: 'Cashtag Context 代币语境',
    siteSwitch: '在 {site} 上启用',
    offEverywhere: '扩展已在所有站点关闭。可在选项中重新开启。',
    notX: '当前标签页不是 X 页面。打开 x.com 即可查看带有文章语境的 $ 代码。',
    noReply: '此 X 标签页尚未加载扩展。请刷新该标签页。',
    saveFailed: '未保存：{reason}',
    found: '本页的 $ 代码',
    foundNone: '本页暂时没有 $ 代码。',
    looksDifferent: 'X 的页面结构与此版本所知的不同：没有找到它的 $ 代码链接。卡片仍会根据帖子文字打开。',
    named: '文章直接提及',
    kindArticle: '与文章相关',
    kindCrypto: '加密货币',
    kindOther: '股票或其他',
    count: '{count} 次',
    openOptions: '选项',
    loading: '正在读取当前标签页…',
    // Watch & mute (issue 17)
    watched: '已关注',
    muted: '已静音',
  },
};
