import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES } from '../../../src/context/pack-schema';
import { parsePack, parsePackText, type PackProblem } from '../../../src/context/parse-pack';
import { samplePack } from '../helpers/sample-pack';

const problemsOf = (value: unknown): PackProblem[] => {
  const result = typeof value === 'string' ? parsePackText(value) : parsePack(value);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.problems;
};

describe('parsePack', () => {
  it('accepts a valid pack and returns it typed', () => {
    const result = parsePack(samplePack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.tickers[0]!.symbol).toBe('ABC');
  });

  it('rejects text that is not JSON, saying so', () => {
    const [problem] = problemsOf('{"format": ');
    expect(problem).toMatchObject({ path: '', code: 'not-json' });
  });

  it('rejects an oversize file before parsing it', () => {
    const huge = JSON.stringify({ ...samplePack(), padding: 'x'.repeat(MAX_PACK_BYTES) });
    expect(problemsOf(huge)[0]).toMatchObject({ code: 'too-large', params: { limit: MAX_PACK_BYTES } });
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a number', 42],
  ])('rejects %s as not a pack', (_name, value) => {
    expect(problemsOf(value)[0]!.code).toBe('not-a-pack');
  });

  it('rejects a different format name at `format`', () => {
    expect(problemsOf({ ...samplePack(), format: 'something-else' })[0]).toMatchObject({
      path: 'format',
      code: 'not-a-pack',
    });
  });

  it('rejects an unknown format version, naming the supported one', () => {
    expect(problemsOf({ ...samplePack(), version: 2 })[0]).toMatchObject({
      path: 'version',
      code: 'unsupported-version',
      params: { found: '2', supported: 1 },
    });
  });

  it('names a missing field', () => {
    const { summary: _summary, ...pack } = samplePack();
    expect(problemsOf(pack)).toContainEqual({ path: 'summary', code: 'missing' });
  });

  it('names a missing translation deep inside', () => {
    const pack = samplePack();
    delete (pack.claims[1]!.text as Partial<(typeof pack.claims)[1]['text']>).zh;
    expect(problemsOf(pack)).toContainEqual({ path: 'claims[1].text.zh', code: 'missing' });
  });

  it('names a field of the wrong type, with expected and received', () => {
    const pack = samplePack() as unknown as { claims: { paragraph: unknown }[] };
    pack.claims[0]!.paragraph = 'two';
    expect(problemsOf(pack)).toContainEqual({
      path: 'claims[0].paragraph',
      code: 'wrong-type',
      params: { expected: 'number', received: '"two"' },
    });
  });

  it('says a paragraph must be a whole number', () => {
    const pack = samplePack();
    pack.claims[0]!.paragraph = 1.5;
    expect(problemsOf(pack)).toContainEqual({
      path: 'claims[0].paragraph',
      code: 'not-whole-number',
      params: { received: '1.5' },
    });
  });

  it('rejects a publication date that has the right form but is not a day', () => {
    const pack = samplePack();
    pack.source.date = '2024-02-30';
    expect(problemsOf(pack)).toContainEqual({
      path: 'source.date',
      code: 'invalid-date',
      params: { received: '"2024-02-30"' },
    });
  });

  it('accepts a "$schema" key for editors', () => {
    expect(parsePack({ $schema: './pack.schema.json', ...samplePack() }).ok).toBe(true);
  });

  it('rejects fields the format does not have', () => {
    expect(problemsOf({ ...samplePack(), extra: true })).toContainEqual({ path: 'extra', code: 'unexpected-field' });
  });

  it('accepts an event with or without a chart label, and names one too long or half translated', () => {
    const pack = samplePack() as unknown as { timeline: { label?: unknown }[] };
    expect(pack.timeline[0]!.label).toBeUndefined();
    pack.timeline[0]!.label = { en: 'Launch day', zh: '发布日' };
    expect(parsePack(pack).ok).toBe(true);
    pack.timeline[0]!.label = { en: 'x'.repeat(33), zh: '标'.repeat(21) };
    const codes = problemsOf(pack).map((problem) => `${problem.path}:${problem.code}`);
    expect(codes).toEqual(['timeline[0].label.en:too-long', 'timeline[0].label.zh:too-long']);
    pack.timeline[0]!.label = { en: 'Launch day' };
    expect(problemsOf(pack)).toContainEqual({ path: 'timeline[0].label.zh', code: 'missing' });
  });

  it('rejects a stance outside −2…+2 and a malformed ticker symbol', () => {
    const pack = samplePack();
    pack.timeline[0]!.stance = 5;
    pack.tickers[0]!.symbol = 'abc1';
    const codes = problemsOf(pack).map((problem) => `${problem.path}:${problem.code}`);
    expect(codes).toContain('timeline[0].stance:out-of-range');
    expect(codes).toContain('tickers[0].symbol:bad-pattern');
  });

  it('rejects a claim id a ticker points to that does not exist', () => {
    const pack = samplePack();
    pack.tickers[0]!.claims = ['abc-one', 'nowhere'];
    expect(problemsOf(pack)).toContainEqual({
      path: 'tickers[0].claims[1]',
      code: 'unknown-reference',
      params: { value: 'nowhere' },
    });
  });

  it('rejects dangling references from the timeline and the general lists', () => {
    const pack = samplePack();
    pack.timeline[0]!.claims = ['ghost'];
    pack.general.stock = ['ghost-2'];
    pack.tickers[0]!.events = ['no-event'];
    const paths = problemsOf(pack).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['timeline[0].claims[0]', 'general.stock[0]', 'tickers[0].events[0]']),
    );
  });

  it('rejects a paragraph beyond the source', () => {
    const pack = samplePack();
    pack.claims[0]!.paragraph = 4;
    expect(problemsOf(pack)).toContainEqual({
      path: 'claims[0].paragraph',
      code: 'paragraph-out-of-range',
      params: { value: 4, max: 3 },
    });
  });

  it('rejects duplicate ids and symbols', () => {
    const pack = samplePack();
    pack.claims.push({ ...pack.claims[0]! });
    pack.tickers.push({ ...pack.tickers[0]! });
    const codes = problemsOf(pack).map((problem) => `${problem.path}:${problem.code}`);
    expect(codes).toContain('claims[3].id:duplicate');
    expect(codes).toContain('tickers[1].symbol:duplicate');
  });

  it('rejects a date that does not match its precision, or does not exist', () => {
    const pack = samplePack();
    pack.timeline[0]!.date = '2024-03-15';
    expect(problemsOf(pack)).toContainEqual(
      expect.objectContaining({ path: 'timeline[0].date', code: 'date-precision-mismatch' }),
    );
    pack.timeline[0]!.precision = 'day';
    pack.timeline[0]!.date = '2023-02-30';
    expect(problemsOf(pack)).toContainEqual(
      expect.objectContaining({ path: 'timeline[0].date', code: 'date-precision-mismatch' }),
    );
  });

  it('keeps markup in text as plain text: validation neither strips nor rejects it', () => {
    const pack = samplePack();
    pack.claims[0]!.text.en = '<img src=x onerror="alert(1)"> ABC';
    const result = parsePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.claims[0]!.text.en).toBe('<img src=x onerror="alert(1)"> ABC');
  });

  it('reports at most 20 problems', () => {
    const pack = samplePack();
    pack.claims = Array.from({ length: 40 }, (_, index) => ({
      id: `c${index}`,
      text: { en: '', zh: '' },
      paragraph: 1,
      figures: [],
    }));
    expect(problemsOf(pack).length).toBeLessThanOrEqual(20);
  });
});
