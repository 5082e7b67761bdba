import type { Catalog } from './catalog';

type CardKey =
  | 'cardLabel'
  | 'kindNamed'
  | 'kindConcerns'
  | 'kindCrypto'
  | 'kindOther'
  | 'alsoStock'
  | 'headingTicker'
  | 'headingCrypto'
  | 'headingStock'
  | 'why'
  | 'stance'
  | 'timelineTitle'
  | 'timelineToward'
  | 'timelineAway'
  | 'timelineNeutral'
  | 'timelineEvent'
  | 'timelineStrongToward'
  | 'timelineStrongAway'
  | 'timelineKeyAway'
  | 'timelineKeyNeutral'
  | 'timelineKeyLabelled'
  | 'timelineHint'
  | 'paragraphLabel'
  | 'paragraphShort'
  | 'sourceLine'
  | 'openFull'
  | 'searchOnX'
  | 'close'
  | 'keyboardHint'
  | 'moreClaims'
  | 'noteHeading'
  | 'noteAdd'
  | 'noteEdit'
  | 'noteContinue'
  | 'noteDraftKept'
  | 'noteSave'
  | 'noteCancel'
  | 'noteDelete'
  | 'notePlaceholder'
  | 'noteCount'
  | 'noteTooLong'
  | 'noteSaveFailed'
  | 'noAnswers'
  // Watch & mute (issue 17)
  | 'watchedOff'
  | 'watchedOn'
  | 'mutedOff'
  | 'mutedOn'
  | 'mutedNote'
  | 'tickerSaveFailed';

/** Everything the card says. Kept apart from the options page's strings: the content script ships only these. */
export const cardMessages: Catalog<CardKey> = {
  en: {
    cardLabel: 'Article context for ${symbol}',
    kindNamed: 'Named in the article',
    kindConcerns: 'Linked to the article',
    kindCrypto: 'Cryptocurrency',
    kindOther: 'Stock or other',
    alsoStock: '${symbol} is also a stock ticker: {company}. The post does not say which one it means.',
    headingTicker: 'What the article says about ${symbol}',
    headingCrypto: 'The article does not name ${symbol}. What it says about Twitter and crypto:',
    headingStock: 'The article does not name ${symbol}. What it says about tickers on Twitter:',
    why: 'Why it is here',
    stance: 'Verdict',
    timelineTitle: 'Twitter and crypto, {from}–{to}',
    timelineToward: 'toward crypto',
    timelineAway: 'away from crypto',
    timelineNeutral: 'neither toward nor away from crypto',
    timelineEvent: '{date}: {text} ({direction})',
    timelineStrongToward: 'strongly toward crypto',
    timelineStrongAway: 'strongly away from crypto',
    timelineKeyAway: 'away',
    timelineKeyNeutral: 'neutral',
    timelineKeyLabelled: 'about ${symbol}',
    timelineHint: 'Point at or tap a mark to read that event; on the chart, ← and → go from one to the next.',
    paragraphLabel: 'Article paragraph {n}',
    paragraphShort: '¶{n}',
    sourceLine: 'Source: {author}, {origin} · {publisher} · {date}',
    openFull: 'Open full context',
    searchOnX: 'Search ${symbol} on X',
    close: 'Close',
    keyboardHint: 'Press ↓ to enter the card, Esc to close it.',
    moreClaims: 'Show {count} more',
    noteHeading: 'Your note',
    noteAdd: 'Add a note',
    noteEdit: 'Edit note',
    noteContinue: 'Continue editing',
    noteDraftKept: 'Your unsaved draft is kept.',
    noteSave: 'Save',
    noteCancel: 'Cancel',
    noteDelete: 'Delete',
    notePlaceholder: 'Only you see this. It stays in this browser.',
    noteCount: '{length} / {max}',
    noteTooLong: 'Too long to save: {length} of at most {max} characters.',
    noteSaveFailed: 'The note could not be saved ({reason}). Your text is still here.',
    noAnswers: 'No active context pack has anything on ${symbol}. Turn packs on in the options.',
    // Watch & mute (issue 17)
    watchedOff: 'Watch ${symbol}',
    watchedOn: 'Unwatch ${symbol}',
    mutedOff: 'Mute ${symbol}',
    mutedOn: 'Unmute ${symbol}',
    mutedNote: 'You muted ${symbol}: posts that mention it are faded until you point at them.',
    tickerSaveFailed: 'Nothing changed: {reason}',
  },
  zh_CN: {
    cardLabel: '${symbol} 的文章语境',
    kindNamed: '文章直接提及',
    kindConcerns: '与文章相关',
    kindCrypto: '加密货币',
    kindOther: '股票或其他',
    alsoStock: '${symbol} 同时也是股票代码：{company}。帖子没有说明指的是哪一个。',
    headingTicker: '文章关于 ${symbol} 的内容',
    headingCrypto: '文章没有提到 ${symbol}。它对 Twitter 与加密货币的看法：',
    headingStock: '文章没有提到 ${symbol}。它对 Twitter 上股票代码的看法：',
    why: '收录原因',
    stance: '结论',
    timelineTitle: 'Twitter 与加密货币，{from}–{to}',
    timelineToward: '走近加密货币',
    timelineAway: '远离加密货币',
    timelineNeutral: '无明显倾向',
    timelineEvent: '{date}：{text}（{direction}）',
    timelineStrongToward: '明显走近加密货币',
    timelineStrongAway: '明显远离加密货币',
    timelineKeyAway: '远离',
    timelineKeyNeutral: '中性',
    timelineKeyLabelled: '与 ${symbol} 相关',
    timelineHint: '指向或轻触图上的标记即可查看该事件；在图上按 ← 和 → 逐个浏览。',
    paragraphLabel: '文章第 {n} 段',
    paragraphShort: '第 {n} 段',
    sourceLine: '来源：{author}，{origin} · {publisher} · {date}',
    openFull: '查看完整语境',
    searchOnX: '在 X 上搜索 ${symbol}',
    close: '关闭',
    keyboardHint: '按 ↓ 进入卡片，按 Esc 关闭。',
    moreClaims: '再显示 {count} 条',
    noteHeading: '我的笔记',
    noteAdd: '添加笔记',
    noteEdit: '编辑笔记',
    noteContinue: '继续编辑',
    noteDraftKept: '未保存的草稿已保留。',
    noteSave: '保存',
    noteCancel: '取消',
    noteDelete: '删除',
    notePlaceholder: '仅你自己可见，只保存在本浏览器中。',
    noteCount: '{length} / {max}',
    noteTooLong: '内容过长，无法保存：{length} 字，上限 {max} 字。',
    noteSaveFailed: '笔记未能保存（{reason}）。你的文字仍保留在这里。',
    noAnswers: '已启用的语境包中没有关于 ${symbol} 的内容。可在选项中启用语境包。',
    // Watch & mute (issue 17)
    watchedOff: '关注 ${symbol}',
    watchedOn: '取消关注 ${symbol}',
    mutedOff: '静音 ${symbol}',
    mutedOn: '取消静音 ${symbol}',
    mutedNote: '你已静音 ${symbol}：提到它的帖子会变淡，指针移上去即可阅读。',
    tickerSaveFailed: '未作更改：{reason}',
  },
};

export type CardMessageKey = CardKey;
