import { describe, expect, it } from 'vitest';
import raw from '../../../src/context/packs/twitter-crypto-2023.json';
import { parsePack } from '../../../src/context/parse-pack';
import type { ContextPack } from '../../../src/context/pack-schema';
import {
  bilingualTexts,
  copiedRuns,
  COPY_RUN,
  END_MARKER,
  HAN,
  HAS_SEED,
  normalize,
  readSeedParagraphs,
  SEED_PATH,
} from '../helpers/article';

/**
 * Checks the built-in article pack against the article it was written from. The pack must pass
 * `parsePack` on its own; everything that needs the article itself reads the seed file from the
 * shared folder next to the repository and is skipped, loudly, when a clone does not have it.
 */

if (!HAS_SEED) {
  console.warn(
    `[article-pack.test] Seed article not found at ${SEED_PATH}: the checks of the pack against the ` +
      'article (paragraphs, figures, coverage, cashtags, own words) were NOT run.',
  );
}

/**
 * Figure and date tokens: a number (with `.`/`-` parts, e.g. `10.25`, `2006-2008`) and the unit
 * that follows it. A Latin prefix is kept so that `Web2` reads as a name, not as the figure `2`.
 */
const FIGURE_TOKEN = /[A-Za-z]*\d+(?:[.-]\d+)*(?:\s*(?:亿美元|美元|亿|万|年|月|日|%))?/gu;

/** Digits that are not facts: the product names Web2 and Web3. */
const NOT_FIGURES = new Set(['Web2', 'Web3']);

/** The ¶2 publisher line carries the publication date, which the pack states as `source.date`. */
const PUBLISHER_PARAGRAPH = 2;

const pack = raw as unknown as ContextPack;

interface Cited {
  where: string;
  paragraph: number;
  figures: readonly string[];
  zh: string;
  /** An event's date and end year, shown next to its text in either language. */
  dates?: string;
}

const cited: Cited[] = [
  ...pack.claims.map((claim) => ({
    where: `claim ${claim.id}`,
    paragraph: claim.paragraph,
    figures: claim.figures,
    zh: claim.text.zh,
  })),
  ...pack.timeline.map((event) => ({
    where: `event ${event.id}`,
    paragraph: event.paragraph,
    figures: event.figures,
    zh: event.text.zh,
    dates: ` ${event.date.replace(/-0?/g, ' ')} ${event.endYear ?? ''}`,
  })),
];

