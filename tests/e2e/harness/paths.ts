import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');
export const ARTIFACTS_DIR = path.join(ROOT, 'test-results');

/** Where `npm run build` writes each browser's package; the harness loads these as unpacked extensions. */
export const BUILD_DIRS = {
  chromium: path.join(ROOT, '.output', 'chrome-mv3'),
  firefox: path.join(ROOT, '.output', 'firefox-mv2'),
} as const;
