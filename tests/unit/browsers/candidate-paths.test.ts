import os from 'node:os';
import path from 'node:path';
import { Browser, BrowserPlatform, computeExecutablePath } from '@puppeteer/browsers';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { candidatePaths } from '../../browsers/candidate-paths';
import { fakeHost } from './fake-host';

const paths = (...args: Parameters<typeof candidatePaths>) => candidatePaths(...args).map(({ path }) => path);

describe('candidatePaths on Linux', () => {
  const host = fakeHost({ platform: 'linux' });

  it("tries Debian's real Chromium binary before the /usr/bin wrapper", () => {
    expect(paths('chromium', host)).toEqual([
      '/usr/lib/chromium/chromium',
      '/usr/lib/chromium-browser/chromium-browser',
      '/usr/lib64/chromium-browser/chromium-browser',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
    ]);
  });

  it('tries Firefox ESR, then release Firefox', () => {
    expect(paths('firefox', host)).toEqual([
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/usr/lib64/firefox/firefox',
      '/opt/firefox/firefox',
    ]);
  });

  it("puts Playwright's Chromium first, newest revision first, the project's cache before the user's", () => {
    const found = paths(
      'chromium',
      fakeHost({
        dirs: {
          '/home/dev/.cache/ms-playwright': [
            'chromium-1200',
            'chromium_headless_shell-1255',
            'chromium-1255',
            'ffmpeg-1013',
          ],
          '/home/dev/cashtag-context/.cache/ms-playwright': ['chromium-1255'],
        },
      }),
    );
    expect(found.slice(0, 7)).toEqual([
      '/home/dev/cashtag-context/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
      '/home/dev/cashtag-context/.cache/ms-playwright/chromium-1255/chrome-linux-arm64/chrome',
      '/home/dev/cashtag-context/.cache/ms-playwright/chromium-1255/chrome-linux/chrome',
      '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
      '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux-arm64/chrome',
      '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux/chrome',
      '/home/dev/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
    ]);
    expect(found.at(-1)).toBe('/usr/bin/chromium-browser');
  });

  it('follows PLAYWRIGHT_BROWSERS_PATH and XDG_CACHE_HOME', () => {
    const found = paths(
      'chromium',
      fakeHost({
        env: { PLAYWRIGHT_BROWSERS_PATH: '/opt/pw', XDG_CACHE_HOME: '/var/cache/dev' },
        dirs: { '/opt/pw': ['chromium-1255'], '/var/cache/dev/ms-playwright': ['chromium-1254'] },
      }),
    );
    expect(found[0]).toBe('/opt/pw/chromium-1255/chrome-linux64/chrome');
    expect(found[3]).toBe('/var/cache/dev/ms-playwright/chromium-1254/chrome-linux64/chrome');
  });

  it("puts Puppeteer's Firefox first, newest build first, from PUPPETEER_CACHE_DIR, the project and the user", () => {
    const project = '/home/dev/cashtag-context/.cache/puppeteer/firefox';
    const found = candidatePaths(
      'firefox',
      fakeHost({
        env: { PUPPETEER_CACHE_DIR: '/ci/puppeteer' },
        dirs: {
          '/ci/puppeteer/firefox': ['linux-stable_146.0.1'],
          [project]: ['linux-stable_145.0', 'linux-stable_146.0', 'mac-stable_146.0'],
          '/home/dev/.cache/puppeteer/firefox': ['linux-148.0a1'],
        },
      }),
    );
    expect(found.slice(0, 4)).toEqual([
      { path: '/ci/puppeteer/firefox/linux-stable_146.0.1/firefox/firefox', source: 'Puppeteer' },
      { path: `${project}/linux-stable_146.0/firefox/firefox`, source: 'Puppeteer' },
      { path: `${project}/linux-stable_145.0/firefox/firefox`, source: 'Puppeteer' },
      { path: '/home/dev/.cache/puppeteer/firefox/linux-148.0a1/firefox/firefox', source: 'Puppeteer' },
    ]);
    expect(found[4]).toEqual({ path: '/usr/bin/firefox-esr', source: 'system' });
  });

  it('tries only the path an environment variable names', () => {
    const host = fakeHost({ env: { CHROMIUM_PATH: '/opt/chromium/chrome', FIREFOX_PATH: '/opt/ff/firefox' } });
    expect(candidatePaths('chromium', host)).toEqual([{ path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH' }]);
    expect(candidatePaths('firefox', host)).toEqual([{ path: '/opt/ff/firefox', source: 'FIREFOX_PATH' }]);
  });
});

describe('candidatePaths on macOS', () => {
  const host = fakeHost({
    platform: 'darwin',
    home: '/Users/dev',
    projectRoot: '/Users/dev/cashtag-context',
    dirs: { '/Users/dev/Library/Caches/ms-playwright': ['chromium-1255'] },
  });

  it("tries Playwright's Chrome for Testing, then Chromium.app in both Applications folders", () => {
    const revision = '/Users/dev/Library/Caches/ms-playwright/chromium-1255';
    const testingApp = 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(paths('chromium', host)).toEqual([
      `${revision}/chrome-mac-arm64/${testingApp}`,
      `${revision}/chrome-mac-x64/${testingApp}`,
      `${revision}/chrome-mac/Chromium.app/Contents/MacOS/Chromium`,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/dev/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
  });

  it('tries Firefox.app, then its Developer Edition and Nightly', () => {
    expect(paths('firefox', host)).toEqual([
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
      '/Applications/Firefox Nightly.app/Contents/MacOS/firefox',
      '/Users/dev/Applications/Firefox.app/Contents/MacOS/firefox',
      '/Users/dev/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
      '/Users/dev/Applications/Firefox Nightly.app/Contents/MacOS/firefox',
    ]);
  });
});

describe('candidatePaths on Windows', () => {
  const env = {
    LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  };
  const host = fakeHost({ platform: 'win32', env, home: 'C:\\Users\\dev', projectRoot: 'C:\\src\\cashtag-context' });

  it("tries a per-user Chromium, then the machine's; never Google Chrome", () => {
    expect(paths('chromium', host)).toEqual([
      'C:\\Users\\dev\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe',
    ]);
  });

  it('tries Mozilla Firefox in Program Files, then the per-user folder, then other editions', () => {
    expect(paths('firefox', host).slice(0, 4)).toEqual([
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
      'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
      'C:\\Users\\dev\\AppData\\Local\\Mozilla Firefox\\firefox.exe',
      'C:\\Program Files\\Firefox Developer Edition\\firefox.exe',
    ]);
  });

  it("finds Playwright's and Puppeteer's downloads in the project's cache", () => {
    const withCaches = fakeHost({
      platform: 'win32',
      env,
      home: 'C:\\Users\\dev',
      projectRoot: 'C:\\src\\cashtag-context',
      dirs: {
        'C:\\src\\cashtag-context\\.cache\\ms-playwright': ['chromium-1255'],
        'C:\\src\\cashtag-context\\.cache\\puppeteer\\firefox': ['win64-stable_146.0', 'linux-stable_146.0'],
      },
    });
    const cache = 'C:\\src\\cashtag-context\\.cache';
    expect(paths('chromium', withCaches)[0]).toBe(`${cache}\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe`);
    expect(paths('firefox', withCaches)).toContain(
      `${cache}\\puppeteer\\firefox\\win64-stable_146.0\\core\\firefox.exe`,
    );
    expect(paths('firefox', withCaches).some((file) => file.includes('linux-'))).toBe(false);
  });
});

describe('candidatePaths agrees with the libraries that install the browsers', () => {
  it('lists the executable playwright-core itself would launch on this machine', () => {
    const executable = chromium.executablePath();
    const revisionDir = path.dirname(path.dirname(executable));
    const host = fakeHost({
      platform: process.platform,
      home: os.homedir(),
      env: { PLAYWRIGHT_BROWSERS_PATH: path.dirname(revisionDir) },
      dirs: { [path.dirname(revisionDir)]: [path.basename(revisionDir)] },
    });
    expect(paths('chromium', host)).toContain(executable);
  });

  it.each([
    ['linux', BrowserPlatform.LINUX, '/cache'],
    ['darwin', BrowserPlatform.MAC_ARM, '/cache'],
    ['win32', BrowserPlatform.WIN64, 'C:\\cache'],
  ] as const)("lists @puppeteer/browsers' Firefox executable on %s", (platform, browserPlatform, cacheDir) => {
    for (const buildId of ['stable_146.0.1', '148.0a1']) {
      const expected = computeExecutablePath({
        browser: Browser.FIREFOX,
        buildId,
        cacheDir,
        platform: browserPlatform,
      });
      const host = fakeHost({
        platform,
        env: { PUPPETEER_CACHE_DIR: cacheDir },
        dirs: { [`${cacheDir}${platform === 'win32' ? '\\' : '/'}firefox`]: [`${browserPlatform}-${buildId}`] },
      });
      // The library joins with this machine's separator; the finder with the target platform's.
      expect(paths('firefox', host)[0]?.replaceAll('\\', '/')).toBe(expected.replaceAll('\\', '/'));
    }
  });
});
