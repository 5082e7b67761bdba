/// <reference types="node" />
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import builtin from '../../../src/context/packs/twitter-crypto-2023.json';
import example from '../../../src/context/packs/example-pack.json';
import { checkPackImport } from '../../../src/context/pack-import';
import {
  CHECKS_BEYOND_SCHEMA,
  PACK_JSON_SCHEMA_PATH,
  packJsonSchemaText,
  REGENERATE_COMMAND,
} from '../../../src/context/tools/pack-json-schema';
import { samplePack } from '../helpers/sample-pack';

const committed = readFileSync(PACK_JSON_SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as { description: string };

// An independent validator, strict, with real `format` checks: what an editor or CI would run.
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const schemaErrors = (value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
type Pack = ReturnType<typeof samplePack>;
const broken = (change: (pack: Pack & Record<string, unknown>) => void): unknown => {
  const pack = samplePack() as Pack & Record<string, unknown>;
  change(pack);
  return pack;
};
const importProblems = (value: unknown) => {
  const result = checkPackImport(JSON.stringify(value));
  return result.ok ? [] : result.problems.map((problem) => problem.code);
};

describe('the committed JSON Schema of the pack format', () => {
  it(`is what ${REGENERATE_COMMAND} generates from src/context/pack-schema.ts`, () => {
    const stale = `${PACK_JSON_SCHEMA_PATH} is out of date: run \`${REGENERATE_COMMAND}\` and commit it`;
    expect(committed, stale).toBe(packJsonSchemaText());
  });

  it('accepts the built-in pack, the guide’s example and the test sample', () => {
    expect(schemaErrors(builtin)).toEqual([]);
    expect(schemaErrors(example)).toEqual([]);
    expect(schemaErrors(samplePack())).toEqual([]);
  });

  it.each<[string, (pack: Pack & Record<string, unknown>) => void]>([
    ['a missing field', (pack) => delete (pack as Partial<Pack>).summary],
    ['a field the format does not have', (pack) => (pack.extra = true)],
    ['another format', (pack) => (pack.format = 'something-else' as 'cashtag-context-pack')],
    ['a paragraph that is not a whole number', (pack) => (pack.claims[0]!.paragraph = 1.5)],
    ['a paragraph given as text', (pack) => ((pack.claims[0] as { paragraph: unknown }).paragraph = '2')],
    ['a stance outside −2…+2', (pack) => (pack.timeline[0]!.stance = 3)],
    ['an id with capitals', (pack) => (pack.id = 'Sample')],
    ['a symbol no cashtag can be', (pack) => (pack.tickers[0]!.symbol = 'A..B')],
    ['a text of spaces only', (pack) => (pack.claims[0]!.text.zh = '   ')],
    ['a text over its limit', (pack) => (pack.verdict.text.en = 'x'.repeat(301))],
    ['a date that does not exist', (pack) => (pack.source.date = '2024-02-30')],
    ['an unknown precision', (pack) => ((pack.timeline[0] as { precision: string }).precision = 'week')],
    ['a ticker with no claims', (pack) => (pack.tickers[0]!.claims = [])],
  ])('rejects %s, as the extension does', (_name, change) => {
    const pack = broken(change);
    expect(schemaErrors(pack).length).toBeGreaterThan(0);
    expect(importProblems(pack).length).toBeGreaterThan(0);
  });

  it('accepts a "$schema" key, and the extension ignores it', () => {
    const pack = { $schema: './pack.schema.json', ...samplePack() };
    expect(schemaErrors(pack)).toEqual([]);
    expect(importProblems(pack)).toEqual([]);
  });

  // These the schema cannot express; its description must say so, and each must really be beyond it.
  it.each<[string, unknown]>([
    ['duplicate', broken((pack) => pack.claims.push({ ...pack.claims[0]! }))],
    ['unknown-reference', broken((pack) => (pack.tickers[0]!.claims = ['nowhere']))],
    ['paragraph-out-of-range', broken((pack) => (pack.claims[0]!.paragraph = 4))],
    ['date-precision-mismatch', broken((pack) => (pack.timeline[0]!.date = '2024'))],
    [
      'too-large',
      broken((pack) => {
        const text = { en: 'a'.repeat(600), zh: '中'.repeat(600) };
        const filler = (index: number) => ({ id: `filler-${index}`, text, paragraph: 1, figures: [] });
        pack.claims.push(...Array.from({ length: 250 }, (_, index) => filler(index)));
      }),
    ],
  ])('lists the %s check in its description, and leaves it to pack:check', (code, pack) => {
    const rule = CHECKS_BEYOND_SCHEMA.find(([listed]) => listed === code);
    expect(rule, `${code} is not in CHECKS_BEYOND_SCHEMA`).toBeDefined();
    expect(schema.description).toContain(rule![1]);
    expect(schemaErrors(pack)).toEqual([]);
    expect(importProblems(pack)).toContain(code);
  });

  it('covers every check beyond the schema with a case above', () => {
    expect(CHECKS_BEYOND_SCHEMA.map(([code]) => code)).toEqual([
      'duplicate',
      'unknown-reference',
      'paragraph-out-of-range',
      'date-precision-mismatch',
      'too-large',
    ]);
  });
});
