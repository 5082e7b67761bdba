/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The seed article, read from the shared folder next to the repository, and the rules every pack
 * written from it is held to. Tests that need it are skipped, loudly, when a clone lacks it.
 */
export const SEED_PATH = path.resolve(process.cwd(), '..', 'shared', 'seed', '000_e05ea5d158ed3af3.txt');
export const HAS_SEED = existsSync(SEED_PATH);

/** Everything from this line on is the hosting site's sidebar, not the article. */
export const END_MARKER = 'Letture associate';

/**
 * The article's paragraphs, numbered as the pack's `paragraph` fields are: every line holding at
 * least one letter or digit (any script), from the title line up to the sidebar marker.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith(END_MARKER)) break;
    if (/[\p{L}\p{N}]/u.test(line)) paragraphs.push(line);
  }
  return paragraphs;
}

export function readSeedParagraphs(): string[] {
  return HAS_SEED ? splitParagraphs(readFileSync(SEED_PATH, 'utf8')) : [];
}

export const HAN = /\p{Script=Han}/u;

/** Compared without whitespace, and with full-width punctuation folded to ASCII, so neither hides a copy. */
export function normalize(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[\uFF01-\uFF5E]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Shortest run of characters shared with the article that counts as copied wording. */
export const COPY_RUN = 12;

/** Every `{ en, zh }` text in a pack, with where it sits. */
export function bilingualTexts(value: unknown, where = ''): { where: string; en: string; zh: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => bilingualTexts(item, `${where}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const bilingual = typeof record.en === 'string' && typeof record.zh === 'string';
  const own = bilingual ? [{ where, en: record.en as string, zh: record.zh as string }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => bilingualTexts(child, where ? `${where}.${key}` : key)),
  ];
}

/** The Chinese texts of a pack that share a run of COPY_RUN characters of wording with the article. */
export function copiedRuns(pack: unknown, paragraphs: readonly string[]): string[] {
  const source = normalize(paragraphs.join('\n'));
  const copied: string[] = [];
  for (const { where, zh } of bilingualTexts(pack)) {
    const text = normalize(zh);
    for (let start = 0; start + COPY_RUN <= text.length; start += 1) {
      const run = text.slice(start, start + COPY_RUN);
      // A run with no Chinese character is a name or a figure ("Compound Finance"), not wording.
      if (HAN.test(run) && source.includes(run)) {
        copied.push(`${where}: ${run}`);
        break;
      }
    }
  }
  return copied;
}
