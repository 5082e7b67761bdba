/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkPackImport } from '../../../src/context/pack-import';
import type { ContextPack } from '../../../src/context/pack-schema';
import { loadPacks } from '../../../src/settings/active-packs';
import { importPackFile } from '../../../src/settings/user-data';
import { copiedRuns, HAS_SEED, readSeedParagraphs } from '../helpers/article';

/** The guide's example, src/context/packs/example-pack.json, held to the rules the guide teaches. */
const EXAMPLE_PATH = 'src/context/packs/example-pack.json';
const text = readFileSync(EXAMPLE_PATH, 'utf8');
const example = JSON.parse(text) as ContextPack;
const guide = readFileSync('src/context/packs/README.md', 'utf8');

describe('the guide’s example pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('passes the import’s checks', () => {
    const result = checkPackImport(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('imports through the options page’s path and loads as an active pack', async () => {
    const imported = await importPackFile(text, 'example-pack.json');
    expect(imported).toEqual({ ok: true, id: 'example-usdc-coins', replaced: false });
    const loaded = (await loadPacks()).find((pack) => pack.id === 'example-usdc-coins');
    expect(loaded).toMatchObject({ builtin: false, enabled: true, fileName: 'example-pack.json' });
    expect(loaded?.pack?.tickers.map((ticker) => ticker.symbol)).toEqual(['USDC']);
  });

  it('uses every optional field, so it shows the whole format', () => {
    expect(example.$schema).toBe('./pack.schema.json');
    expect(example.timeline.some((event) => event.approximate)).toBe(true);
    expect(example.timeline.every((event) => event.claims?.length)).toBe(true);
    expect(example.tickers.every((ticker) => ticker.events?.length)).toBe(true);
    expect(example.general.crypto.length).toBeGreaterThan(0);
  });

  it('is printed in full in the guide', () => {
    expect(guide).toContain(`\`\`\`json\n${text}\`\`\``);
  });
});

describe.skipIf(!HAS_SEED)('the guide’s example pack against the article it cites', () => {
  const paragraphs = readSeedParagraphs();

  it('writes each figure exactly as its paragraph does', () => {
    expect(example.source.paragraphCount).toBe(paragraphs.length);
    for (const item of [...example.claims, ...example.timeline]) {
      for (const figure of item.figures) {
        expect(paragraphs[item.paragraph - 1], `${item.id}: "${figure}" in ¶${item.paragraph}`).toContain(figure);
      }
    }
  });

  it('puts the article in its own words', () => {
    expect(copiedRuns(example, paragraphs)).toEqual([]);
  });
});
