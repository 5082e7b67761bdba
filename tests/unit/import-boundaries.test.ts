import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Edge, edgeOf, importsOf, layerCycles, ROOT, sourceFiles } from './helpers/imports';

/**
 * The layer rules of the README's "Where things are", as a table the code is checked against. A
 * layer is a folder of src/ (or one of its top-level files, or entrypoints/). `imports`: layers whose
 * code it may use; `types`: layers it may take types from only (erased at build, so no code and no
 * DOM comes with them); `packages`: the npm packages it may import, `typePackages` for types only.
 * A layer missing from the table, or an edge missing from its row, fails with the file and line.
 */
interface Rule {
  imports: string[];
  types?: string[];
  packages: string[];
  typePackages?: string[];
}

const RULES: Record<string, Rule> = {
  // Pure: plain text and data in, answers out; no DOM, no browser API, so they run anywhere.
  cashtags: { imports: [], packages: [] },
  context: { imports: ['cashtags'], packages: ['valibot'] },
  // Node commands for pack authors (npm run pack:check, pack:schema): never bundled.
  'context/tools': {
    imports: ['cashtags', 'context', 'i18n'],
    packages: ['node:fs', 'node:path', '@valibot/to-json-schema'],
  },
  i18n: { imports: [], types: ['context'], packages: [] },
  color: { imports: [], packages: [] },
  'x-hosts': { imports: [], packages: [] },
  // Typed messages (any protocol), and the protocol between the extension's parts.
  messaging: { imports: [], packages: ['wxt/browser'] },
  messages: { imports: ['messaging'], types: ['context', 'i18n', 'settings', 'ui'], packages: ['wxt/browser'] },
  // Storage: no UI, no page.
  settings: {
    imports: ['cashtags', 'context', 'i18n', 'messaging', 'x-hosts'],
    packages: ['@wxt-dev/storage', 'valibot', 'wxt/browser'],
  },
  // Reads X's page and paints on it; never the card.
  page: {
    imports: ['cashtags', 'color'],
    types: ['context', 'messages', 'settings'],
    packages: [],
    typePackages: ['@floating-ui/dom'],
  },
  // Drawn pieces both screens use.
  ui: { imports: ['context', 'i18n'], packages: ['preact'], typePackages: ['@wxt-dev/storage'] },
  // Draws the card; knows the page only by its types.
  card: {
    imports: ['color', 'context', 'i18n', 'settings', 'ui'],
    types: ['messages', 'page'],
    packages: ['@floating-ui/dom', 'preact'],
    typePackages: ['wxt/utils/content-script-context'],
  },
  // The X tab's session: wires the page and the card, from settings and knowledge.
  session: {
    imports: ['card', 'context', 'i18n', 'page', 'settings'],
    types: ['messages'],
    packages: [],
  },
  options: {
    imports: ['cashtags', 'context', 'i18n', 'messages', 'settings', 'ui'],
    packages: ['preact', 'valibot', 'wxt/browser'],
  },
  popup: { imports: ['i18n', 'messages', 'settings', 'ui', 'x-hosts'], packages: ['preact', 'wxt/browser'] },
  // Wiring only: may use every layer of src/ (filled in below).
  entrypoints: {
    imports: [],
    packages: ['preact', 'wxt/browser', 'wxt/utils/define-background', 'wxt/utils/define-content-script'],
    typePackages: ['wxt/utils/content-script-context'],
  },
};

RULES.entrypoints!.imports = Object.keys(RULES).filter((layer) => !['entrypoints', 'context/tools'].includes(layer));

/** Layers that must not reach the DOM or a browser API, not even through a global. */
const PURE_LAYERS = ['cashtags', 'context'];
const BROWSER_GLOBALS = /\b(?:document|window|navigator|browser|chrome|localStorage|fetch|XMLHttpRequest|WebSocket)\b/;

