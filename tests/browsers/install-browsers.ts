import { spawnSync } from 'node:child_process';
import { findBrowser, type FoundBrowser } from './find-browser';
import type { Host } from './host';
import { hasChineseFont, installFacts } from './install-facts';
import { commandLine, downloadStep, planInstall, type InstallStep } from './install-plan';
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
 * does; finds them again. Where the system's package is still too old after apt, the browser is
 * downloaded instead. Throws BrowserSetupError with one line when none of that is possible.
 */
export function ensureBrowsers(
  kinds: readonly BrowserKind[],
  host: Host,
  options: EnsureOptions = {},
): EnsuredBrowsers {
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
  const facts = installFacts(host);
  const plan = planInstall([...missing, ...(hasChineseFont(host) ? [] : ['fonts' as const])], facts);
  plan.notes.forEach(say);
  if (plan.manual) {
    throw new BrowserSetupError(
      `${labels(missing)} missing and this user cannot install packages: run \`${plan.manual}\`, ` +
        `or set ${pathVariables(missing)}.`,
    );
  }
  const run = (step: InstallStep) => {
    const line = commandLine(step, host.platform);
    if (options.dryRun) return say(`Would run: ${line}`);
    say(`${step.say}:\n  ${line}`);
    if (!(options.execute ?? executeStep)(step, host.platform)) {
      throw new BrowserSetupError(
        `\`${line}\` failed (see above); run it yourself when it can succeed, ` +
          `or set ${pathVariables(step.downloads ? [step.downloads] : missing)}.`,
      );
    }
  };
  plan.steps.forEach(run);
  for (const kind of options.dryRun ? [] : missing) {
    let result = findBrowser(kind, host);
    if (!result.ok && !plan.steps.some((step) => step.downloads === kind)) {
      say(`${result.problem}; downloading one instead.`);
      run(downloadStep(kind, facts, false));
      result = findBrowser(kind, host);
    }
    if (!result.ok) throw new BrowserSetupError(`After installing: ${result.problem}: set ${PATH_VARIABLES[kind]}.`);
    found[kind] = result.browser;
  }
  for (const browser of Object.values(found)) say(describeBrowser(browser));
  return found;
}

function pathVariables(kinds: readonly BrowserKind[]): string {
  return kinds.map((kind) => PATH_VARIABLES[kind]).join(' / ');
}

function labels(kinds: readonly BrowserKind[]): string {
  return `${kinds.map((kind) => BROWSER_LABELS[kind]).join(' and ')} ${kinds.length > 1 ? 'are' : 'is'}`;
}

/** `Chromium: Chromium 156.0.8078.114 at /usr/lib/chromium/chromium (system)`. */
export function describeBrowser({ kind, path, source, version }: FoundBrowser): string {
  return `${BROWSER_LABELS[kind]}: ${version.product} ${version.version} at ${path} (${source})`;
}

function executeStep(step: InstallStep, platform: NodeJS.Platform): boolean {
  const env = { ...process.env, ...step.env };
  // npx is npx.cmd on Windows, which only a shell can start.
  const result =
    platform === 'win32'
      ? spawnSync(commandLine({ argv: step.argv }, platform), { stdio: 'inherit', env, shell: true })
      : spawnSync(step.argv[0]!, step.argv.slice(1), { stdio: 'inherit', env });
  return result.status === 0;
}
