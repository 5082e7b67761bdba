import { pathsOf, type Host } from './host';
import { PATH_VARIABLES, type BrowserKind } from './requirements';

export type CandidateSource = 'CHROMIUM_PATH' | 'FIREFOX_PATH' | 'Playwright' | 'Puppeteer' | 'system';

export interface Candidate {
  path: string;
  source: CandidateSource;
}

/** Where the installer puts downloaded browsers: inside the project, ignored by git. */
export function projectCaches(host: Pick<Host, 'platform' | 'projectRoot'>) {
  const { join } = pathsOf(host);
  return {
    playwright: join(host.projectRoot, '.cache', 'ms-playwright'),
    puppeteer: join(host.projectRoot, '.cache', 'puppeteer'),
  };
}

/** Every place `kind` may be, best first. An explicit variable is the only candidate when set. */
export function candidatePaths(kind: BrowserKind, host: Host): Candidate[] {
  const variable = PATH_VARIABLES[kind];
  const explicit = host.env[variable];
  if (explicit) return [{ path: explicit, source: variable }];
  const cached =
    kind === 'chromium'
      ? playwrightChromiums(host).map((file): Candidate => ({ path: file, source: 'Playwright' }))
      : puppeteerFirefoxes(host).map((file): Candidate => ({ path: file, source: 'Puppeteer' }));
  const system = systemPaths(kind, host).map((file): Candidate => ({ path: file, source: 'system' }));
  return dedupe([...cached, ...system]);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter(({ path }) => !seen.has(path) && !!seen.add(path));
}

/** Highest number first, so the newest download of several wins. */
function newestFirst(names: string[], pattern: RegExp): string[] {
  const numbered = names.flatMap((name) => {
    const match = pattern.exec(name);
    return match ? [{ name, key: match[1]!.split(/\D+/).filter(Boolean).map(Number) }] : [];
  });
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
    }
    return 0;
  };
  return numbered.sort((a, b) => compare(a.key, b.key)).map(({ name }) => name);
}

/** Playwright's browser folders: its variable, the project's cache, then its per-user default. */
function playwrightRegistries(host: Host): string[] {
  const { join } = pathsOf(host);
  const fromEnv = host.env.PLAYWRIGHT_BROWSERS_PATH;
  const registries = [];
  if (fromEnv === '0') registries.push(join(host.projectRoot, 'node_modules', 'playwright-core', '.local-browsers'));
  else if (fromEnv) registries.push(fromEnv);
  registries.push(projectCaches(host).playwright);
  if (host.platform === 'darwin') registries.push(join(host.home, 'Library', 'Caches', 'ms-playwright'));
  else if (host.platform === 'win32') {
    registries.push(join(host.env.LOCALAPPDATA ?? join(host.home, 'AppData', 'Local'), 'ms-playwright'));
  } else registries.push(join(host.env.XDG_CACHE_HOME ?? join(host.home, '.cache'), 'ms-playwright'));
  return registries;
}

/** Inside `chromium-<revision>/`, as playwright-core lays out Chrome for Testing (older revisions: Chromium). */
const PLAYWRIGHT_EXECUTABLES: Partial<Record<NodeJS.Platform, string[][]>> = {
  linux: [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ],
  darwin: [
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [
    ['chrome-win64', 'chrome.exe'],
    ['chrome-win', 'chrome.exe'],
  ],
};

function playwrightChromiums(host: Host): string[] {
  const { join } = pathsOf(host);
  const layouts = PLAYWRIGHT_EXECUTABLES[host.platform] ?? PLAYWRIGHT_EXECUTABLES.linux!;
  return playwrightRegistries(host).flatMap((registry) =>
    newestFirst(host.listDir(registry), /^chromium-(\d+)$/).flatMap((revision) =>
      layouts.map((parts) => join(registry, revision, ...parts)),
    ),
  );
}

/** @puppeteer/browsers' platform names, as they start its `<platform>-<buildId>` folders. */
const PUPPETEER_PLATFORMS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['linux', 'linux_arm'],
  darwin: ['mac_arm', 'mac'],
  win32: ['win64', 'win32'],
};

function puppeteerFirefoxes(host: Host): string[] {
  const { join } = pathsOf(host);
  const caches = [host.env.PUPPETEER_CACHE_DIR, projectCaches(host).puppeteer, join(host.home, '.cache', 'puppeteer')];
  const platforms = PUPPETEER_PLATFORMS[host.platform] ?? PUPPETEER_PLATFORMS.linux!;
  return caches.flatMap((cache) => {
    if (!cache) return [];
    const root = join(cache, 'firefox');
    const names = host.listDir(root).filter((name) => platforms.includes(name.split('-')[0]!));
    return newestFirst(names, /^[a-z_0-9]+?-(?:[a-z]+_)?(\d.*)$/).map((name) => {
      return join(root, name, ...puppeteerFirefoxExecutable(host.platform, name.split('-')[1]!));
    });
  });
}

/** The same relative paths as @puppeteer/browsers' `relativeExecutablePath` for Firefox. */
function puppeteerFirefoxExecutable(platform: NodeJS.Platform, buildId: string): string[] {
  const nightly = !/^(stable|esr|beta|devedition)_/.test(buildId);
  if (platform === 'darwin') return [nightly ? 'Firefox Nightly.app' : 'Firefox.app', 'Contents', 'MacOS', 'firefox'];
  if (platform === 'win32') return [nightly ? 'firefox' : 'core', 'firefox.exe'];
  return ['firefox', 'firefox'];
}

/** The standard install locations; branded Google Chrome is left out on purpose (see requirements.ts). */
function systemPaths(kind: BrowserKind, host: Host): string[] {
  const { join } = pathsOf(host);
  if (host.platform === 'darwin') {
    const apps =
      kind === 'chromium'
        ? [['Chromium.app', 'Chromium']]
        : [
            ['Firefox.app', 'firefox'],
            ['Firefox Developer Edition.app', 'firefox'],
            ['Firefox Nightly.app', 'firefox'],
          ];
    return ['/Applications', join(host.home, 'Applications')].flatMap((dir) =>
      apps.map(([app, binary]) => join(dir, app!, 'Contents', 'MacOS', binary!)),
    );
  }
  if (host.platform === 'win32') {
    const programFiles = host.env.ProgramFiles ?? 'C:\\Program Files';
    const programFiles86 = host.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
    const localAppData = host.env.LOCALAPPDATA ?? join(host.home, 'AppData', 'Local');
    const bases = [programFiles, programFiles86, localAppData];
    return kind === 'chromium'
      ? [localAppData, programFiles, programFiles86].map((base) => join(base, 'Chromium', 'Application', 'chrome.exe'))
      : ['Mozilla Firefox', 'Firefox Developer Edition', 'Firefox Nightly'].flatMap((folder) =>
          bases.map((base) => join(base, folder, 'firefox.exe')),
        );
  }
  // Debian's real binary comes before its /usr/bin wrapper, which adds flags and noise.
  return kind === 'chromium'
    ? [
        '/usr/lib/chromium/chromium',
        '/usr/lib/chromium-browser/chromium-browser',
        '/usr/lib64/chromium-browser/chromium-browser',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
      ]
    : [
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/lib/firefox/firefox',
        '/usr/lib64/firefox/firefox',
        '/opt/firefox/firefox',
      ];
}
