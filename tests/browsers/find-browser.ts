import { parseVersionOutput, unfitReason, type BrowserVersion } from './browser-version';
import { candidatePaths, type Candidate, type CandidateSource } from './candidate-paths';
import { nodeHost, pathsOf, type Host } from './host';
import { BROWSER_LABELS, PATH_VARIABLES, type BrowserKind } from './requirements';

export interface FoundBrowser {
  kind: BrowserKind;
  path: string;
  source: CandidateSource;
  version: BrowserVersion;
}

export type FindResult =
  | { ok: true; browser: FoundBrowser }
  /**
   * `explicit`: the user named the path, so nothing should be installed in its place. `problem`
   * says what is wrong, `message` adds what to do.
   */
  | { ok: false; explicit: boolean; problem: string; message: string };

/** The command the messages point to; it finds or installs both browsers. */
export const ENSURE_COMMAND = 'npm run browsers';

/** The first candidate that exists and fits the harness, or one line saying why none does. */
export function findBrowser(kind: BrowserKind, host: Host): FindResult {
  const rejected: string[] = [];
  for (const candidate of candidatePaths(kind, host)) {
    const explicit = candidate.source === PATH_VARIABLES[kind];
    if (!host.isExecutable(candidate.path)) {
      if (explicit) return fail(kind, true, [`${candidate.source}=${candidate.path} is not an executable file`]);
      continue;
    }
    const reason = snapShimReason(candidate, host) ?? versionReason(kind, candidate, host);
    if (typeof reason === 'string') {
      rejected.push(explicit ? `${candidate.source}=${candidate.path}: ${reason}` : `${candidate.path}: ${reason}`);
      if (explicit) return fail(kind, true, rejected);
      continue;
    }
    return { ok: true, browser: { kind, path: candidate.path, source: candidate.source, version: reason } };
  }
  return fail(kind, false, rejected);
}

/** For the harness and the benchmark: this machine's browser, or an Error with the one line. */
export function requireBrowser(kind: BrowserKind, projectRoot: string): FoundBrowser {
  const result = findBrowser(kind, nodeHost(projectRoot));
  if (!result.ok) throw new Error(result.message);
  return result.browser;
}

function fail(kind: BrowserKind, explicit: boolean, rejected: string[]): FindResult {
  const label = BROWSER_LABELS[kind];
  const problem = rejected.length ? `No usable ${label} (${rejected.join('; ')})` : `No ${label} found`;
  const fix = explicit
    ? `fix or unset ${PATH_VARIABLES[kind]}`
    : `set ${PATH_VARIABLES[kind]}, or run \`${ENSURE_COMMAND}\` to install one`;
  return { ok: false, explicit, problem, message: `${problem}: ${fix}.` };
}

/**
 * Ubuntu's /usr/bin/chromium and /usr/bin/firefox start a snap, and a snap cannot read the profile
 * folder the harness creates in /tmp.
 */
function snapShimReason({ path, source }: Candidate, host: Host): string | undefined {
  if (source !== 'system' || host.platform !== 'linux') return undefined;
  const name = pathsOf(host).basename(path);
  return path.startsWith('/usr/bin/') && host.isExecutable(`/snap/bin/${name}`)
    ? 'a snap, which cannot read the test profile in /tmp'
    : undefined;
}

/** The version, or why it is unusable. */
function versionReason(kind: BrowserKind, candidate: Candidate, host: Host): BrowserVersion | string {
  const printed = versionText(kind, candidate, host);
  const version = parseVersionOutput(printed);
  if (!version) {
    const shown = printed.trim().split(/\r?\n/)[0]?.slice(0, 80) ?? '';
    return shown ? `cannot read a version from "${shown}"` : 'it printed no version';
  }
  return unfitReason(kind, version) ?? version;
}

/**
 * `--version` everywhere but Windows, where Chromium prints nothing (and may open a window) and
 * Firefox answers in a dialog: there the version is the name of Chromium's sibling folder, and
 * Firefox's application.ini.
 */
function versionText(kind: BrowserKind, { path, source }: Candidate, host: Host): string {
  if (host.platform !== 'win32') return host.run(path, ['--version']).stdout;
  const { dirname, join } = pathsOf(host);
  const dir = dirname(path);
  if (kind === 'firefox') {
    const version = /^Version=(.+)$/m.exec(host.readText(join(dir, 'application.ini')) ?? '')?.[1]?.trim();
    return version ? `Mozilla Firefox ${version}` : '';
  }
  const version = host.listDir(dir).find((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name));
  if (!version) return '';
  if (/\\Google\\Chrome\\/i.test(path)) return `Google Chrome ${version}`;
  return `${source === 'Playwright' ? 'Chrome for Testing' : 'Chromium'} ${version}`;
}
