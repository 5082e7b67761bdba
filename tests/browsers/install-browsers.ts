import { spawnSync } from 'node:child_process';
import { findBrowser, type FoundBrowser } from './find-browser';
import type { Host } from './host';
import { hasChineseFont, installFacts } from './install-facts';
import { commandLine, planInstall, type InstallStep, type Need } from './install-plan';
import { BROWSER_LABELS, PATH_VARIABLES, type BrowserKind } from './requirements';

export interface EnsureOptions {
  /** Print the commands instead of running them. */
  dryRun?: boolean;
  say?: (line: string) => void;
  /** Runs one step with its output shown; true when it succeeded. */
  execute?: (step: InstallStep, platform: NodeJS.Platform) => boolean;
}

/** A browser cannot be had; `message` is the one line to show. */
export class BrowserSetupError extends Error {}

export type EnsuredBrowsers = Partial<Record<BrowserKind, FoundBrowser>>;

/**
 * Finds each browser; installs what is missing (and, on Linux, a Chinese font), saying what it
 * does; finds them again. Throws BrowserSetupError with one line when that is not possible.
 */
export function ensureBrowsers(kinds: readonly BrowserKind[], host: Host, options: EnsureOptions = {}): EnsuredBrowsers {
  const say = options.say ?? ((line: string) => process.stdout.write(`${line}\n`));
  const found: EnsuredBrowsers = {};
  const missing: BrowserKind[] = [];
  for (const kind of kinds) {
    const result = findBrowser(kind, host);
    if (result.ok) found[kind] = result.browser;
    else if (result.explicit) throw new BrowserSetupError(result.message);
    else {
      say(`${result.problem}.`);
      missing.push(kind);
    }
  }
  const needs: Need[] = [...missing, ...(hasChineseFont(host) ? [] : ['fonts' as const])];
  const plan = planInstall(needs, installFacts(host));
  plan.notes.forEach(say);
  if (plan.manual) {
    throw new BrowserSetupError(
      `${labels(missing)} missing and this user cannot install packages: run \`${plan.manual}\`, ` +
        `or set ${missing.map((kind) => PATH_VARIABLES[kind]).join(' / ')}.`,
    );
  }
  for (const step of plan.steps) {
    const line = commandLine(step, host.platform);
    if (options.dryRun) {
      say(`Would run: ${line}`);
      continue;
    }
    say(`${step.say}:\n  ${line}`);
    if (!(options.execute ?? executeStep)(step, host.platform)) {
      throw new BrowserSetupError(`\`${line}\` failed (see above); run it yourself when it can succeed, ` +
        `or set ${step.provides.filter(isBrowser).map((kind) => PATH_VARIABLES[kind]).join(' / ') || 'nothing'}.`);
    }
  }
  for (const kind of options.dryRun ? [] : missing) {
    const result = findBrowser(kind, host);
    if (!result.ok) throw new BrowserSetupError(`After installing: ${result.message}`);
    found[kind] = result.browser;
  }
  for (const browser of Object.values(found)) say(describe(browser));
  return found;
}

function isBrowser(need: Need): need is BrowserKind {
  return need !== 'fonts';
}

function labels(kinds: readonly BrowserKind[]): string {
  return `${kinds.map((kind) => BROWSER_LABELS[kind]).join(' and ')} ${kinds.length > 1 ? 'are' : 'is'}`;
}

/** `Chromium: Chromium 156.0.8078.114 at /usr/lib/chromium/chromium (system)`. */
export function describe({ kind, path, source, version }: FoundBrowser): string {
  return `${BROWSER_LABELS[kind]}: ${version.product} ${version.version} at ${path} (${source})`;
}

function executeStep(step: InstallStep, platform: NodeJS.Platform): boolean {
  const env = { ...process.env, ...step.env };
  // npx is npx.cmd on Windows, which only a shell can start.
  const result = platform === 'win32'
    ? spawnSync(commandLine({ argv: step.argv }, platform), { stdio: 'inherit', env, shell: true })
    : spawnSync(step.argv[0]!, step.argv.slice(1), { stdio: 'inherit', env });
  return result.status === 0;
}
