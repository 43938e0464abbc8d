// Bundles a TypeScript entry of the repo (src is TypeScript, Node runs JavaScript) into out/
// with esbuild and imports it: the scripts that run our code outside the app (eval, training)
// share this one way of doing it. Dependencies stay external (node_modules as installed).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** esbuild options for our TypeScript run by Node outside the app (eval, training, benches). */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/**
 * Bundles `entry` (a path from the repo root) to `out/<dir>/<name>.js` and imports it.
 * `temporary`: the bundle is deleted when the process exits (a per-run name lets two runs go
 * side by side).
 */
export async function bundleAndImport(entry, { dir, name, temporary = false }) {
  await build({
    entryPoints: { [name]: `${root}${entry}` },
    outdir: `${root}out/${dir}`,
    ...NODE_BUNDLE,
  });
  const file = `${root}out/${dir}/${name}.js`;
  if (temporary) process.on('exit', () => rmSync(file, { force: true }));
  return import(pathToFileURL(file).href);
}
