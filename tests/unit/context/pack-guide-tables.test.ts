/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_JSON_SCHEMA_PATH } from '../../../src/context/tools/pack-json-schema';

/**
 * The guide's field tables (src/context/packs/README.md) are written by hand, with a sentence on
 * each field; their first four columns are derived here from the committed JSON Schema, so a change
 * to the format that the guide does not follow fails with the rows it should have.
 */
interface Node {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
}

/** Patterns the guide names and defines once, instead of repeating a regular expression per row. */
const PATTERN_NAMES: Record<string, string> = {
  '\\S': 'text',
  '^[a-z0-9][a-z0-9-]{0,63}$': 'id',
  '^(?=.{1,20}$)[A-Z][A-Z0-9]*(?:[._][A-Z0-9]+)*$': 'symbol',
  '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?|-Q[1-4])?$': 'event date',
  '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$': 'language tag',
};

const schema = JSON.parse(readFileSync(PACK_JSON_SCHEMA_PATH, 'utf8')) as Node;
const guide = readFileSync('src/context/packs/README.md', 'utf8');

const range = (min: number | undefined, max: number | undefined, unit: string) =>
  min !== undefined && min > 0 ? `${min}–${max} ${unit}` : `up to ${max} ${unit}`;

function isBilingual(node: Node): boolean {
  return Object.keys(node.properties ?? {}).join() === 'en,zh' && node.required?.join() === 'en,zh';
}

function typeOf(node: Node): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' or ');
  if (isBilingual(node)) return 'bilingual text';
  if (node.type === 'string' && node.format === 'date') return 'date';
  if (node.type === 'string' && node.pattern) {
    const name = PATTERN_NAMES[node.pattern];
    if (!name) throw new Error(`Name the pattern ${node.pattern} in PATTERN_NAMES and define it in the guide`);
    return name;
  }
  if (node.type === 'array' && node.items) return `array of ${typeOf(node.items)}s`;
  return node.type ?? 'any';
}

function limitsOf(node: Node): string {
  if (isBilingual(node)) return `${limitsOf(node.properties!.en!)} each`;
  if (node.type === 'string' && node.maxLength !== undefined) {
    return range(node.minLength, node.maxLength, 'characters');
  }
  if (node.type === 'array') {
    const items = range(node.minItems, node.maxItems, 'items');
    const each = node.items && node.items.maxLength !== undefined ? `, ${limitsOf(node.items)} each` : '';
    return items + each;
  }
  if (node.minimum !== undefined) return `${node.minimum} to ${node.maximum}`;
  return '—';
}

/** `| field | type | required | limits |` for every field, objects before their fields. */
function expectedRows(node: Node, prefix = ''): string[] {
  const rows: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = node.required?.includes(key) ? 'yes' : 'no';
    rows.push(`| \`${path}\` | ${typeOf(child)} | ${required} | ${limitsOf(child)} |`);
    if (child.type === 'object' && !isBilingual(child)) rows.push(...expectedRows(child, path));
    if (child.type === 'array' && child.items?.type === 'object') rows.push(...expectedRows(child.items, `${path}[]`));
  }
  return rows;
}

/** The guide's rows, without their last column (what the field holds). */
function guideRows(): string[] {
  return guide
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line))
    .map((line) => `${line.split(' | ').slice(0, 4).join(' | ')} |`);
}

describe('the pack guide’s field tables', () => {
  it('list every field of the schema, in order, with its type, whether it is required and its limits', () => {
    expect(guideRows()).toEqual(expectedRows(schema));
  });
});
