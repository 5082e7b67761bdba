/**
 * A generous estimate of how wide a line of text is drawn, so labels can be placed without
 * measuring the DOM (the layout stays a pure function, and the card draws in one pass). CJK,
 * dashes, ellipses and other wide characters take a full em; everything else at most about
 * 0.62 em in the sans-serif fonts X and the options page use. The end-to-end tests check real
 * widths stay inside it.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2000 ? 1 : 0.62;
  return Math.ceil(ems * fontSize);
}
