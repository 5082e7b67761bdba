import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureWorkload, pageCostResponse, realWorkloads } from '../../../bench/page-cost-pages';
import { generateTimeline } from '../../../bench/timeline';

const workload = fixtureWorkload(20);
const bodyOf = (url: string) => {
  const answer = pageCostResponse(url, workload);
  return answer === 'abort' ? 'abort' : String(answer.body);
};

describe('the page-cost pages', () => {
  it('serves the same page, driver and posts at x.com and at a host the extension does not match', () => {
    const files = ['/home', '/__bench__/page-cost.js', '/__bench__/posts.json', '/__fixtures__/x.css', '/a_files/1'];
    for (const file of files) {
      expect(bodyOf(`https://example.org${file}`)).toBe(bodyOf(`https://x.com${file}`));
    }
    expect(bodyOf('https://x.com/home')).toContain('<script src="/__bench__/page-cost.js"></script></body>');
    expect(bodyOf('https://abs-0.twimg.com/emoji/v2/svg/1f680.svg')).toContain('<svg');
    expect(bodyOf('https://accounts.google.com/gsi/button')).toBe('abort');
  });

  it('says so, rather than measuring less, when the real captures are missing', () => {
    expect(realWorkloads('/nonexistent/real-x')).toEqual({
      workloads: [],
      skipped: expect.stringMatching(/^skipped: .*real-x not found$/),
    });
  });

  describe('with a folder of captures', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reads each capture from there and adds the driver before </body>', () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'real-x-'));
      writeFileSync(path.join(dir, 'page.html'), '<html><body><div data-testid="cellInnerDiv"></div></body></html>');
      writeFileSync(path.join(dir, 'notes.md'), 'not a capture');
      const { workloads } = realWorkloads(dir);
      expect(workloads.map((page) => page.id)).toEqual(['real:page']);
      expect(workloads[0]!.html).toMatch(/<\/div><script src="\/__bench__\/page-cost.js"><\/script><\/body>/);
    });
  });
});

describe('the bench timeline', () => {
  const quoteOf = (cell: string) => cell.slice(cell.indexOf('x-quote-wrap'));

  it('draws quoted posts as X does when asked: their cashtags are plain text, not links', () => {
    const quoted = generateTimeline(300, { quotes: 'plain' }).posts.filter((cell) => cell.includes('x-quote-wrap'));
    expect(quoted.length).toBeGreaterThan(30);
    for (const cell of quoted) {
      expect(quoteOf(cell)).not.toContain('<a dir="ltr"');
      expect(quoteOf(cell)).toMatch(/<span class="r-18u37iz"><span dir="ltr" class="[^"]*">\$[A-Z]+<\/span><\/span>/);
    }
  });

  it('draws every quoted post as X does, its cashtags plain text and never links', () => {
    const quoted = generateTimeline(300).posts.filter((cell) => cell.includes('x-quote-wrap'));
    expect(quoted.length).toBeGreaterThan(5);
    expect(quoted.some((cell) => quoteOf(cell).includes('$'))).toBe(true);
    expect(quoted.every((cell) => !quoteOf(cell).includes('src=cashtag_click'))).toBe(true);
  });
});
