/** The two browsers the demo, the end-to-end tests and the benchmark drive. */
export type BrowserKind = 'chromium' | 'firefox';

export const BROWSER_LABELS: Record<BrowserKind, string> = { chromium: 'Chromium', firefox: 'Firefox' };

/** The environment variables that name a browser explicitly; nothing else is tried when one is set. */
export const PATH_VARIABLES = {
  chromium: 'CHROMIUM_PATH',
  firefox: 'FIREFOX_PATH',
} as const satisfies Record<BrowserKind, string>;

/**
 * The lowest major versions the harness can use. Chromium: the manifest's `minimum_chrome_version`
 * (116, for AbortSignal.any), below which Chromium refuses the unpacked MV3 extension; new headless,
 * which runs extensions, is older (112). Firefox: the manifest's gecko `strict_min_version` (142),
 * below which the add-on does not install; puppeteer-core's WebDriver BiDi calls the harness makes
 * (`webExtension.install`, moz-extension pages with `--remote-allow-system-access`) are older still.
 * A unit test keeps these equal to wxt.config.ts.
 */
export const MINIMUM_MAJOR: Record<BrowserKind, number> = { chromium: 116, firefox: 142 };

/** Branded Google Chrome ignores `--load-extension` from this version on, so it is never used. */
export const BRANDED_CHROME_DROPPED_LOAD_EXTENSION = 137;