/** Why the edge breaks the table, or undefined when it is allowed. */
function violationOf(edge: Edge, rules: Record<string, Rule> = RULES): string | undefined {
  const where = `${edge.file}:${edge.line} imports '${edge.specifier}'`;
  const rule = rules[edge.from];
  if (!rule) return `${where}, but layer '${edge.from}' has no row in RULES (tests/unit/import-boundaries.test.ts)`;
  if (edge.to === edge.from) return undefined;
  if (edge.to.startsWith('package:')) {
    const name = edge.to.slice('package:'.length);
    if (rule.packages.includes(name) || (edge.typeOnly && rule.typePackages?.includes(name))) return undefined;
    const allowedAsType = rule.typePackages?.includes(name) ? ' (allowed for types only)' : '';
    return `${where}: '${edge.from}' may not use the package '${name}'${allowedAsType}`;
  }
  if (rule.imports.includes(edge.to) || (edge.typeOnly && rule.types?.includes(edge.to))) return undefined;
  const allowedAsType = rule.types?.includes(edge.to) ? ' (allowed for types only: use `import type`)' : '';
  return `${where}: '${edge.from}' may not import '${edge.to}'${allowedAsType}`;
}

const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
const edges = files.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')).map(edgeOf));

describe('import boundaries', () => {
  it('finds the imports of the code base', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.length).toBeGreaterThan(files.length);
  });

  it.each(files)('%s imports only what its layer may', (file) => {
    const broken = edges.filter((edge) => edge.file === file).map((edge) => violationOf(edge));
    expect(broken.filter(Boolean)).toEqual([]);
  });

  it('no two layers import each other, however indirectly', () => {
    expect(layerCycles(edges)).toEqual([]);
  });

  it.each(PURE_LAYERS.flatMap((layer) => sourceFiles(`src/${layer}`)))('%s uses no DOM or browser global', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const lines = code.split('\n').filter((line) => BROWSER_GLOBALS.test(line));
    expect(lines).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reads every form of import, and which bring types only', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '../b';",
      "import { type C, type D } from './c';",
      "import { e, type F } from './e';",
      "export { g } from './g';",
      "export type { H } from './h';",
      "import './style.css';",
      "import {\n  i,\n  j,\n} from './ij';",
      "const k = await import('./k');",
      "export const notAnImport = 'from';",
    ].join('\n');
    expect(importsOf('src/x/y.ts', text).map(({ specifier, typeOnly, line }) => [specifier, typeOnly, line])).toEqual([
      ['./a', false, 1],
      ['../b', true, 2],
      ['./c', true, 3],
      ['./e', false, 4],
      ['./g', false, 5],
      ['./h', true, 6],
      ['./style.css', false, 7],
      ['./ij', false, 8],
      ['./k', false, 12],
    ]);
  });

  it('names the file, line and rule of a forbidden edge', () => {
    const edge = edgeOf({ file: 'src/page/x.ts', line: 3, specifier: '../card/Card', typeOnly: false });
    expect(violationOf(edge)).toBe("src/page/x.ts:3 imports '../card/Card': 'page' may not import 'card'");
    const typeEdge = edgeOf({ file: 'src/card/x.ts', line: 1, specifier: '../page/theme', typeOnly: false });
    expect(violationOf(typeEdge)).toContain('allowed for types only');
    expect(violationOf({ ...typeEdge, typeOnly: true })).toBeUndefined();
    const unknown = edgeOf({ file: 'src/newfolder/x.ts', line: 1, specifier: 'preact', typeOnly: false });
    expect(violationOf(unknown)).toContain("layer 'newfolder' has no row");
    const browserInPure = edgeOf({ file: 'src/context/x.ts', line: 2, specifier: 'wxt/browser', typeOnly: false });
    expect(violationOf(browserInPure)).toContain("'context' may not use the package 'wxt/browser'");
  });

  it('finds a cycle through several layers, once', () => {
    const cycle = [
      { from: 'settings', to: 'page' },
      { from: 'page', to: 'ui' },
      { from: 'ui', to: 'settings' },
      { from: 'card', to: 'ui' },
    ];
    expect(layerCycles(cycle)).toEqual(['page → ui → settings → page']);
  });
});
