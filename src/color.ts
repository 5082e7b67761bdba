/** Colour arithmetic for matching X's theme with readable contrast. */

export type Rgb = [number, number, number];

export function parseRgb(color: string): Rgb | undefined {
  const match =
    /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(
      color.trim(),
    );
  if (!match) return undefined;
  // A fully transparent background says nothing about the theme.
  if (match[4] !== undefined && parseFloat(match[4]) === 0) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function normalizeColor(color: string): string {
  const rgb = parseRgb(color);
  return rgb ? rgbString(rgb) : color;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `rgb(r, g, b)`, rounded. */
export function rgbString(rgb: Rgb): string {
  return `rgb(${rgb.map(Math.round).join(', ')})`;
}

/** `a` moved `amount` (0–1) of the way toward `b`. */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as Rgb;
}

/**
 * X's accent colour, moved toward the text colour just far enough to reach WCAG AA (4.5:1) on the
 * card's background: X's own blue on white is only 3:1, yellow far less.
 */
export function readableOn(accent: Rgb, background: Rgb, text: Rgb, ratio = 4.5): Rgb {
  for (let step = 0; step <= 20; step++) {
    // Round first: the colour is written as whole numbers, and rounding can cost the last 0.02.
    const candidate = mix(accent, text, step / 20).map(Math.round) as Rgb;
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return text;
}
