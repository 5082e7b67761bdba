import type { ContextPack } from '../../../src/context/pack-schema';

/** A small, valid pack: the baseline that each bad-pack test breaks in one place. */
export function samplePack(): ContextPack {
  return {
    format: 'cashtag-context-pack',
    version: 1,
    id: 'sample-pack',
    title: { en: 'Sample pack', zh: '示例语境包' },
    source: {
      title: { original: 'Sample', en: 'Sample', zh: '示例' },
      author: 'A. Writer',
      authorNote: { en: 'A writer.', zh: '一位作者。' },
      originalPublication: { en: 'A blog', zh: '一个博客' },
      publisher: { en: 'A publisher', zh: '一家出版方' },
      date: '2024-05-01',
      language: 'en',
      paragraphCount: 3,
    },
    verdict: { text: { en: 'Mixed.', zh: '好坏参半。' }, stance: 0 },
    summary: { en: 'A short summary.', zh: '简短摘要。' },
    claims: [
      { id: 'abc-one', text: { en: 'ABC is discussed.', zh: '讨论了 ABC。' }, paragraph: 2, figures: ['2024'] },
      { id: 'general-crypto', text: { en: 'Crypto in general.', zh: '总体上的加密货币。' }, paragraph: 1, figures: [] },
      { id: 'general-stock', text: { en: 'Stocks in general.', zh: '总体上的股票。' }, paragraph: 3, figures: [] },
    ],
    timeline: [
      {
        id: 'launch',
        date: '2024-03',
        precision: 'month',
        text: { en: 'Launch.', zh: '发布。' },
        stance: 1,
        paragraph: 2,
        figures: [],
        claims: ['abc-one'],
      },
    ],
    tickers: [
      {
        symbol: 'ABC',
        name: { en: 'Abc Coin', zh: 'Abc 币' },
        assetKind: 'crypto',
        relation: 'named',
        why: { en: 'Named.', zh: '被提及。' },
        claims: ['abc-one'],
        events: ['launch'],
      },
    ],
    general: { crypto: ['general-crypto'], stock: ['general-stock'] },
  };
}
