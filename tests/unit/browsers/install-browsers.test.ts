import { describe, expect, it } from 'vitest';
import { BrowserSetupError, ensureBrowsers } from '../../browsers/install-browsers';
import type { InstallStep } from '../../browsers/install-plan';
import type { BrowserKind } from '../../browsers/requirements';
import { DEBIAN_RELEASE, fakeHost, VERSIONS, type FakeMachine } from './fake-host';

const APT_INSTALL = 'env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends';
const PLAYWRIGHT_INSTALL = 'npx playwright-core install --no-shell chromium';

const freshDebian = (extra: FakeMachine = {}): FakeMachine => ({
  texts: { '/etc/os-release': DEBIAN_RELEASE },
  executables: ['/usr/bin/apt-get'],
  ...extra,
});

interface Options {
  dryRun?: boolean;
  kinds?: BrowserKind[];
  /** Stands in for running the step; may "install" into the machine. */
  execute?: (step: InstallStep) => boolean;
}

function ensure(machine: FakeMachine, { dryRun, kinds = ['chromium', 'firefox'], execute = () => true }: Options = {}) {
  const said: string[] = [];
  const executed: string[] = [];
  const run = () =>
    ensureBrowsers(kinds, fakeHost(machine), {
      dryRun,
      say: (line) => said.push(line),
      execute: (step) => {
        executed.push(step.argv.join(' '));
        return execute(step);
      },
    });
  return { run, said, executed };
}

describe('ensureBrowsers --dry-run', () => {
  it('prints the apt-get commands for Debian as root, and runs nothing', () => {
    const { run, said, executed } = ensure(freshDebian({ isRoot: true }), { dryRun: true });
    expect(run()).toEqual({});
    expect(said).toEqual([
      'No Chromium found.',
      'No Firefox found.',
      'Would run: apt-get update',
      `Would run: ${APT_INSTALL} chromium firefox-esr fonts-noto-cjk`,
    ]);
    expect(executed).toEqual([]);
  });

  it('prints them with sudo -n where sudo needs no password', () => {
    const { run, said } = ensure(freshDebian({ sudoStatus: 0, chineseFonts: 'Noto Sans CJK SC\n' }), { dryRun: true });
    run();
    expect(said.slice(2)).toEqual([
      'Would run: sudo -n apt-get update',
      `Would run: sudo -n ${APT_INSTALL} chromium firefox-esr`,
    ]);
  });

  it('fails with the one command to run where sudo asks for a password', () => {
    const { run, said } = ensure(freshDebian({ sudoStatus: 1, chineseFonts: '' }), { dryRun: true });
    expect(run).toThrow(
      new BrowserSetupError(
        'Chromium and Firefox are missing and this user cannot install packages: run `sudo apt-get update && ' +
          'sudo apt-get install -y --no-install-recommends chromium firefox-esr fonts-noto-cjk`, ' +
          'or set CHROMIUM_PATH / FIREFOX_PATH.',
      ),
    );
    expect(said).toEqual(['No Chromium found.', 'No Firefox found.']);
  });

  it('prints the downloads on macOS and on Windows', () => {
    const mac = ensure({ platform: 'darwin', home: '/Users/dev', projectRoot: '/Users/dev/cc' }, { dryRun: true });
    mac.run();
    expect(mac.said.slice(2)).toEqual([
      `Would run: PLAYWRIGHT_BROWSERS_PATH=/Users/dev/cc/.cache/ms-playwright ${PLAYWRIGHT_INSTALL}`,
      'Would run: npx @puppeteer/browsers install firefox@stable --path /Users/dev/cc/.cache/puppeteer',
    ]);
    const windows = ensure({ platform: 'win32', home: 'C:\\Users\\dev', projectRoot: 'C:\\cc' }, { dryRun: true });
    windows.run();
    expect(windows.said.slice(2)).toEqual([
      `Would run: set "PLAYWRIGHT_BROWSERS_PATH=C:\\cc\\.cache\\ms-playwright" && ${PLAYWRIGHT_INSTALL}`,
      'Would run: npx @puppeteer/browsers install firefox@stable --path "C:\\cc\\.cache\\puppeteer"',
    ]);
  });

  it('installs only what is missing, and says which browsers it uses', () => {
    const machine = freshDebian({
      isRoot: true,
      chineseFonts: 'Noto Sans CJK SC\n',
      browsers: { '/usr/bin/firefox-esr': VERSIONS.firefoxEsr },
    });
    const { run, said } = ensure(machine, { dryRun: true });
    expect(run()).toMatchObject({ firefox: { path: '/usr/bin/firefox-esr' } });
    expect(said).toEqual([
      'No Chromium found.',
      'Would run: apt-get update',
      `Would run: ${APT_INSTALL} chromium`,
      'Firefox: Firefox 153.0esr at /usr/bin/firefox-esr (system)',
    ]);
  });
});

