import { readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/**
 * Reads the imports of the code base for tests/unit/import-boundaries.test.ts: each import as an
 * edge from one layer to another (or to a package), with its file and line for the message.
 */
export interface Import {
  file: string;
  line: number;
  specifier: string;
  typeOnly: boolean;
}

export const ROOT = process.cwd();
const SOURCE = /\.tsx?$/;

export function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts'))
    .map((name) => posix.join(folder, name.split('\\').join('/')))
    .sort();
}

const STATIC_IMPORT = /^[ \t]*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** `import { type A, type B } from` brings types only, like `import type`. */
function onlyTypeSpecifiers(clause: string): boolean {
  const named = /^\s*\{([^}]*)\}\s*from\s*$/.exec(clause)?.[1];
  if (named === undefined) return false;
  const specifiers = named
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return specifiers.length > 0 && specifiers.every((part) => part.startsWith('type '));
}

export function importsOf(file: string, text: string): Import[] {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const found: Import[] = [];
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const typeOnly = Boolean(match[2]) || onlyTypeSpecifiers(match[3] ?? '');
    found.push({ file, line: lineAt(match.index), specifier: match[4]!, typeOnly });
  }
  for (const match of text.matchAll(DYNAMIC_IMPORT)) {
    found.push({ file, line: lineAt(match.index), specifier: match[1]!, typeOnly: false });
  }
  return found;
}

/** `src/card/Card.tsx` → `card`, `src/messages.ts` → `messages`, `entrypoints/…` → `entrypoints`. */
function layerOf(path: string): string {
  const [top, second, third] = path.split('/');
  if (top === 'entrypoints') return 'entrypoints';
  if (top !== 'src' || !second) return `outside src/ (${path})`;
  // The pack authors' Node commands: beside the knowledge they check, never bundled.
  if (second === 'context' && third === 'tools') return 'context/tools';
  return third === undefined ? second.replace(/\.[^.]+$/, '') : second;
}

/** `preact/hooks` → `preact`, `@wxt-dev/storage` → itself; wxt's entries stay whole: they differ in kind. */
function packageOf(specifier: string): string {
  if (specifier.startsWith('wxt/')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export interface Edge extends Import {
  from: string;
  /** A layer, or `package:<name>`. */
  to: string;
}

export function edgeOf(entry: Import): Edge {
  const from = layerOf(entry.file);
  if (!entry.specifier.startsWith('.')) return { ...entry, from, to: `package:${packageOf(entry.specifier)}` };
  const target = posix.normalize(posix.join(dirname(entry.file), entry.specifier.replace(/\?.*$/, '')));
  return { ...entry, from, to: layerOf(target) };
}

/** The cycles between layers, each as `a → b → a`, found by a depth-first search. */
export function layerCycles(edges: readonly Pick<Edge, 'from' | 'to'>[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (from === to || to.startsWith('package:')) continue;
    next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const cycles = new Set<string>();
  const visit = (layer: string, path: string[]) => {
    for (const to of next.get(layer) ?? []) {
      const seen = path.indexOf(to);
      if (seen !== -1) cycles.add([...path.slice(seen), to].join(' → '));
      else visit(to, [...path, to]);
    }
  };
  for (const layer of [...next.keys()].sort()) visit(layer, [layer]);
  // One cycle is found once from each of its layers: keep the one that starts at its smallest.
  return [...cycles].filter((cycle) => {
    const layers = cycle.split(' → ').slice(0, -1);
    return layers[0] === [...layers].sort()[0];
  });
}
