import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

// These run the built command (`npm test` builds first), as a user would.
const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
const lib = join(tmp.dir, 'compare.sqlite');
afterAll(() => tmp.cleanup());

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--library', lib], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let ids: Record<string, string> = {};
beforeAll(() => {
  const list = JSON.parse(run(['list', '--json']).out) as { items: { id: string; sourceName: string }[] };
  ids = Object.fromEntries(list.items.map((a) => [a.sourceName.slice(0, 3), a.id]));
});

describe('parallax compare, timeline, entities', () => {
  it('compares two reports as JSON, with short ids', () => {
    const r = run(['compare', ids['000']!.slice(0, 6), ids['003']!.slice(0, 6), '--json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.articles.map((a: { id: string }) => a.id)).toEqual([ids['000'], ids['003']]);
    expect(c.pairs.length).toBeGreaterThan(0);
    expect(c.pairs[0]).toHaveProperty('class');
    expect(c.pairs[0]).toHaveProperty('score');
    expect(c.pairs[0].differences).toHaveProperty('figures');
    expect(c).toHaveProperty('passages');
    expect(c.articles[0]).toHaveProperty('unique');
  });

  it('prints a readable comparison and an HTML page', () => {
    const r = run(['compare', ids['000']!, ids['003']!]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Aligned sentences');
    expect(r.out).toContain('Only in one report');
    const out = join(tmp.dir, 'c.html');
    expect(run(['compare', ids['000']!, ids['003']!, '--format', 'html', '--out', out]).code).toBe(0);
  });

  it('refuses one id, five ids and an unknown id with one line', () => {
    const one = run(['compare', ids['000']!]);
    expect(one.code).toBe(2);
    expect(one.err.trim()).toBe('parallax: compare: give two to four report ids, e.g. parallax compare 1a2b 3c4d (see parallax list)');
    const five = run(['compare', ...Object.values(ids)]);
    expect(five.code).toBe(2);
    expect(five.err).toContain('at most four reports');
    const unknown = run(['compare', ids['000']!, 'ffffffffffff']);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim()).toBe('parallax: compare: no report with id "ffffffffffff"');
  });

  it('prints the timeline and the entities as JSON', () => {
    const t = run(['timeline', '--json']);
    expect(t.code).toBe(0);
    const events = JSON.parse(t.out) as { date: string; articleIds: string[] }[];
    expect(events.find((e) => e.date === '2025-04-11')!.articleIds).toEqual(expect.arrayContaining([ids['000'], ids['004']]));
    const e = run(['entities', '--json', '--kind', 'person']);
    expect(e.code).toBe(0);
    const people = JSON.parse(e.out) as { name: string; variants: { text: string }[] }[];
    expect(people.find((p) => p.name === 'Steve Witkoff')!.variants.map((v) => v.text)).toContain('Whitkoff');
  });

  it('prints the stories as JSON: the April meetings in one story, the autumn talks in another', () => {
    const r = run(['stories', '--json']);
    expect(r.code).toBe(0);
    const { stories } = JSON.parse(r.out) as { stories: { id: string; label: string; articleIds: string[] }[] };
    const april = stories.find((s) => s.articleIds.includes(ids['000']!))!;
    expect(april.articleIds).toEqual(expect.arrayContaining([ids['000'], ids['003'], ids['004']]));
    expect(april.articleIds).not.toContain(ids['001']);
    expect(april.label.length).toBeGreaterThan(0);
    expect(run(['stories']).out).toContain(april.label);
  });

  it('says when a list is capped, with the true total', () => {
    const all = (JSON.parse(run(['timeline', '--json']).out) as unknown[]).length;
    const t = run(['timeline', '--limit', '2']);
    expect(t.err.trim()).toBe(`2 of ${all} events; --limit N (up to 10000) for more`);
    const names = (JSON.parse(run(['entities', '--json', '--limit', '5000']).out) as unknown[]).length;
    expect(run(['entities', '--limit', '3']).err.trim()).toBe(`3 of ${names.toLocaleString('en')} names; --limit N (up to 5000) for more`);
    expect(run(['entities']).err).toBe(names > 200 ? expect.stringContaining(`200 of`) : '');
  });
});
