import { parseRgb, readableOn, rgbString, mix, type Rgb } from '../color';
import type { PageTheme } from '../page/theme';

export type ThemeSetting = 'auto' | 'light' | 'dark';

interface Palette {
  bg: Rgb;
  fg: Rgb;
  fg2: Rgb;
  border: Rgb;
  hover: Rgb;
  shadow: string;
}

const LIGHT_SHADOW = 'rgba(101, 119, 134, 0.2) 0 0 15px, rgba(101, 119, 134, 0.15) 0 0 3px 1px';
const DARK_SHADOW = 'rgba(255, 255, 255, 0.2) 0 0 15px, rgba(255, 255, 255, 0.15) 0 0 3px 1px';

/** X's own colours for its built-in backgrounds (x-dom.md), plus its high-contrast variant. */
const PALETTES: Record<Exclude<PageTheme['variant'], 'custom'>, Palette> = {
  light: {
    bg: [255, 255, 255],
    fg: [15, 20, 25],
    fg2: [83, 100, 113],
    border: [207, 217, 222],
    hover: [239, 243, 244],
    shadow: LIGHT_SHADOW,
  },
  dark: {
    bg: [0, 0, 0],
    fg: [231, 233, 234],
    fg2: [113, 118, 123],
    border: [47, 51, 54],
    hover: [22, 24, 28],
    shadow: DARK_SHADOW,
  },
  dim: {
    bg: [21, 32, 43],
    fg: [247, 249, 249],
    fg2: [139, 152, 165],
    border: [56, 68, 77],
    hover: [30, 39, 50],
    shadow: DARK_SHADOW,
  },
  contrast: {
    bg: [5, 5, 5],
    fg: [255, 255, 255],
    fg2: [190, 196, 201],
    border: [118, 124, 129],
    hover: [32, 35, 39],
    shadow: DARK_SHADOW,
  },
};

/** X's default accent (blue), for plain-text cashtags and pages where no link shows the user's accent. */
export const DEFAULT_ACCENT = 'rgb(29, 155, 240)';
const DANGER: Rgb = [244, 33, 46];

/** A background X does not ship (theme extensions): keep it and derive the rest from it. */
function customPalette(bg: Rgb, dark: boolean): Palette {
  const base = dark ? PALETTES.dark : PALETTES.light;
  return {
    bg,
    fg: base.fg,
    fg2: readableOn(mix(base.fg, bg, 0.4), bg, base.fg),
    border: mix(bg, base.fg, 0.22),
    hover: mix(bg, base.fg, 0.07),
    shadow: base.shadow,
  };
}

/**
 * The card's CSS variables for the page's theme (or the user's forced theme), with X's accent made
 * readable on the card's background. Computed before the first paint, so a dark page never sees a
 * light card flash.
 */
export function themeTokens(
  page: PageTheme,
  setting: ThemeSetting,
  accent: string,
  font: string,
): Record<string, string> {
  let palette: Palette;
  if (setting === 'light') palette = PALETTES.light;
  else if (setting === 'dark')
    palette = page.dark && page.variant !== 'custom' ? PALETTES[page.variant as 'dark'] : PALETTES.dark;
  else if (page.variant === 'custom')
    palette = customPalette(parseRgb(page.background) ?? PALETTES.light.bg, page.dark);
  else palette = PALETTES[page.variant];
  const accentRgb = parseRgb(accent) ?? parseRgb(DEFAULT_ACCENT)!;
  return {
    '--bg': rgbString(palette.bg),
    '--fg': rgbString(palette.fg),
    '--fg2': rgbString(palette.fg2),
    '--border': rgbString(palette.border),
    '--hover': rgbString(palette.hover),
    '--shadow': palette.shadow,
    '--accent': rgbString(accentRgb),
    '--accent-text': rgbString(readableOn(accentRgb, palette.bg, palette.fg)),
    '--danger': rgbString(readableOn(DANGER, palette.bg, palette.fg)),
    '--font': font,
    'color-scheme': isDark(palette.bg) ? 'dark' : 'light',
  };
}

function isDark(bg: Rgb): boolean {
  return bg[0] + bg[1] + bg[2] < 382;
}
