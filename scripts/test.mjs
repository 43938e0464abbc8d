// `npm test`: the layer and size checks, build, then the unit/contract/CLI suites (vitest), then
// the end-to-end specs (Playwright in Chromium against the HTTP host), then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Playwright empties test-results/ when it starts, so the unit report lives apart.
const results = `${root}out/test-reports`;
const started = Date.now();

function step(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

rmSync(`${results}/unit.json`, { force: true });
rmSync(`${root}test-results/e2e.json`, { force: true });
mkdirSync(results, { recursive: true });

if (step('layers and file sizes (npm run lint)', 'npm', ['run', 'lint', '--silent']) !== 0) {
  console.error('\nTests: the layer or size check failed, so no test ran.');
  process.exit(1);
}
if (step('build', 'npm', ['run', 'build', '--silent']) !== 0) {
  console.error('\nTests: the build failed, so no test ran.');
  process.exit(1);
}
const unitCode = step('unit, contract and CLI tests (vitest)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`,
]);
const e2eCode = step('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);

const count = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(`${results}/unit.json`)) {
  const u = JSON.parse(readFileSync(`${results}/unit.json`, 'utf8'));
  count.passed += u.numPassedTests;
  count.failed += u.numFailedTests;
  count.skipped += u.numPendingTests + (u.numTodoTests ?? 0);
}
if (existsSync(`${root}test-results/e2e.json`)) {
  const s = JSON.parse(readFileSync(`${root}test-results/e2e.json`, 'utf8')).stats;
  count.passed += s.expected + (s.flaky ?? 0);
  count.failed += s.unexpected;
  count.skipped += s.skipped;
}
const failed = unitCode !== 0 || e2eCode !== 0 || count.passed === 0;
if (failed && count.failed === 0) count.failed = 1; // a runner failed outside any test
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`Tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
process.exit(failed ? 1 : 0);
