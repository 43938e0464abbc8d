// `npm run bench [name…]`: bundles each bench/*.bench.ts with esbuild and runs them one after
// another in this process, printing medians and ratios to baselines measured in the same run.
// Results are also written to bench/results/latest.json. Benchmarks never fail the build.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

process.chdir(root);
const only = process.argv.slice(2);
const scenarios = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((n) => only.length === 0 || only.includes(n));

await build({
  entryPoints: Object.fromEntries([...scenarios.map((n) => [n, `bench/${n}.bench.ts`]), ['measure', 'bench/lib/measure.ts']]),
  outdir: 'out/bench',
  ...NODE_BUNDLE,
  splitting: true,
});

console.log(`Parallax benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
for (const name of scenarios) {
  const mod = await import(pathToFileURL(`${root}out/bench/${name}.js`).href);
  try {
    await mod.run();
  } catch (e) {
    console.log(`${name.padEnd(12)} FAILED: ${e?.stack ?? e}`);
  }
}
const { allFigures } = await import(pathToFileURL(`${root}out/bench/measure.js`).href);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ node: process.version, at: new Date().toISOString(), figures: allFigures() }, null, 2));
