import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../../src/context/lookup';
import { samplePack } from '../helpers/sample-pack';

const crypto = [
  { symbol: 'BTC', name: 'Bitcoin', zh: '比特币' },
  { symbol: 'LINK', name: 'Chainlink', alsoStock: 'Interlink Electronics (Nasdaq: LINK)' },
];

describe('lookup', () => {
  const knowledge = createKnowledge([samplePack()], crypto);

  it('answers an indexed ticker with its own claims first, in the pack’s order', () => {
    const result = knowledge.lookup('abc')!;
    expect(result.symbol).toBe('ABC');
    expect(result.kind).toBe('article');
    expect(result.name).toEqual({ en: 'Abc Coin', zh: 'Abc 币' });
    expect(result.answers).toHaveLength(1);
    expect(result.answers[0]!.basis).toBe('ticker');
    expect(result.answers[0]!.claims.map((claim) => claim.id)).toEqual(['abc-one']);
    expect([...result.answers[0]!.eventIds]).toEqual(['launch']);
  });

  it('answers a known cryptocurrency the pack does not index with the pack’s crypto context', () => {
    const result = knowledge.lookup('$btc')!;
    expect(result.kind).toBe('crypto');
    expect(result.name).toEqual({ en: 'Bitcoin', zh: '比特币' });
    expect(result.answers[0]!.basis).toBe('crypto');
    expect(result.answers[0]!.claims.map((claim) => claim.id)).toEqual(['general-crypto']);
  });

  it('says so when a coin’s symbol is also a stock, instead of guessing', () => {
    const result = knowledge.lookup('LINK')!;
    expect(result.kind).toBe('crypto');
    expect(result.alsoStock).toBe('Interlink Electronics (Nasdaq: LINK)');
  });

  it('answers an unknown symbol with the stock context and no name', () => {
    const result = knowledge.lookup('AAPL')!;
    expect(result.kind).toBe('other');
    expect(result.name).toBeUndefined();
    expect(result.answers[0]!.basis).toBe('stock');
    expect(result.answers[0]!.claims.map((claim) => claim.id)).toEqual(['general-stock']);
  });

  it('returns nothing for malformed symbols', () => {
    expect(knowledge.lookup('')).toBeUndefined();
    expect(knowledge.lookup('12')).toBeUndefined();
    expect(knowledge.lookup('$$')).toBeUndefined();
  });

  it('classifies, and tells named tickers apart for the distinct cue', () => {
    expect(knowledge.classify('ABC')).toBe('article');
    expect(knowledge.classify('BTC')).toBe('crypto');
    expect(knowledge.classify('AAPL')).toBe('other');
    expect(knowledge.isNamed('ABC')).toBe(true);
    expect(knowledge.isNamed('BTC')).toBe(false);
  });

  it('combines several active packs: those that index the ticker first, named before concerns', () => {
    const second = samplePack();
    second.id = 'second-pack';
    second.tickers[0]!.relation = 'concerns';
    const third = samplePack();
    third.id = 'third-pack';
    third.tickers = [];
    const result = createKnowledge([third, second, samplePack()], crypto).lookup('ABC')!;
    expect(result.answers.map((answer) => [answer.pack.id, answer.basis])).toEqual([
      ['sample-pack', 'ticker'],
      ['second-pack', 'ticker'],
      ['third-pack', 'crypto'],
    ]);
  });

  it('with no active packs, still classifies but has no answers', () => {
    const result = createKnowledge([], crypto).lookup('BTC')!;
    expect(result.kind).toBe('crypto');
    expect(result.answers).toEqual([]);
  });
});
