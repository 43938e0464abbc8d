// `npm run lint:size`: no source file under src/ (or the folder given) is longer than 400 lines.
// Small files, one concept each (see README, Architecture); a file that grows past the limit is
// split by concept, not trimmed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 400;
const root = process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url));
const SOURCE = /\.(ts|svelte|mjs|js|css)$/;

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (SOURCE.test(e.name)) yield p;
  }
}

const long = [];
for (const f of files(root)) {
  const text = readFileSync(f, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) long.push(`${relative(process.cwd(), f)}: ${lines} lines`);
}
if (long.length > 0) {
  console.error(`Files over ${MAX_LINES} lines (split them by concept):\n  ${long.join('\n  ')}`);
  process.exit(1);
}
console.log(`No source file over ${MAX_LINES} lines.`);