describe('built-in article pack', () => {
  it('passes parsePack', () => {
    const result = parsePack(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the id and source the extension expects', () => {
    expect(pack.id).toBe('twitter-crypto-2023');
    expect(pack.source.paragraphCount).toBe(51);
    expect(pack.source.language).toBe('zh');
    expect(pack.source.date).toBe('2023-01-24');
  });

  it('has non-empty English and Chinese everywhere, each in its own script', () => {
    const texts = bilingualTexts(raw);
    expect(texts.length).toBeGreaterThan(100);
    for (const { where, en, zh } of texts) {
      expect(en.trim(), `${where}.en`).not.toBe('');
      expect(zh.trim(), `${where}.zh`).not.toBe('');
      expect(HAN.test(en), `${where}.en has Chinese characters: ${en}`).toBe(false);
      // A ticker's name may rightly stay in Latin letters in Chinese (The Graph, Robinhood).
      if (!/^tickers\[\d+\]\.name$/.test(where)) {
        expect(HAN.test(zh), `${where}.zh has no Chinese characters: ${zh}`).toBe(true);
      }
    }
  });

  it('restates the numbers of each cited figure in the Chinese text (or, for an event, its date)', () => {
    const lacking: string[] = [];
    for (const item of cited) {
      const shown = normalize(item.zh) + (item.dates ?? '');
      for (const figure of item.figures) {
        for (const number of figure.match(/\d+(?:\.\d+)?/g) ?? []) {
          if (!shown.includes(number)) lacking.push(`${item.where}: ${number} (from ${figure})`);
        }
      }
    }
    expect(lacking).toEqual([]);
  });

  it('lists the timeline in date order', () => {
    const start = (date: string) => {
      const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
      if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
      return `${date}-01-01`.slice(0, 10);
    };
    const starts = pack.timeline.map((event) => start(event.date));
    expect(starts).toEqual([...starts].sort());
  });

  it('every ticker points at claims and events that exist', () => {
    const claimIds = new Set(pack.claims.map((claim) => claim.id));
    const eventIds = new Set(pack.timeline.map((event) => event.id));
    for (const ticker of pack.tickers) {
      expect(ticker.claims.length, ticker.symbol).toBeGreaterThan(0);
      for (const id of ticker.claims) expect(claimIds.has(id), `${ticker.symbol} → claim ${id}`).toBe(true);
      for (const id of ticker.events ?? []) expect(eventIds.has(id), `${ticker.symbol} → event ${id}`).toBe(true);
    }
    for (const id of [...pack.general.crypto, ...pack.general.stock]) expect(claimIds.has(id), id).toBe(true);
  });
});

describe.skipIf(!HAS_SEED)('built-in article pack against the seed article', () => {
  const paragraphs = readSeedParagraphs();
  const paragraphAt = (number: number) => paragraphs[number - 1] ?? '';

  it('gives every event a ticker points to its own short label for the chart', () => {
    const pointed = new Set(pack.tickers.flatMap((ticker) => ticker.events ?? []));
    const unlabelled = pack.timeline.filter((event) => pointed.has(event.id) && !event.label).map((event) => event.id);
    expect(unlabelled).toEqual([]);
  });

  it('splits the article into 51 paragraphs and stops before the sidebar', () => {
    expect(paragraphs).toHaveLength(51);
    expect(paragraphs[0]).toBe(pack.source.title.original);
    expect(paragraphs.some((paragraph) => paragraph.includes(END_MARKER))).toBe(false);
    expect(paragraphs[2]).toBe('Introduzione');
    expect(paragraphs[50]).toMatch(/^Twitter 领导层不想与加密货币和 Web3 建立认真的关系/);
    // Text after the marker is not the article.
    expect(paragraphs.join('\n')).not.toContain('Steve Hoffman');
  });

  it('cites paragraphs that exist, with figures written exactly as the paragraph writes them', () => {
    for (const item of cited) {
      expect(item.paragraph, item.where).toBeGreaterThanOrEqual(1);
      expect(item.paragraph, item.where).toBeLessThanOrEqual(paragraphs.length);
      for (const figure of item.figures) {
        expect(
          paragraphAt(item.paragraph).includes(figure),
          `${item.where}: "${figure}" not in ¶${item.paragraph}`,
        ).toBe(true);
      }
    }
  });

  it('states the publication date of the ¶2 publisher line as source.date', () => {
    expect(paragraphAt(PUBLISHER_PARAGRAPH).match(/\d{4}-\d{2}-\d{2}/g)).toEqual([pack.source.date, pack.source.date]);
  });

  it('covers every figure and date of the article in a claim or event citing its paragraph', () => {
    const missing: string[] = [];
    let tokens = 0;
    paragraphs.forEach((paragraph, index) => {
      const number = index + 1;
      if (number === PUBLISHER_PARAGRAPH) return;
      const figures = cited.filter((item) => item.paragraph === number).flatMap((item) => item.figures.map(normalize));
      for (const match of paragraph.matchAll(FIGURE_TOKEN)) {
        const token = normalize(match[0]);
        if (NOT_FIGURES.has(token)) continue;
        tokens += 1;
        if (!figures.some((figure) => figure.includes(token))) missing.push(`¶${number}: ${match[0]}`);
      }
    });
    expect(tokens).toBeGreaterThan(25);
    expect(missing).toEqual([]);
  });

  it('indexes as named exactly the cashtags the article writes, citing where it writes them', () => {
    const written = new Set([...paragraphs.join('\n').matchAll(/\$([A-Z]{1,6})\b/g)].map((match) => match[1]));
    const named = pack.tickers.filter((ticker) => ticker.relation === 'named');
    expect(new Set(named.map((ticker) => ticker.symbol))).toEqual(written);
    const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
    for (const ticker of named) {
      const cashtag = `$${ticker.symbol}`;
      const first = claims.get(ticker.claims[0] ?? '');
      expect(first && paragraphAt(first.paragraph).includes(cashtag), `${cashtag}: first claim's paragraph`).toBe(true);
    }
    for (const ticker of pack.tickers.filter((item) => item.relation === 'concerns')) {
      expect(written.has(ticker.symbol), `$${ticker.symbol} is written, so it should be named`).toBe(false);
    }
  });

  it(`shares no run of ${COPY_RUN} characters of Chinese wording with the article`, () => {
    expect(copiedRuns(raw, paragraphs)).toEqual([]);
  });
});
