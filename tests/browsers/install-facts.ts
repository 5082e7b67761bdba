import type { Host } from './host';
import type { InstallFacts } from './install-plan';

/** `ID` and `ID_LIKE` from os-release text. */
export function parseOsRelease(text: string): { id: string; like: string[] } | undefined {
  const field = (name: string) =>
    new RegExp(`^${name}=(.*)$`, 'm')
      .exec(text)?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '') ?? '';
  const id = field('ID');
  return id ? { id, like: field('ID_LIKE').split(/\s+/).filter(Boolean) } : undefined;
}

/** What decides how missing browsers can be installed; sudo is only asked where apt would need it. */
export function installFacts(host: Host): InstallFacts {
  const linux = host.platform === 'linux';
  const release = linux ? (host.readText('/etc/os-release') ?? host.readText('/usr/lib/os-release')) : undefined;
  const hasApt = linux && host.isExecutable('/usr/bin/apt-get');
  return {
    platform: host.platform,
    projectRoot: host.projectRoot,
    distro: release === undefined ? undefined : parseOsRelease(release),
    hasApt,
    isRoot: host.isRoot,
    hasSudo: hasApt && !host.isRoot && host.run('sudo', ['-n', 'true']).status === 0,
  };
}

/** Linux only: whether fontconfig knows a font with Chinese glyphs (Noto Sans CJK or any other). */
export function hasChineseFont(host: Host): boolean {
  if (host.platform !== 'linux') return true;
  const listed = host.run('fc-list', [':lang=zh', 'family']);
  return listed.status === 0 && listed.stdout.trim() !== '';
}
