import { projectCaches } from './candidate-paths';
import { pathsOf } from './host';
import type { BrowserKind } from './requirements';

/** What can be missing: a browser, or (Linux) a font with Chinese glyphs for the Chinese card. */
export type Need = BrowserKind | 'fonts';

export interface InstallFacts {
  platform: NodeJS.Platform;
  projectRoot: string;
  /** From /etc/os-release: `ID` and the words of `ID_LIKE`. */
  distro?: { id: string; like: string[] };
  hasApt: boolean;
  isRoot: boolean;
  /** `sudo -n true` succeeded: sudo works without a password. */
  hasSudo: boolean;
}

export interface InstallStep {
  /** What the user is told before it runs. */
  say: string;
  argv: string[];
  env?: Record<string, string>;
  provides: Need[];
  /** Set on a download, which brings its own browser rather than the system's package. */
  downloads?: BrowserKind;
}

export interface InstallPlan {
  steps: InstallStep[];
  /** The one command the user must run themselves, when no step can install a needed browser. */
  manual?: string;
  /** Said, but not failures: a missing CJK font only makes Chinese screenshots worse. */
  notes: string[];
}

const APT_PACKAGES: Record<Need, string> = { chromium: 'chromium', firefox: 'firefox-esr', fonts: 'fonts-noto-cjk' };

type Flavour = 'debian' | 'ubuntu' | 'other';

function flavourOf(facts: InstallFacts): Flavour {
  if (facts.platform !== 'linux' || !facts.hasApt || !facts.distro) return 'other';
  const names = [facts.distro.id, ...facts.distro.like];
  if (names.includes('ubuntu')) return 'ubuntu';
  return names.includes('debian') ? 'debian' : 'other';
}

/**
 * How to get what is missing. Debian: its own packages through apt. Ubuntu: its chromium and
 * firefox packages are snaps the harness cannot use, so the browsers are downloaded (Playwright's
 * Chromium, Puppeteer's Firefox) and only the font comes from apt. Anything else: the downloads.
 */
export function planInstall(needs: readonly Need[], facts: InstallFacts): InstallPlan {
  const plan: InstallPlan = { steps: [], notes: [] };
  if (!needs.length) return plan;
  const flavour = flavourOf(facts);
  const canAdmin = facts.isRoot || facts.hasSudo;
  const fromApt = needs.filter((need) => flavour === 'debian' || (flavour === 'ubuntu' && need === 'fonts'));
  const downloads = needs.filter((need): need is BrowserKind => need !== 'fonts' && !fromApt.includes(need));

  if (fromApt.length && canAdmin) plan.steps.push(...aptSteps(fromApt, facts.isRoot));
  else if (fromApt.some((need) => need !== 'fonts')) {
    plan.manual = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages(fromApt)}`;
  } else if (fromApt.length) plan.notes.push(fontNote(`sudo apt-get install -y ${APT_PACKAGES.fonts}`));
  if (needs.includes('fonts') && flavour === 'other' && facts.platform === 'linux') {
    plan.notes.push(fontNote("your distribution's Noto Sans CJK package"));
  }
  for (const kind of downloads) plan.steps.push(downloadStep(kind, facts, flavour === 'ubuntu' && canAdmin));
  return plan;
}

function packages(needs: readonly Need[]): string {
  return needs.map((need) => APT_PACKAGES[need]).join(' ');
}

function fontNote(install: string): string {
  return `No font with Chinese glyphs: Chinese text in screenshots shows as boxes (install ${install}).`;
}

function aptSteps(needs: readonly Need[], isRoot: boolean): InstallStep[] {
  const sudo = isRoot ? [] : ['sudo', '-n'];
  return [
    { say: 'Updating the package lists (apt-get update)', argv: [...sudo, 'apt-get', 'update'], provides: [] },
    {
      say: `Installing Debian's ${packages(needs)} with apt-get`,
      argv: [
        ...sudo,
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '--no-install-recommends',
        ...needs.map((need) => APT_PACKAGES[need]),
      ],
      provides: [...needs],
    },
  ];
}

/** Playwright's Chromium or Puppeteer's Firefox, into the project's cache. */
export function downloadStep(kind: BrowserKind, facts: InstallFacts, withDeps: boolean): InstallStep {
  const caches = projectCaches(facts);
  const relative = (dir: string) => pathsOf(facts).relative(facts.projectRoot, dir);
  if (kind === 'chromium') {
    // playwright-core's own CLI, so the download is the revision this playwright-core drives;
    // the headless shell is left out, since it cannot run extensions.
    return {
      say: `Downloading Playwright's Chromium (Chrome for Testing) into ${relative(caches.playwright)}/`,
      argv: ['npx', 'playwright-core', 'install', ...(withDeps ? ['--with-deps'] : []), '--no-shell', 'chromium'],
      env: { PLAYWRIGHT_BROWSERS_PATH: caches.playwright },
      provides: ['chromium'],
      downloads: 'chromium',
    };
  }
  return {
    say: `Downloading Firefox (stable) with @puppeteer/browsers into ${relative(caches.puppeteer)}/`,
    argv: ['npx', '@puppeteer/browsers', 'install', 'firefox@stable', '--path', caches.puppeteer],
    provides: ['firefox'],
    downloads: 'firefox',
  };
}

/** A step as one line the user could paste into their shell. */
export function commandLine(step: Pick<InstallStep, 'argv' | 'env'>, platform: NodeJS.Platform): string {
  const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word}"`);
  const env = Object.entries(step.env ?? {});
  const command = step.argv.map(quote).join(' ');
  if (!env.length) return command;
  if (platform === 'win32') return `${env.map(([key, value]) => `set "${key}=${value}"`).join(' && ')} && ${command}`;
  return `${env.map(([key, value]) => `${key}=${quote(value)}`).join(' ')} ${command}`;
}
