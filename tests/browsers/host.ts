import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Everything the finder and the installer learn from the machine, behind one interface so the unit
 * tests can describe any platform without touching the real filesystem.
 */
export interface Host {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** The project's root: its `.cache/` receives downloaded browsers. */
  projectRoot: string;
  isRoot: boolean;
  /** True for a file this user may execute. */
  isExecutable(file: string): boolean;
  /** The names in a directory; none when it does not exist. */
  listDir(dir: string): string[];
  readText(file: string): string | undefined;
  /** Runs a program to read its output; `status` is null when it could not be started. */
  run(file: string, args: string[]): { status: number | null; stdout: string };
}

/** `path.win32` or `path.posix`, as the host's platform writes paths. */
export function pathsOf(host: Pick<Host, 'platform'>): typeof path.posix {
  return host.platform === 'win32' ? path.win32 : path.posix;
}

export function nodeHost(projectRoot: string): Host {
  return {
    platform: process.platform,
    env: process.env,
    home: os.homedir(),
    projectRoot,
    isRoot: process.getuid?.() === 0,
    isExecutable(file) {
      try {
        if (!statSync(file).isFile()) return false;
        accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    listDir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    readText(file) {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    run(file, args) {
      // A browser asked for its version answers at once; the timeout only guards a hung wrapper.
      const result = spawnSync(file, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
      return { status: result.error ? null : result.status, stdout: result.stdout ?? '' };
    },
  };
}
