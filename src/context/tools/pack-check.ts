/// <reference types="node" />
import { checkPackFiles } from './check-pack-files';

// `npm run pack:check -- FILE…`. npm runs scripts from the repository's root; INIT_CWD is where the
// author typed the command, so relative paths mean what they meant there.
const { ok, lines } = checkPackFiles(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
for (const line of lines) console.log(line);
process.exitCode = ok ? 0 : 1;