describe('ensureBrowsers', () => {
  it('installs, then finds what it installed', () => {
    const browsers: Record<string, string> = {};
    const machine = freshDebian({ isRoot: true, chineseFonts: 'Noto Sans CJK SC\n', browsers });
    const { run, said, executed } = ensure(machine, {
      execute: (step) => {
        if (step.provides.includes('chromium')) browsers['/usr/lib/chromium/chromium'] = VERSIONS.debianChromium;
        if (step.provides.includes('firefox')) browsers['/usr/bin/firefox-esr'] = VERSIONS.firefoxEsr;
        return true;
      },
    });
    expect(run()).toMatchObject({
      chromium: { path: '/usr/lib/chromium/chromium' },
      firefox: { path: '/usr/bin/firefox-esr' },
    });
    expect(executed).toEqual(['apt-get update', `${APT_INSTALL} chromium firefox-esr`]);
    expect(said.slice(-2)).toEqual([
      'Chromium: Chromium 156.0.8078.73 at /usr/lib/chromium/chromium (system)',
      'Firefox: Firefox 153.0esr at /usr/bin/firefox-esr (system)',
    ]);
  });

  it('runs nothing when both browsers and a Chinese font are there', () => {
    const machine = freshDebian({
      isRoot: true,
      chineseFonts: 'Noto Sans CJK SC\n',
      browsers: { '/usr/lib/chromium/chromium': VERSIONS.debianChromium, '/usr/bin/firefox-esr': VERSIONS.firefoxEsr },
    });
    const { run, said, executed } = ensure(machine);
    run();
    expect(executed).toEqual([]);
    expect(said).toHaveLength(2);
  });

  it('fails with the command when a download cannot succeed', () => {
    const mac: FakeMachine = { platform: 'darwin', home: '/Users/dev', projectRoot: '/Users/dev/cc' };
    const { run } = ensure(mac, { execute: () => false });
    expect(run).toThrow(
      `\`PLAYWRIGHT_BROWSERS_PATH=/Users/dev/cc/.cache/ms-playwright ${PLAYWRIGHT_INSTALL}\` failed ` +
        '(see above); run it yourself when it can succeed, or set CHROMIUM_PATH.',
    );
  });

  it("downloads Firefox when Debian's package is still too old after apt", () => {
    const machine = freshDebian({
      isRoot: true,
      chineseFonts: 'x\n',
      browsers: { '/usr/bin/firefox-esr': VERSIONS.oldFirefoxEsr },
    });
    const downloaded = '/home/dev/cashtag-context/.cache/puppeteer/firefox/linux-stable_146.0.1/firefox/firefox';
    const { run, said, executed } = ensure(machine, {
      kinds: ['firefox'],
      execute: (step) => {
        if (step.downloads === 'firefox') {
          machine.browsers = { ...machine.browsers, [downloaded]: VERSIONS.firefoxRelease };
          machine.dirs = { '/home/dev/cashtag-context/.cache/puppeteer/firefox': ['linux-stable_146.0.1'] };
        }
        return true;
      },
    });
    const found = run();
    expect(found).toMatchObject({ firefox: { path: downloaded, source: 'Puppeteer' } });
    expect(executed).toEqual([
      'apt-get update',
      `${APT_INSTALL} firefox-esr`,
      'npx @puppeteer/browsers install firefox@stable --path /home/dev/cashtag-context/.cache/puppeteer',
    ]);
    expect(said).toContain(
      'No usable Firefox (/usr/bin/firefox-esr: Firefox 140.5.0esr is too old: the extension needs ' +
        'Firefox 142 or newer); downloading one instead.',
    );
  });

  it('fails when neither the install nor the download left a usable browser', () => {
    const { run, executed } = ensure(freshDebian({ isRoot: true, chineseFonts: 'x\n' }));
    expect(run).toThrow('After installing: No Chromium found: set CHROMIUM_PATH.');
    expect(executed.at(-1)).toBe('npx playwright-core install --no-shell chromium');
  });

  it('installs nothing in place of a browser the user named', () => {
    const { run, executed } = ensure(freshDebian({ isRoot: true, env: { CHROMIUM_PATH: '/opt/none' } }));
    expect(run).toThrow(
      'No usable Chromium (CHROMIUM_PATH=/opt/none is not an executable file): fix or unset CHROMIUM_PATH.',
    );
    expect(executed).toEqual([]);
  });
});
