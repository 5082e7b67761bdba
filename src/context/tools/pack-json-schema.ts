import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { BUILTIN_PACK_ID } from '../builtin-pack';
import { MAX_PACK_BYTES, PackSchema } from '../pack-schema';

/** Where the generated schema is committed, relative to the repository. */
export const PACK_JSON_SCHEMA_PATH = 'src/context/packs/pack.schema.json';
export const REGENERATE_COMMAND = 'npm run pack:schema';

/**
 * What `parsePack` checks that JSON Schema cannot say: each entry names the problem code it
 * reports, so a test can prove every one is listed here and is really beyond the schema.
 */
export const CHECKS_BEYOND_SCHEMA = [
  ['duplicate', 'claim ids, event ids and ticker symbols are unique, and id is not the built-in pack’s'],
  ['unknown-reference', 'timeline[].claims, tickers[].claims, tickers[].events and general.* name existing ids'],
  ['paragraph-out-of-range', 'every paragraph is at most source.paragraphCount'],
  ['date-precision-mismatch', 'an event’s date has the form of its precision, and a day exists in the calendar'],
  ['too-large', `the file is at most ${MAX_PACK_BYTES} bytes`],
] as const;

const DESCRIPTION =
  'A Cashtag Context pack (see src/context/packs/README.md). Generated from src/context/pack-schema.ts by ' +
  `\`${REGENERATE_COMMAND}\`; do not edit. Text fields are trimmed before their length is checked, and lengths ` +
  'count UTF-16 code units, as JavaScript does. ' +
  `Checked by \`npm run pack:check\` and the options page, beyond this schema: ` +
  CHECKS_BEYOND_SCHEMA.map(([, rule]) => rule).join('; ') +
  ` (the built-in pack’s id is "${BUILTIN_PACK_ID}").`;

/** The pack format as JSON Schema (draft-07), for editors and other validators. */
export function packJsonSchema(): JsonSchema {
  const schema = toJsonSchema(PackSchema, {
    // Anything valibot checks that cannot be converted must fail here, not vanish from the schema.
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema }) =>
      // `trim` then `minLength(1)`: a text of spaces alone is empty, which a pattern can say.
      valibotAction.type === 'trim' ? { ...jsonSchema, pattern: '\\S' } : undefined,
  });
  return { $schema: schema.$schema, title: 'Cashtag Context pack', description: DESCRIPTION, ...schema };
}

/** The file's exact text: two-space JSON and a final newline, like the other JSON in the repository. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
