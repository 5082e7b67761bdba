import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/context/pack-schema';
import { eventLabel, shorten } from '../../../src/ui/event-label';

const event = (extra: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'e',
  date: '2022-04',
  precision: 'month',
  text: { en: 'Stripe tests USDC payouts, for a few creators.', zh: '推特测试新功能，范围有限。' },
  stance: 0,
  paragraph: 36,
  figures: [],
  ...extra,
});

describe('eventLabel', () => {
  it('uses the pack’s own label in the reader’s language', () => {
    const labelled = event({ label: { en: 'USDC payouts', zh: 'USDC 付款' } });
    expect(eventLabel(labelled, 'en')).toBe('USDC payouts');
    expect(eventLabel(labelled, 'zh_CN')).toBe('USDC 付款');
  });

  it('without one, takes the first clause of the text when it is short', () => {
    expect(eventLabel(event({}), 'en')).toBe('Stripe tests USDC payouts');
    expect(eventLabel(event({}), 'zh_CN')).toBe('推特测试新功能');
  });

  it('cuts a long Chinese text to fourteen characters, the ellipsis included', () => {
    const long = event({ text: { en: 'x', zh: '推特搜索开始在用户查找加密货币或股票时给出' } });
    expect(eventLabel(long, 'zh_CN')).toBe('推特搜索开始在用户查找加密…');
  });
});

describe('shorten', () => {
  it('cuts at a word and marks the cut', () => {
    const cut = shorten('Twitter search starts showing a price chart and a buy link', 30);
    expect(cut).toBe('Twitter search starts showing…');
  });

  it('does not end a clause inside a figure', () => {
    expect(shorten('Revenue falls to $1.025 billion', 40)).toBe('Revenue falls to $1.025 billion');
  });

  it('keeps a short text whole', () => {
    expect(shorten('Launch.', 30)).toBe('Launch');
  });
});
