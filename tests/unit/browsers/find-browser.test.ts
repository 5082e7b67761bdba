import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../browsers/find-browser';
import type { Host } from '../../browsers/host';
import type { BrowserKind } from '../../browsers/requirements';
import { fakeHost, VERSIONS } from './fake-host';

/** What findBrowser picked, as `path (source)`, or its message. */
function picked(kind: BrowserKind, host: Host): string {
  const result = findBrowser(kind, host);
  return result.ok ? `${result.browser.path} (${result.browser.source})` : result.message;
}

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright';
const PLAYWRIGHT_CHROME = `${PLAYWRIGHT}/chromium-1255/chrome-linux64/chrome`;
const PUPPETEER_FIREFOX = '/home/dev/.cache/puppeteer/firefox/linux-stable_146.0.1/firefox/firefox';

describe('findBrowser picks, in order', () => {
  const everything = {
    browsers: {
      [PLAYWRIGHT_CHROME]: VERSIONS.chromeForTesting,
      '/usr/lib/chromium/chromium': VERSIONS.debianChromium,
      '/usr/bin/chromium': VERSIONS.debianChromium,
      [PUPPETEER_FIREFOX]: VERSIONS.firefoxRelease,
      '/usr/bin/firefox-esr': VERSIONS.firefoxEsr,
      '/opt/mine/chrome': VERSIONS.debianChromium,
    },
    dirs: { [PLAYWRIGHT]: ['chromium-1255'], '/home/dev/.cache/puppeteer/firefox': ['linux-stable_146.0.1'] },
  };

  it('the path CHROMIUM_PATH or FIREFOX_PATH names', () => {
    const env = { CHROMIUM_PATH: '/opt/mine/chrome', FIREFOX_PATH: '/usr/bin/firefox-esr' };
    const host = fakeHost({ ...everything, env });
    expect(picked('chromium', host)).toBe('/opt/mine/chrome (CHROMIUM_PATH)');
    expect(picked('firefox', host)).toBe('/usr/bin/firefox-esr (FIREFOX_PATH)');
  });

  it("then Playwright's Chromium and Puppeteer's Firefox", () => {
    const host = fakeHost(everything);
    expect(findBrowser('chromium', host)).toEqual({
      ok: true,
      browser: {
        kind: 'chromium',
        path: PLAYWRIGHT_CHROME,
        source: 'Playwright',
        version: { product: 'Chrome for Testing', version: '159.0.8154.6', major: 159 },
      },
    });
    expect(picked('firefox', host)).toBe(`${PUPPETEER_FIREFOX} (Puppeteer)`);
  });

  it("then the system's, Debian's real binary before its wrapper", () => {
    const host = fakeHost({
      browsers: { '/usr/bin/chromium': VERSIONS.debianChromium, '/usr/lib/chromium/chromium': VERSIONS.debianChromium },
    });
    expect(picked('chromium', host)).toBe('/usr/lib/chromium/chromium (system)');
  });

  it('past one that is too old, to the next that fits', () => {
    const host = fakeHost({
      browsers: { '/usr/bin/firefox-esr': VERSIONS.oldFirefoxEsr, '/usr/bin/firefox': VERSIONS.firefoxRelease },
    });
    expect(findBrowser('firefox', host)).toMatchObject({ ok: true, browser: { path: '/usr/bin/firefox' } });
  });
});

describe('findBrowser says in one line why nothing fits', () => {
  it('when nothing is installed', () => {
    expect(findBrowser('chromium', fakeHost({}))).toEqual({
      ok: false,
      explicit: false,
      problem: 'No Chromium found',
      message: 'No Chromium found: set CHROMIUM_PATH, or run `npm run browsers` to install one.',
    });
  });

  it('when every browser found is too old', () => {
    const host = fakeHost({ browsers: { '/usr/bin/firefox-esr': VERSIONS.oldFirefoxEsr } });
    expect(findBrowser('firefox', host)).toMatchObject({
      ok: false,
      explicit: false,
      message:
        'No usable Firefox (/usr/bin/firefox-esr: Firefox 140.5.0esr is too old: the extension needs ' +
        'Firefox 142 or newer): set FIREFOX_PATH, or run `npm run browsers` to install one.',
    });
  });

  it('when the named path is missing, without trying anything else', () => {
    const host = fakeHost({
      env: { FIREFOX_PATH: '/nope/firefox' },
      browsers: { '/usr/bin/firefox-esr': VERSIONS.firefoxEsr },
    });
    expect(findBrowser('firefox', host)).toMatchObject({
      ok: false,
      explicit: true,
      message: 'No usable Firefox (FIREFOX_PATH=/nope/firefox is not an executable file): fix or unset FIREFOX_PATH.',
    });
  });

  it('when the named path is branded Google Chrome', () => {
    const chrome = '/opt/google/chrome/chrome';
    const host = fakeHost({ env: { CHROMIUM_PATH: chrome }, browsers: { [chrome]: VERSIONS.brandedChrome } });
    expect(findBrowser('chromium', host)).toMatchObject({
      ok: false,
      explicit: true,
      message:
        `No usable Chromium (CHROMIUM_PATH=${chrome}: Google Chrome 140.0.7339.80 is branded Google Chrome, ` +
        'which ignores --load-extension from version 137 on: use Chromium or Chrome for Testing): ' +
        'fix or unset CHROMIUM_PATH.',
    });
  });

  it('when a file prints no version', () => {
    const host = fakeHost({ env: { CHROMIUM_PATH: '/bin/true' }, browsers: { '/bin/true': '' } });
    expect(picked('chromium', host)).toContain('/bin/true: it printed no version');
  });

  it("when the only Firefox is Ubuntu's snap shim", () => {
    const host = fakeHost({
      browsers: { '/usr/bin/firefox': VERSIONS.firefoxRelease },
      executables: ['/snap/bin/firefox'],
    });
    expect(findBrowser('firefox', host)).toMatchObject({
      ok: false,
      problem: 'No usable Firefox (/usr/bin/firefox: a snap, which cannot read the test profile in /tmp)',
    });
  });
});

describe('findBrowser on Windows', () => {
  it('reads versions from files, without starting the browsers', () => {
    const chromium = 'C:\\Program Files\\Chromium\\Application\\chrome.exe';
    const firefox = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
    const host = fakeHost({
      platform: 'win32',
      env: { ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' },
      executables: [chromium, firefox],
      dirs: { 'C:\\Program Files\\Chromium\\Application': ['156.0.8078.73', 'chrome.exe', 'chrome_proxy.exe'] },
      texts: {
        'C:\\Program Files\\Mozilla Firefox\\application.ini': '[App]\r\nVendor=Mozilla\r\nVersion=146.0.1\r\n',
      },
    });
    expect(findBrowser('chromium', host)).toMatchObject({ browser: { path: chromium, version: { major: 156 } } });
    expect(findBrowser('firefox', host)).toMatchObject({ ok: true, browser: { version: { version: '146.0.1' } } });
    expect(host.ran).toEqual([]);
  });
});
