/// <reference types="node" />
import { writeFileSync } from 'node:fs';
import { PACK_JSON_SCHEMA_PATH, packJsonSchemaText } from './pack-json-schema';

// `npm run pack:schema`: rewrites the committed JSON Schema after a change to src/context/pack-schema.ts.
writeFileSync(PACK_JSON_SCHEMA_PATH, packJsonSchemaText());
console.log(`Wrote ${PACK_JSON_SCHEMA_PATH}`);
