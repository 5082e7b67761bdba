import { describe, expect, it } from 'vitest';
import { installFacts, parseOsRelease } from '../../browsers/install-facts';
import { commandLine, planInstall, type InstallFacts } from '../../browsers/install-plan';
import { DEBIAN_RELEASE, fakeHost, UBUNTU_RELEASE } from './fake-host';

const debian: InstallFacts = {
  platform: 'linux',
  projectRoot: '/home/dev/cashtag-context',
  distro: { id: 'debian', like: [] },
  hasApt: true,
  isRoot: true,
  hasSudo: false,
};
/** macOS, Windows and the like: no apt, no sudo. */
const elsewhere = { hasApt: false, isRoot: false, hasSudo: false };
const APT_INSTALL = 'env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends';
const PLAYWRIGHT_INSTALL = 'npx playwright-core install --no-shell chromium';
const lines = (facts: InstallFacts, needs: Parameters<typeof planInstall>[0]) =>
  planInstall(needs, facts).steps.map((step) => commandLine(step, facts.platform));

describe('planInstall', () => {
  it("installs Debian's packages with apt-get as root, only the missing ones", () => {
    expect(lines(debian, ['chromium', 'firefox', 'fonts'])).toEqual([
      'apt-get update',
      `${APT_INSTALL} chromium firefox-esr fonts-noto-cjk`,
    ]);
    expect(lines(debian, ['firefox'])).toEqual(['apt-get update', `${APT_INSTALL} firefox-esr`]);
  });

  it('uses password-less sudo on Debian when not root', () => {
    expect(lines({ ...debian, isRoot: false, hasSudo: true }, ['chromium', 'fonts'])).toEqual([
      'sudo -n apt-get update',
      `sudo -n ${APT_INSTALL} chromium fonts-noto-cjk`,
    ]);
  });

  it('gives the one command to run on Debian without root or sudo', () => {
    const plan = planInstall(['chromium', 'firefox'], { ...debian, isRoot: false, hasSudo: false });
    expect(plan).toEqual({
      steps: [],
      notes: [],
      manual: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium firefox-esr',
    });
  });

  it('only notes a missing font when it cannot install one', () => {
    const plan = planInstall(['fonts'], { ...debian, isRoot: false });
    expect(plan.steps).toEqual([]);
    expect(plan.manual).toBeUndefined();
    expect(plan.notes).toEqual([
      'No font with Chinese glyphs: Chinese text in screenshots shows as boxes ' +
        '(install sudo apt-get install -y fonts-noto-cjk).',
    ]);
  });

  it('downloads the browsers on Ubuntu, whose packages are snaps, and takes the font from apt', () => {
    const ubuntu = { ...debian, distro: { id: 'ubuntu', like: ['debian'] } };
    expect(lines(ubuntu, ['chromium', 'firefox', 'fonts'])).toEqual([
      'apt-get update',
      `${APT_INSTALL} fonts-noto-cjk`,
      'PLAYWRIGHT_BROWSERS_PATH=/home/dev/cashtag-context/.cache/ms-playwright ' +
        'npx playwright-core install --with-deps --no-shell chromium',
      'npx @puppeteer/browsers install firefox@stable --path /home/dev/cashtag-context/.cache/puppeteer',
    ]);
  });

  it("downloads Playwright's Chromium and Puppeteer's Firefox into the project's cache on macOS", () => {
    const mac: InstallFacts = { ...elsewhere, platform: 'darwin', projectRoot: '/Users/dev/cashtag' };
    const plan = planInstall(['chromium', 'firefox'], mac);
    expect(plan.steps.map((step) => step.say)).toEqual([
      "Downloading Playwright's Chromium (Chrome for Testing) into .cache/ms-playwright/",
      'Downloading Firefox (stable) with @puppeteer/browsers into .cache/puppeteer/',
    ]);
    expect(lines(mac, ['chromium', 'firefox'])).toEqual([
      `PLAYWRIGHT_BROWSERS_PATH=/Users/dev/cashtag/.cache/ms-playwright ${PLAYWRIGHT_INSTALL}`,
      'npx @puppeteer/browsers install firefox@stable --path /Users/dev/cashtag/.cache/puppeteer',
    ]);
  });

  it("writes Windows commands in cmd's syntax, with Windows paths", () => {
    const windows: InstallFacts = { ...elsewhere, platform: 'win32', projectRoot: 'C:\\src\\cashtag' };
    expect(lines(windows, ['chromium', 'firefox'])).toEqual([
      `set "PLAYWRIGHT_BROWSERS_PATH=C:\\src\\cashtag\\.cache\\ms-playwright" && ${PLAYWRIGHT_INSTALL}`,
      'npx @puppeteer/browsers install firefox@stable --path "C:\\src\\cashtag\\.cache\\puppeteer"',
    ]);
  });

  it('does nothing when nothing is missing', () => {
    expect(planInstall([], debian)).toEqual({ steps: [], notes: [] });
  });
});

describe('installFacts', () => {
  it('reads the distribution and asks sudo only where apt would need it', () => {
    const apt = ['/usr/bin/apt-get'];
    const host = fakeHost({ texts: { '/etc/os-release': UBUNTU_RELEASE }, executables: apt, sudoStatus: 0 });
    expect(installFacts(host)).toEqual({
      platform: 'linux',
      projectRoot: '/home/dev/cashtag-context',
      distro: { id: 'ubuntu', like: ['debian'] },
      hasApt: true,
      isRoot: false,
      hasSudo: true,
    });
    expect(host.ran).toEqual(['sudo -n true']);
    const root = fakeHost({ isRoot: true, texts: { '/etc/os-release': DEBIAN_RELEASE }, executables: apt });
    expect(installFacts(root)).toMatchObject({ distro: { id: 'debian', like: [] }, isRoot: true, hasSudo: false });
    expect(root.ran).toEqual([]);
    const mac = fakeHost({ platform: 'darwin' });
    expect(installFacts(mac)).toMatchObject({ hasApt: false, hasSudo: false });
    expect(mac.ran).toEqual([]);
  });

  it('reads quoted os-release fields', () => {
    expect(parseOsRelease('ID="linuxmint"\nID_LIKE="ubuntu debian"\n')).toEqual({
      id: 'linuxmint',
      like: ['ubuntu', 'debian'],
    });
    expect(parseOsRelease('NAME=nothing\n')).toBeUndefined();
  });
});
