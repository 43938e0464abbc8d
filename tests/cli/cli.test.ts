import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';

// These run the built command (`npm test` builds first), as a user would.
const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PARALLAX_LIBRARY: join(tmp.dir, 'default.sqlite') } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('parallax CLI', () => {
  const lib = join(tmp.dir, 'cli.sqlite');

  it('prints help and the version', () => {
    const h = run(['--help']);
    expect(h.code).toBe(0);
    for (const c of ['ingest', 'list', 'show', 'extract', 'serve', '--library', '--json']) expect(h.out).toContain(c);
    expect(run(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('answers an unknown command or flag with one line and exit 2', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(run(['list', '--bogus']).code).toBe(2);
  });

  it('ends quietly when the reader of its output closes the pipe early (| head)', () => {
    // More than a pipe holds (64 kB), so the command is still writing when head has gone.
    const page = join(tmp.dir, 'long.txt');
    const para = 'Der Bericht nennt die Zahlen des Ministeriums und die Namen der Beteiligten. ';
    writeFileSync(page, `Ein langer Bericht\n\n${Array.from({ length: 400 }, () => para.repeat(8)).join('\n\n')}\n`);
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" extract "${page}" --json | head -c 10`], { encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });

  it('lists the seeded library, as text and as JSON', () => {
    const text = run(['list', '--library', lib]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Putins Marathontreffen mit Trumps Gesandten Witkoff');
    const json = JSON.parse(run(['list', '--json', '--library', lib]).out);
    expect(json.total).toBe(5);
  });

  it('pages the list by offset, by the cursor each page prints, and from the end', () => {
    const all = (JSON.parse(run(['list', '--json', '--library', lib]).out) as { items: { id: string }[] }).items.map((a) => a.id);
    const first = run(['list', '--limit', '2', '--library', lib]);
    expect(first.out.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(all.slice(0, 2));
    const cursor = /Next page: parallax list --after (\S+)/.exec(first.err)?.[1];
    expect(first.err).toContain('Rows 1–2 of 5.');
    const second = run(['list', '--limit', '2', '--after', cursor!, '--library', lib]);
    expect(second.out.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(all.slice(2, 4));
    const offset = run(['list', '--offset', '3', '--json', '--library', lib]);
    expect(JSON.parse(offset.out).items.map((a: { id: string }) => a.id)).toEqual(all.slice(3));
    const end = run(['list', '--end', '--limit', '1', '--library', lib]);
    expect(end.out.split(' ')[0]).toBe(all[4]);
    expect(end.err).toContain('Rows 5–5 of 5.');
    const tooMany = run(['list', '--limit', '6000', '--library', lib]);
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toBe('parallax: list: --limit must be from 1 to 5000; page on with --after (each page prints its cursor) or use --all\n');
    expect(run(['list', '--after', 'nonsense', '--library', lib]).err).toContain('not a list cursor');
  });

  it('uses PARALLAX_LIBRARY when no --library is given', () => {
    run(['list']);
    expect(readFileSync(join(tmp.dir, 'default.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('shows an article by a unique id prefix, and one clear line for an unknown id', () => {
    const { items } = JSON.parse(run(['list', '--json', '--library', lib]).out) as { items: { id: string; title: string }[] };
    const shown = run(['show', items[0]!.id.slice(0, 6), '--library', lib]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(items[0]!.title);
    const missing = run(['show', 'ffffffffffff', '--library', lib]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('parallax: show: no report with id "ffffffffffff"\n');
  });

  it('ingests files and reports what it did; a missing path is one clear line', () => {
    const f = join(tmp.dir, 'new.txt');
    writeFileSync(f, 'Ein neuer Bericht\n\nMit etwas Text darin.');
    const r = run(['ingest', f, '--library', lib, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).added).toHaveLength(1);
    const again = run(['ingest', f, '--library', lib]);
    expect(again.out).toContain('Added 0, already present 1');
    const missing = run(['ingest', join(tmp.dir, 'nope'), '--library', lib]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('does not exist');
  });

  it('says which report a file saved again after it changed is a new version of, in the locale\'s language', () => {
    const f = join(tmp.dir, 'glasgow.txt');
    const lib = join(tmp.dir, 'versions.sqlite');
    const body = (changed: string) => `Klimagipfel in Glasgow\n\n${Array.from({ length: 10 }, (_, i) => `Am Tag ${i + 1} berieten die Delegationen in Glasgow über Kohle und Geld.`).join(' ')} ${changed}`;
    writeFileSync(f, body('Die Proteste blieben friedlich.'));
    const first = JSON.parse(run(['ingest', f, '--library', lib, '--json']).out).added[0].articleId as string;
    writeFileSync(f, body('Die Proteste blieben weitgehend friedlich.'));
    expect(run(['ingest', f, '--library', lib]).out).toContain(`  new version glasgow.txt: of ${first}, kept beside it\n`);
    writeFileSync(f, body('Die Proteste blieben bis zuletzt friedlich.'));
    const de = spawnSync(process.execPath, [BIN, 'ingest', f, '--library', lib], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'de_DE.UTF-8' } });
    expect(de.stdout).toMatch(/ {2}neue Fassung glasgow\.txt: von \w+, daneben abgelegt\n/);
  });

  it('moves the earlier version\'s annotations and edits to a changed file\'s new version with use-version and ingest --replace', async () => {
    const f = join(tmp.dir, 'gipfel.txt');
    const lib = join(tmp.dir, 'use-version.sqlite');
    const body = (changed: string) => `Klimagipfel in Glasgow\n\n${Array.from({ length: 10 }, (_, i) => `Am Tag ${i + 1} berieten die Delegationen in Glasgow über Kohle und Geld.`).join(' ')} ${changed}`;
    writeFileSync(f, body('Die Proteste blieben friedlich.'));
    const v1 = JSON.parse(run(['ingest', f, '--library', lib, '--json']).out).added[0].articleId as string;
    const exported = join(tmp.dir, 'note.jsonld');
    // An annotation made through the JSON-LD import, as a person's export of another library would bring it.
    const text = JSON.parse(run(['show', v1, '--library', lib, '--json']).out).text as string;
    const start = text.indexOf('Am Tag 3');
    writeFileSync(exported, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{
      id: 'urn:uuid:5b0c7d3e-1f2a-4b6c-8d9e-0a1b2c3d4e5f', type: 'Annotation', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
      body: [{ type: 'TextualBody', value: 'prüfen', purpose: 'commenting' }],
      target: { source: `urn:parallax:article:${v1}`, selector: [{ type: 'TextQuoteSelector', exact: 'Am Tag 3', prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 8, start + 40) }, { type: 'TextPositionSelector', start, end: start + 8 }] } }] } }));
    expect(run(['annotations', 'import', exported, '--library', lib]).code).toBe(0);
    writeFileSync(f, body('Die Proteste blieben weitgehend friedlich.'));
    const v2 = JSON.parse(run(['ingest', f, '--library', lib, '--json']).out).added[0].articleId as string;
    const used = run(['use-version', v2.slice(0, 10), '--library', lib]);
    expect(used.code).toBe(0);
    expect(used.out).toContain(`Now working on ${v2}: 1 annotation moved to it; the earlier version ${v1} moved to the trash.`);
    expect(JSON.parse(run(['list', '--trashed', '--library', lib, '--json']).out).map((a: { id: string }) => a.id)).toEqual([v1]);
    writeFileSync(f, body('Die Proteste blieben bis zuletzt friedlich.'));
    const r = JSON.parse(run(['ingest', f, '--replace', '--library', lib, '--json']).out);
    expect(r.replaced).toHaveLength(1);
    expect(r.replaced[0]).toMatchObject({ articleId: r.added[0].articleId, earlier: [v2], orphaned: [] });
    expect(r.replaced[0].moved).toHaveLength(1);
    expect(run(['use-version', v1, '--library', lib]).err).toContain('no new version');
    // A text edit of the version worked on is carried into the next one: the answer says so, and
    // `--json` adds its fields beside the others, renaming none.
    const v3 = r.added[0].articleId as string;
    const db = await openLibrary({ path: lib, seedDir: null });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: lib, version: 'test' });
    await api.updateArticleText(v3 as never, (await api.getArticle(v3 as never)).text.replace('Am Tag 5 ', 'Am fünften Tag '));
    db.close();
    writeFileSync(f, body('Die Proteste blieben bis zum Ende friedlich.'));
    const v4 = JSON.parse(run(['ingest', f, '--library', lib, '--json']).out).added[0].articleId as string;
    const carried = JSON.parse(run(['use-version', v4, '--library', lib, '--json']).out);
    expect(Object.keys(carried)).toEqual(expect.arrayContaining(['articleId', 'earlier', 'moved', 'orphaned', 'overridesBefore', 'editsCarried', 'textEditsLeft', 'textCarried', 'textConflicts']));
    expect(carried).toMatchObject({ articleId: v4, earlier: [v3], textCarried: true, textConflicts: 0, textEditsLeft: false });
    expect(JSON.parse(run(['show', v4, '--library', lib, '--json']).out).text).toContain('Am fünften Tag berieten');
  });

  it('refuses a library file that is not a database and leaves it unchanged', () => {
    const f = join(tmp.dir, 'notes.txt');
    writeFileSync(f, 'precious');
    const r = run(['list', '--library', f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^parallax: store: ".*notes.txt" is not a Parallax library/);
    expect(readFileSync(f, 'utf8')).toBe('precious');
  });

  it('extracts a file as JSON without touching a library', () => {
    const f = join(tmp.dir, 'page.txt');
    writeFileSync(f, 'Überschrift eines Berichts\n\nErster Absatz mit Inhalt. Noch ein Satz.\n\nZweiter Absatz.');
    const r = run(['extract', f, '--json']);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out);
    for (const k of ['title', 'titleDerived', 'published', 'publishedSource', 'body', 'blocks', 'comments', 'captions', 'boilerplate', 'tags', 'lang']) {
      expect(x).toHaveProperty(k);
    }
    expect(x.body.join(' ')).toContain('Erster Absatz');
    const bin = join(tmp.dir, 'x.pdf');
    writeFileSync(bin, '%PDF-1.4 binary');
    expect(run(['extract', bin, '--json']).err).toContain('is a PDF document, not text');
  });

  it('serves the library: prints the URL, answers with the token, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--library', lib, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stderr.on('data', (c) => (out += c));
      child.stdout.on('data', (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
    });
    const u = new URL(url);
    const res = await fetch(`${u.origin}/api/listArticles`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': u.searchParams.get('token')! }, body: '[]' });
    expect((await res.json()).value.total).toBe(6);
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  });

  it('lists past one page of 5,000 with --all, each report once, walking on by cursor', () => {
    const lib5k = join(tmp.dir, 'many.sqlite');
    const data = join(tmp.dir, 'many.jsonl');
    writeFileSync(data, Array.from({ length: 5001 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Bericht ${i}`, text: `Kurzer Text ${i}.` })).join('\n'));
    expect(run(['ingest', data, '--library', lib5k, '--json']).code).toBe(0);
    const every = JSON.parse(run(['list', '--all', '--json', '--library', lib5k]).out) as { id: string }[];
    expect(every).toHaveLength(5006);
    expect(new Set(every.map((a) => a.id)).size).toBe(5006);
  }, 120_000);
});
