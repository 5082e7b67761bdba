import type { Host } from '../../browsers/host';

export interface FakeMachine {
  platform?: NodeJS.Platform;
  env?: Record<string, string>;
  home?: string;
  projectRoot?: string;
  isRoot?: boolean;
  /** Executables, each with what it prints for `--version`. */
  browsers?: Record<string, string>;
  /** Other executables (apt-get, a snap shim). */
  executables?: string[];
  dirs?: Record<string, string[]>;
  texts?: Record<string, string>;
  /** Exit status of `sudo -n true`; absent: sudo is not installed. */
  sudoStatus?: number;
  /** What `fc-list :lang=zh family` prints; absent: fontconfig is not installed. */
  chineseFonts?: string;
}

/** A Host that answers from `machine` alone and records every program it was asked to run. */
export function fakeHost(machine: FakeMachine): Host & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    platform: machine.platform ?? 'linux',
    env: machine.env ?? {},
    home: machine.home ?? '/home/dev',
    projectRoot: machine.projectRoot ?? '/home/dev/cashtag-context',
    isRoot: machine.isRoot ?? false,
    // Read on every call, so a test can "install" a browser by adding it to `machine`.
    isExecutable: (file) => file in (machine.browsers ?? {}) || !!machine.executables?.includes(file),
    listDir: (dir) => machine.dirs?.[dir] ?? [],
    readText: (file) => machine.texts?.[file],
    run(file, args) {
      ran.push([file, ...args].join(' '));
      if (file === 'sudo') return { status: machine.sudoStatus ?? null, stdout: '' };
      if (file === 'fc-list') {
        const fonts = machine.chineseFonts;
        return fonts === undefined ? { status: null, stdout: '' } : { status: 0, stdout: fonts };
      }
      const printed = machine.browsers?.[file];
      return printed === undefined ? { status: null, stdout: '' } : { status: 0, stdout: printed };
    },
  };
}

/** Real `--version` lines. */
export const VERSIONS = {
  debianChromium: 'Chromium 156.0.8078.73 built on Debian GNU/Linux 12 (bookworm)\n',
  oldChromium: 'Chromium 110.0.5481.177 built on Debian GNU/Linux 11 (bullseye)\n',
  chromeForTesting: 'Google Chrome for Testing 159.0.8154.6 \n',
  brandedChrome: 'Google Chrome 140.0.7339.80 \n',
  firefoxEsr: 'Mozilla Firefox 153.0esr\n',
  oldFirefoxEsr: 'Mozilla Firefox 140.5.0esr\n',
  firefoxRelease: 'Mozilla Firefox 146.0.1\n',
};

export const DEBIAN_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
export const UBUNTU_RELEASE = 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';
