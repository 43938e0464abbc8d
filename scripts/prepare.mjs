// Runs on `npm install` / `npm ci`: builds the app and links the `parallax` command into
// node_modules/.bin, so `npx parallax …` works in this folder straight after installing.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execSync('npm run build', { cwd: root, stdio: 'inherit' });
const binDir = `${root}node_modules/.bin`;
mkdirSync(binDir, { recursive: true });
const link = `${binDir}/parallax`;
if (existsSync(link)) rmSync(link);
symlinkSync('../../bin/parallax.mjs', link);
