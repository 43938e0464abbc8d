import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

// These run the built command (`npm test` builds first), as a user would.
const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const lib = join(tmp.dir, 'search.sqlite');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--library', lib], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('parallax search and suggest', () => {
  it('searches the seeded library, as text with [marked] matches and as JSON', () => {
    const text = run(['search', 'gesprache']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/\[Gespräche?n?\]/);
    const json = JSON.parse(run(['search', '"vier Stunden"', '--json', '--limit', '2']).out);
    expect(json.hits).toHaveLength(2);
    expect(json.total).toBeGreaterThanOrEqual(2);
  });

  it('reads filters and a malformed query without failing', () => {
    const r = run(['search', 'outlet:ntv.de', '--json']);
    expect(JSON.parse(r.out).hits.map((h: { article: { site: string } }) => h.article.site)).toEqual(['ntv.de']);
    const bad = run(['search', '"vier Stunden']);
    expect(bad.code).toBe(0);
    expect(bad.out).toContain('Note: unclosed quote');
  });

  it('suggests Witkoff for Whitkoff', () => {
    const r = run(['suggest', 'Whitkoff', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { text: string }[]).some((s) => /(^|\s)Witkoff$/.test(s.text))).toBe(true);
  });

  it('answers a missing query or a bad limit with one line and exit 2', () => {
    const r = run(['search']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(run(['search', 'x', '--limit', 'many']).code).toBe(2);
  });

  it('lists search and suggest in the help', () => {
    const h = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
    expect(h).toContain('search <query…>');
    expect(h).toContain('suggest <text>');
  });
});
