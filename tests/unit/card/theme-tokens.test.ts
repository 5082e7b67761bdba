import { describe, expect, it } from 'vitest';
import { contrastRatio, parseRgb, type Rgb } from '../../../src/color';
import { themeTokens } from '../../../src/card/theme-tokens';
import type { PageTheme } from '../../../src/page/theme';

const PAGES: PageTheme[] = [
  { background: 'rgb(255, 255, 255)', dark: false, variant: 'light' },
  { background: 'rgb(0, 0, 0)', dark: true, variant: 'dark' },
  { background: 'rgb(5, 5, 5)', dark: true, variant: 'contrast' },
  { background: 'rgb(21, 32, 43)', dark: true, variant: 'dim' },
  { background: 'rgb(40, 20, 60)', dark: true, variant: 'custom' },
  { background: 'rgb(250, 245, 230)', dark: false, variant: 'custom' },
];
/** X's six accent colours (x-dom.md). */
const ACCENTS = [
  'rgb(29, 155, 240)',
  'rgb(255, 212, 0)',
  'rgb(249, 24, 128)',
  'rgb(120, 86, 255)',
  'rgb(255, 122, 0)',
  'rgb(0, 186, 124)',
];
const rgb = (value: string | undefined): Rgb => parseRgb(value ?? '')!;

describe('card colours meet WCAG AA (4.5:1) in every theme with every accent', () => {
  for (const page of PAGES) {
    for (const accent of ACCENTS) {
      it(`${page.variant} ${page.background}, accent ${accent}`, () => {
        const tokens = themeTokens(page, 'auto', accent, 'sans-serif');
        const bg = rgb(tokens['--bg']);
        expect(contrastRatio(rgb(tokens['--fg']), bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(rgb(tokens['--fg2']), bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(rgb(tokens['--accent-text']), bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(rgb(tokens['--danger']), bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(rgb(tokens['--fg']), rgb(tokens['--hover']))).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

describe('theme choice', () => {
  it('follows a dark page, and keeps a custom dark background', () => {
    expect(themeTokens(PAGES[1]!, 'auto', ACCENTS[0]!, 'x')['--bg']).toBe('rgb(0, 0, 0)');
    expect(themeTokens(PAGES[3]!, 'auto', ACCENTS[0]!, 'x')['--bg']).toBe('rgb(21, 32, 43)');
    expect(themeTokens(PAGES[4]!, 'auto', ACCENTS[0]!, 'x')['--bg']).toBe('rgb(40, 20, 60)');
    expect(themeTokens(PAGES[4]!, 'auto', ACCENTS[0]!, 'x')['color-scheme']).toBe('dark');
  });

  it('the user can force light or dark', () => {
    expect(themeTokens(PAGES[1]!, 'light', ACCENTS[0]!, 'x')['--bg']).toBe('rgb(255, 255, 255)');
    expect(themeTokens(PAGES[0]!, 'dark', ACCENTS[0]!, 'x')['--bg']).toBe('rgb(0, 0, 0)');
  });

  it('keeps X’s accent where it is already readable', () => {
    expect(themeTokens(PAGES[1]!, 'auto', 'rgb(29, 155, 240)', 'x')['--accent-text']).toBe('rgb(29, 155, 240)');
  });
});
