#!/usr/bin/env node
// The `parallax` command. The TypeScript sources are bundled into out/node by
// `npm run build:node` (run on install by `npm run prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('parallax: the command-line tool is not built yet; run "npm run build" in the Parallax folder first');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
