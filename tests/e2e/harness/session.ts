import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { requireBrowser } from '../../browsers/find-browser';
import { ARTIFACTS_DIR, BUILD_DIRS, ROOT } from './paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** What a test may do with one tab; the same calls drive Playwright (Chromium) and Puppeteer (Firefox). */
export interface TestPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page (through the driver, so extension pages' CSP does not block it). */
  evaluateScript(source: string): Promise<void>;
  /** Polls `fn` in the page until it returns a truthy value; fails with `what` in the message. */
  waitFor<A = undefined>(what: string, fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  moveMouse(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Touch (needs `touch` at launch): a tap; a finger held for `holdMs` while it moves through `points`. */
  tap(x: number, y: number): Promise<void>;
  touch(points: readonly { x: number; y: number }[], holdMs: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught exceptions seen in this tab. */
  readonly errors: string[];
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Serve `fixture` (a file in tests/fixtures) for `url`, then open it in a new tab. */
  openX(url: string, fixture: string): Promise<TestPage>;
  /** Serve another fixture for a URL an open page will navigate to. */
  serve(url: string, fixture: string): void;
  /** Opens an extension page such as `options.html#notes`. */
  openExtensionPage(pathAndHash: string): Promise<TestPage>;
  /** Resolves when the browser goes away (the user closed its window). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

/** The executable to launch, found as tests/browsers/find-browser.ts says (`npm run test:e2e` installs it first). */
export function assertBrowserInstalled(browser: BrowserName): string {
  return requireBrowser(browser, ROOT).path;
}

export interface LaunchOptions {
  /** Show a window (needs a display). Tests run headless. */
  headless?: boolean;
  /** Load this package instead of the build folder: an unpacked folder, or (Firefox) a zip. */
  extension?: string;
  /** Window size. */
  viewport?: { width: number; height: number };
  /** A phone: a touch screen, the mobile viewport rules and, unless `viewport` says otherwise, 390 × 844. */
  touch?: boolean;
}

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export function assertBuilt(browser: BrowserName): string {
  const dir = BUILD_DIRS[browser];
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No ${browser} build at ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}

export async function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return browser === 'chromium'
    ? (await import('./chromium')).launchChromium(options)
    : (await import('./firefox')).launchFirefox(options);
}
