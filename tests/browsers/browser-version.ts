import { BRANDED_CHROME_DROPPED_LOAD_EXTENSION, BROWSER_LABELS, MINIMUM_MAJOR, type BrowserKind } from './requirements';

export type Product = 'Chromium' | 'Chrome for Testing' | 'Google Chrome' | 'Firefox';

export interface BrowserVersion {
  product: Product;
  /** As the browser writes it: `156.0.8078.73`, `153.0esr`. */
  version: string;
  major: number;
}

// How each product names itself, longest first: "Google Chrome for Testing" is not branded Chrome.
const NAMES: [string, Product][] = [
  ['Google Chrome for Testing', 'Chrome for Testing'],
  ['Chrome for Testing', 'Chrome for Testing'],
  ['Google Chrome', 'Google Chrome'],
  ['Chromium', 'Chromium'],
  ['Mozilla Firefox', 'Firefox'],
];
const VERSION = /^\s+(\d+)(\.[0-9A-Za-z.]*)?/;

/**
 * Reads what `--version` prints: `Chromium 156.0.8078.73 built on Debian GNU/Linux 12 (bookworm)`,
 * `Google Chrome for Testing 159.0.8154.6`, `Mozilla Firefox 153.0esr`. Other lines (a wrapper's
 * warnings) are skipped.
 */
export function parseVersionOutput(output: string): BrowserVersion | undefined {
  for (const line of output.split(/\r?\n/).map((text) => text.trim())) {
    const named = NAMES.find(([name]) => line.startsWith(name));
    const match = named && VERSION.exec(line.slice(named[0].length));
    if (match) return { product: named[1], version: `${match[1]}${match[2] ?? ''}`, major: Number(match[1]) };
  }
  return undefined;
}

/** Why this browser cannot serve as `kind` for the harness, or undefined when it can. */
export function unfitReason(kind: BrowserKind, found: BrowserVersion): string | undefined {
  const name = `${found.product} ${found.version}`;
  if (kind === 'firefox' && found.product !== 'Firefox') return `${name} is not Firefox`;
  if (kind === 'chromium' && found.product === 'Firefox') return `${name} is not Chromium`;
  if (found.product === 'Google Chrome') {
    return (
      `${name} is branded Google Chrome, which ignores --load-extension from version ` +
      `${BRANDED_CHROME_DROPPED_LOAD_EXTENSION} on: use Chromium or Chrome for Testing`
    );
  }
  if (found.major < MINIMUM_MAJOR[kind]) {
    return `${name} is too old: the extension needs ${BROWSER_LABELS[kind]} ${MINIMUM_MAJOR[kind]} or newer`;
  }
  return undefined;
}
